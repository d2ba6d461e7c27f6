namespace Meic.FocusGroups.Agreement;

/// <summary>A coefficient with the observed and expected (chance) agreement or disagreement it was computed from.</summary>
/// <param name="Value">The coefficient; NaN when undefined (for example no variation at all).</param>
/// <param name="Observed">Observed agreement (percent, kappas) or disagreement (alpha).</param>
/// <param name="Expected">Agreement or disagreement expected by chance.</param>
/// <param name="Units">How many units (weighted) entered the computation.</param>
public sealed record AgreementResult(double Value, double Observed, double Expected, long Units);
