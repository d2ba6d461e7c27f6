using System.Globalization;
using Meic.Monitoring.Model;

namespace Meic.Monitoring.Compute;

/// <summary>Adds up partners' entered values for one indicator and checks that disaggregated parts add up to totals.</summary>
public static class EnteredAggregate
{
    public static Measure Of(Indicator indicator, IReadOnlyList<IndicatorValue> values)
    {
        if (values.Count == 0) return Measure.None("note.nothingEntered");
        var notes = new List<Note>();
        var totals = new List<IndicatorValue>();
        var breakdown = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var group in values.GroupBy(v => (v.Period, v.ActorId)))
        {
            var total = group.FirstOrDefault(v => v.Disaggregation.Count == 0);
            var parts = group.Where(v => v.Disaggregation.Count == 1).GroupBy(v => v.Disaggregation.Keys.First()).ToList();
            foreach (var dimension in parts)
            {
                foreach (var part in dimension)
                {
                    var key = $"{dimension.Key}:{part.Disaggregation[dimension.Key]}";
                    breakdown[key] = (breakdown.GetValueOrDefault(key) ?? 0) + (part.Value ?? 0);
                }
                var sum = dimension.Sum(v => v.Value ?? 0);
                if (total?.Value is { } t && Math.Abs(sum - t) > 1e-9)
                    notes.Add(new Note("note.warning.partsDiffer", indicator.Code, group.Key.Period, group.Key.ActorId is { } a ? $" ({a})" : "", dimension.Key, sum, t));
            }
            if (total is not null) totals.Add(total);
            else if (parts.Count > 0)
            {
                var first = parts.OrderBy(p => p.Key, StringComparer.Ordinal).First();
                totals.Add(new IndicatorValue
                {
                    Period = group.Key.Period, ActorId = group.Key.ActorId,
                    Value = first.Sum(v => v.Value ?? 0), Numerator = Sum(first.Select(v => v.Numerator)), Denominator = Sum(first.Select(v => v.Denominator)),
                });
                notes.Add(new Note("note.partsAsTotal", indicator.Code, group.Key.Period, first.Key));
            }
        }
        Measure result;
        if (indicator.IsRatio && totals.Any(t => t.Denominator is not null))
            result = Measure.Ratio(totals.Sum(t => t.Numerator ?? 0), totals.Sum(t => t.Denominator ?? 0), indicator.Unit == "percent" ? 100 : 1);
        else
        {
            var known = totals.Where(t => t.Value is not null).Select(t => t.Value!.Value).ToList();
            result = known.Count == 0 ? Measure.None("note.noEnteredValue")
                : new Measure { Value = Math.Round(indicator.Cumulative ? known.Sum() : known.Average(), 4) };
        }
        foreach (var (k, v) in breakdown) result.Breakdown[k] = v;
        result.Notes.AddRange(notes);
        return result;
    }

    private static double? Sum(IEnumerable<double?> xs) { var l = xs.Where(x => x is not null).ToList(); return l.Count == 0 ? null : l.Sum(); }
}
