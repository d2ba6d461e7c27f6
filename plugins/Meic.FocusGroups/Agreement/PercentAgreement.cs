namespace Meic.FocusGroups.Agreement;

/// <summary>
/// Percent agreement: the share of agreeing pairs of judgements among all pairs within units.
/// With two coders it is the share of units, judged by both, on which they gave the same value.
/// </summary>
public static class PercentAgreement
{
    public static AgreementResult Compute(ReliabilityData data)
    {
        double agreeing = 0, pairs = 0; long units = 0;
        var counts = new Dictionary<int, int>();
        foreach (var unit in data.Units)
        {
            counts.Clear();
            var m = 0;
            foreach (var v in unit.Values) if (v >= 0) { counts[v] = counts.GetValueOrDefault(v) + 1; m++; }
            if (m < 2) continue;
            units += unit.Weight;
            pairs += unit.Weight * (m * (m - 1) / 2.0);
            foreach (var n in counts.Values) agreeing += unit.Weight * (n * (n - 1) / 2.0);
        }
        var p = pairs == 0 ? double.NaN : agreeing / pairs;
        return new AgreementResult(p, p, double.NaN, units);
    }
}
