namespace Meic.FocusGroups.Agreement;

/// <summary>
/// Fleiss' kappa (Fleiss 1971) for a fixed number n of ratings per subject:
/// P_i = (Σ_j n_ij² − n) / (n(n − 1)), P̄ = mean P_i, p_j = Σ_i n_ij / (N n), P̄_e = Σ_j p_j², κ = (P̄ − P̄_e) / (1 − P̄_e).
/// </summary>
public static class FleissKappa
{
    /// <summary>From a subjects × categories table of counts (each row must sum to the same n ≥ 2).</summary>
    public static AgreementResult FromCounts(IReadOnlyList<int[]> counts) =>
        Compute(counts.Select(r => (r, 1L)).ToList());

    /// <summary>From reliability data, over the units every coder judged (Fleiss' κ needs the same number of ratings per unit).</summary>
    public static AgreementResult Compute(ReliabilityData data)
    {
        var k = data.Values.Count;
        var rows = new List<(int[] Counts, long Weight)>();
        foreach (var unit in data.Units)
        {
            if (unit.Values.Any(v => v < 0)) continue;
            var row = new int[k];
            foreach (var v in unit.Values) row[v]++;
            rows.Add((row, unit.Weight));
        }
        return Compute(rows);
    }

    private static AgreementResult Compute(IReadOnlyList<(int[] Counts, long Weight)> rows)
    {
        if (rows.Count == 0) return new AgreementResult(double.NaN, double.NaN, double.NaN, 0);
        var n = rows[0].Counts.Sum();
        if (n < 2) throw new ArgumentException("Fleiss' kappa needs at least two ratings per subject");
        var k = rows.Max(r => r.Counts.Length);
        var totals = new double[k];
        double sumP = 0, subjects = 0;
        foreach (var (counts, weight) in rows)
        {
            if (counts.Sum() != n) throw new ArgumentException($"Fleiss' kappa needs the same number of ratings for every subject ({n}); a subject has {counts.Sum()}");
            double sq = 0;
            for (var j = 0; j < counts.Length; j++) { sq += (double)counts[j] * counts[j]; totals[j] += (double)counts[j] * weight; }
            sumP += weight * (sq - n) / (n * (n - 1.0));
            subjects += weight;
        }
        var pBar = sumP / subjects;
        double pe = 0;
        foreach (var t in totals) { var p = t / (subjects * n); pe += p * p; }
        var kappa = pe == 1 ? double.NaN : (pBar - pe) / (1 - pe);
        return new AgreementResult(kappa, pBar, pe, (long)subjects);
    }
}
