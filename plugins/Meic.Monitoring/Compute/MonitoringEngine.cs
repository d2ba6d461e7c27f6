using Meic.Monitoring.Model;
using Meic.Monitoring.Periods;
using Meic.Sdk.Store;

namespace Meic.Monitoring.Compute;

/// <summary>Computes every indicator of the catalogue over a range or as a series of periods.</summary>
public sealed class MonitoringEngine(IDocumentStore store, DateTimeOffset now, double tolerance = 0.1)
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(now.UtcDateTime);

    public IReadOnlyList<Indicator> Catalogue() => store.Collection<Indicator>(Indicator.CollectionName).All();

    public IReadOnlyList<IndicatorValue> Values() => store.Collection<IndicatorValue>(IndicatorValue.CollectionName).All();

    /// <summary>The state at the end of <paramref name="range"/>: the store as it is, or the journal replayed to a past moment.</summary>
    public ClusterState StateAt(DateRange range)
    {
        var current = StateReader.Current(store, now);
        return range.To > Today ? current
            : PastState.Merge(new JournalReplay().StatesAt(store.Journal, [Dates.StartOf(range.To)])[0], current, range.To.AddDays(-1));
    }

    public IReadOnlyList<IndicatorResult> Compute(DateRange range, IReadOnlyList<Indicator>? indicators = null) =>
        Compute(StateAt(range), range, indicators ?? Catalogue(), Values());

    public IReadOnlyList<IndicatorResult> Compute(ClusterState state, DateRange range, IReadOnlyList<Indicator> indicators, IReadOnlyList<IndicatorValue> values)
    {
        var byCode = values.GroupBy(v => v.IndicatorCode, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var results = new List<IndicatorResult>(indicators.Count);
        foreach (var ind in indicators.OrderBy(i => i.Code, StringComparer.Ordinal))
        {
            Measure measure;
            if (ind.IsComputed)
                measure = ind.Compute is { } key && Calculators.All.TryGetValue(key, out var calc) ? calc(state, range)
                    : Measure.None("note.unknownCalculation", ind.Compute);
            else
            {
                var inRange = byCode.GetValueOrDefault(ind.Code)?.Where(v => Period.TryParse(v.Period, out var p) && p.Start >= range.From && p.End <= range.To).ToList() ?? [];
                measure = EnteredAggregate.Of(ind, inRange);
            }
            var target = TargetCheck.TargetFor(ind, range);
            var asOf = range.To.AddDays(-1) < Today ? range.To.AddDays(-1) : Today;
            results.Add(new IndicatorResult
            {
                Indicator = ind, Range = range, Measure = measure,
                Target = target?.Value, TargetPeriod = target?.Period.Code,
                Status = TargetCheck.Status(ind, measure.Value, target, asOf, tolerance),
            });
        }
        return results;
    }

    /// <summary>Every indicator for each period of <paramref name="kind"/> covering <paramref name="range"/>, from one pass over the journal.</summary>
    public IReadOnlyList<(Period Period, IReadOnlyList<IndicatorResult> Results)> Series(DateRange range, string kind, IReadOnlyList<Indicator>? indicators = null)
    {
        var periods = Period.Series(range.From, range.To, kind);
        var catalogue = indicators ?? Catalogue();
        var values = Values();
        var moments = periods.Select(p => p.End > Today ? now : Dates.StartOf(p.End)).ToList();
        var current = StateReader.Current(store, now);
        var replayed = new JournalReplay().StatesAt(store.Journal, moments);
        var states = periods.Select((p, i) => p.End > Today ? current : PastState.Merge(replayed[i], current, p.End.AddDays(-1))).ToList();
        return periods.Select((p, i) => (p, Compute(states[i], new DateRange(p.Start, p.End), catalogue, values))).ToList();
    }

    /// <summary>Results for <paramref name="period"/> with the trend of the <paramref name="trendPeriods"/> periods of its indicators' kind before it.</summary>
    public IReadOnlyList<IndicatorResult> WithTrend(Period period, string trendKind = "month", int trendPeriods = 6)
    {
        var results = Compute(new DateRange(period.Start, period.End));
        var series = Series(TrendRange(period, trendPeriods), trendKind);
        foreach (var r in results)
            r.Trend = series.Select(s => s.Results.First(x => x.Indicator.Code == r.Indicator.Code).Measure.Value).ToList();
        return results;
    }

    /// <summary>The months a result's trend covers: the <paramref name="trendPeriods"/> months up to the period's end (or today).</summary>
    public DateRange TrendRange(Period period, int trendPeriods = 6)
    {
        var end = period.End > Today ? Today.AddDays(1) : period.End;
        // Whole months: the month of the last day counted and the ones before it, so six months are six points.
        var last = end.AddDays(-1);
        return new DateRange(new DateOnly(last.Year, last.Month, 1).AddMonths(1 - trendPeriods), end);
    }

    /// <summary>The periods of a trend, in order: what each of <see cref="IndicatorResult.Trend"/>'s values measures.</summary>
    public IReadOnlyList<Period> TrendPeriods(Period period, string trendKind = "month", int trendPeriods = 6)
    {
        var range = TrendRange(period, trendPeriods);
        return Period.Series(range.From, range.To, trendKind);
    }
}
