namespace Meic.Monitoring.Compute;

/// <summary>One indicator's value over one range: null Value means "no data", never zero or infinity.</summary>
public sealed class Measure
{
    public double? Value { get; init; }
    public double? Numerator { get; init; }
    public double? Denominator { get; init; }
    /// <summary>Parts of the value (per network kind, per wave, per stage…).</summary>
    public SortedDictionary<string, double?> Breakdown { get; init; } = new(StringComparer.Ordinal);
    /// <summary>Why there is no value, or what the reader should know (parts not adding up…).</summary>
    public List<Note> Notes { get; init; } = new();

    public bool NoData => Value is null;

    public static Measure Count(double value) => new() { Value = value };

    public static Measure None(string key, params object?[] args) => new() { Notes = { new Note(key, args) } };

    /// <summary>numerator / denominator, times <paramref name="scale"/> (100 for percent); "no data" when the denominator is zero.</summary>
    public static Measure Ratio(double numerator, double denominator, double scale = 100) => denominator == 0
        ? new Measure { Numerator = numerator, Denominator = denominator, Notes = { new Note("note.zeroDenominator") } }
        : new Measure { Value = Math.Round(numerator / denominator * scale, 4), Numerator = numerator, Denominator = denominator };

    public Measure With(string key, double? value) { Breakdown[key] = value is { } v ? Math.Round(v, 4) : null; return this; }
}
