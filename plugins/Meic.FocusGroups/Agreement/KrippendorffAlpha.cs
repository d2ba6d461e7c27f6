namespace Meic.FocusGroups.Agreement;

/// <summary>
/// Krippendorff's alpha as defined in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability":
/// a coincidence matrix o_ck = Σ_u (pairs of values c,k in u) / (m_u − 1) over pairable units (m_u ≥ 2),
/// n_c = Σ_k o_ck, n = Σ_c n_c, and α = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck,
/// with the nominal, ordinal, interval or ratio difference function δ². Any number of coders; missing values allowed.
/// </summary>
public static class KrippendorffAlpha
{
    public static AgreementResult Compute(ReliabilityData data, Metric metric)
    {
        var k = data.Values.Count;
        var o = new double[k, k];
        var counts = new int[k];
        var present = new List<int>();
        long units = 0;
        foreach (var unit in data.Units)
        {
            Array.Clear(counts);
            present.Clear();
            var m = 0;
            foreach (var v in unit.Values)
            {
                if (v < 0) continue;
                if (counts[v]++ == 0) present.Add(v);
                m++;
            }
            if (m < 2) continue;
            units += unit.Weight;
            var w = unit.Weight / (m - 1.0);
            foreach (var c in present)
                foreach (var d in present)
                    o[c, d] += w * counts[c] * (c == d ? counts[c] - 1 : counts[d]);
        }
        var nc = new double[k];
        double n = 0;
        for (var c = 0; c < k; c++) { for (var d = 0; d < k; d++) nc[c] += o[c, d]; n += nc[c]; }
        if (n == 0) return new AgreementResult(double.NaN, double.NaN, double.NaN, 0);
        var delta = Differences(data, metric, nc);
        double observed = 0, expected = 0;
        for (var c = 0; c < k; c++)
            for (var d = 0; d < k; d++)
            {
                observed += o[c, d] * delta[c, d];
                expected += nc[c] * nc[d] * delta[c, d];
            }
        var dObserved = observed / n;
        var dExpected = expected / (n * (n - 1));
        var alpha = expected == 0 ? double.NaN : 1 - (n - 1) * observed / expected;
        return new AgreementResult(alpha, dObserved, dExpected, units);
    }

    private static double[,] Differences(ReliabilityData data, Metric metric, double[] nc)
    {
        var k = data.Values.Count;
        var delta = new double[k, k];
        if (metric == Metric.Nominal)
        {
            for (var c = 0; c < k; c++) for (var d = 0; d < k; d++) delta[c, d] = c == d ? 0 : 1;
            return delta;
        }
        var numbers = data.NumericValues();
        if (metric == Metric.Ordinal)
        {
            // Ranks are the values' order; δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
            var order = Enumerable.Range(0, k).OrderBy(i => numbers[i]).ToArray();
            var rank = new int[k];
            for (var r = 0; r < k; r++) rank[order[r]] = r;
            var cumulative = new double[k + 1];
            for (var r = 0; r < k; r++) cumulative[r + 1] = cumulative[r] + nc[order[r]];
            for (var c = 0; c < k; c++)
                for (var d = 0; d < k; d++)
                {
                    int lo = Math.Min(rank[c], rank[d]), hi = Math.Max(rank[c], rank[d]);
                    var s = cumulative[hi + 1] - cumulative[lo] - (nc[c] + nc[d]) / 2;
                    delta[c, d] = s * s;
                }
            return delta;
        }
        for (var c = 0; c < k; c++)
            for (var d = 0; d < k; d++)
            {
                double x = numbers[c], y = numbers[d];
                if (metric == Metric.Interval) delta[c, d] = (x - y) * (x - y);
                else
                {
                    var sum = x + y;
                    delta[c, d] = sum == 0 ? 0 : (x - y) / sum * ((x - y) / sum);
                }
            }
        return delta;
    }
}
