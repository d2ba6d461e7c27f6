namespace Meic.FocusGroups.Agreement;

/// <summary>
/// Cohen's kappa (Cohen 1960) for exactly two coders over the units both judged:
/// κ = (p_o − p_e) / (1 − p_e), with p_e = Σ_k p_1k · p_2k from each coder's own marginals.
/// </summary>
public static class CohenKappa
{
    public static AgreementResult Compute(ReliabilityData data)
    {
        if (data.Coders.Count != 2) throw new ArgumentException($"Cohen's kappa needs exactly two coders; found {data.Coders.Count}");
        var k = data.Values.Count;
        var a = new double[k]; var b = new double[k];
        double agree = 0, n = 0;
        foreach (var unit in data.Units)
        {
            int x = unit.Values[0], y = unit.Values[1];
            if (x < 0 || y < 0) continue;
            n += unit.Weight; a[x] += unit.Weight; b[y] += unit.Weight;
            if (x == y) agree += unit.Weight;
        }
        if (n == 0) return new AgreementResult(double.NaN, double.NaN, double.NaN, 0);
        var po = agree / n;
        double pe = 0;
        for (var i = 0; i < k; i++) pe += a[i] / n * (b[i] / n);
        var kappa = pe == 1 ? double.NaN : (po - pe) / (1 - pe);
        return new AgreementResult(kappa, po, pe, (long)n);
    }
}
