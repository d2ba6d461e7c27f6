namespace Meic.FocusGroups.Agreement;

/// <summary>Level of measurement of the values, which sets Krippendorff's difference function.</summary>
public enum Metric { Nominal, Ordinal, Interval, Ratio }
