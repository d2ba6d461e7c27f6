using Meic.Monitoring.Model;
using Meic.Monitoring.Periods;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;

namespace Meic.Monitoring.Compute;

/// <summary>One value to enter, before it is checked.</summary>
public sealed record ValueInput(string Code, string Period, double? Value, double? Numerator, double? Denominator, string? ActorId,
    IReadOnlyDictionary<string, string> Disaggregation, string? Note = null);

/// <summary>Checks and writes entered values: known entered indicator, valid open period, known partner and dimensions.</summary>
public sealed class ValueEntry(IDocumentStore store)
{
    private readonly Dictionary<string, Indicator> _catalogue =
        store.Collection<Indicator>(Indicator.CollectionName).All().ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
    private readonly List<Period> _locks = store.Collection<PeriodLock>(PeriodLock.CollectionName).All()
        .Select(l => Period.TryParse(l.Period, out var p) ? p : null).Where(p => p is not null).Select(p => p!).ToList();

    /// <summary>Checks <paramref name="input"/> and returns the document to write; throws <see cref="InputException"/> naming <paramref name="where"/>.</summary>
    public IndicatorValue Check(ValueInput input, string user, DateTimeOffset now, string? where = null)
    {
        string W(string field) => where ?? field;
        if (!_catalogue.TryGetValue(input.Code, out var ind))
        {
            var near = Meic.Sdk.Text.Names.Nearest(input.Code, _catalogue.Keys);
            throw new InputException($"unknown indicator code '{input.Code}'" + (near is null ? "." : $"; did you mean {near}?"), W("CODE"));
        }
        if (ind.IsComputed) throw new InputException($"{ind.Code} is computed from the cluster's records; values cannot be entered.", W("CODE"));
        var period = Period.Parse(input.Period, W("--period"));
        if (_locks.FirstOrDefault(l => l.Overlaps(period)) is { } locked)
            throw new InputException($"period {locked.Code} is locked after review; the entry for {period.Code} was refused.", W("--period"));
        foreach (var dim in input.Disaggregation.Keys)
            if (!ind.Disaggregations.Contains(dim, StringComparer.OrdinalIgnoreCase))
                throw new InputException($"{ind.Code} is not disaggregated by '{dim}'; expected one of: {(ind.Disaggregations.Count == 0 ? "none" : string.Join(", ", ind.Disaggregations))}.", W("--disagg"));
        if (input.ActorId is { } actor && store.Collection<Actor>(Actor.CollectionName).Get(actor) is null)
            throw new InputException($"unknown partner '{actor}'.", W("--partner"));
        double? value = input.Value;
        if (input.Denominator is { } den)
        {
            if (input.Numerator is not { } num) throw new InputException("a denominator needs a numerator.", W("--value"));
            if (num < 0 || den < 0) throw new InputException("numerator and denominator cannot be negative.", W("--value"));
            value = den == 0 ? null : Math.Round(num / den * (ind.Unit == "percent" ? 100 : 1), 4);
        }
        else if (value is null) throw new InputException("expected --value, or --numerator and --denominator.", W("--value"));
        if (value is { } v && (double.IsNaN(v) || double.IsInfinity(v))) throw new InputException("the value is not a number.", W("--value"));
        var disagg = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, val) in input.Disaggregation) disagg[ind.Disaggregations.First(d => d.Equals(k, StringComparison.OrdinalIgnoreCase))] = val;
        return new IndicatorValue
        {
            Id = IndicatorValue.KeyOf(ind.Code, period.Code, input.ActorId, disagg),
            IndicatorCode = ind.Code, Period = period.Code, Value = value, Numerator = input.Numerator, Denominator = input.Denominator,
            ActorId = input.ActorId, Disaggregation = disagg, EnteredBy = user, EnteredAt = now, Note = input.Note,
        };
    }

    /// <summary>Writes checked values in one transaction (a value entered again replaces the earlier one; the journal keeps both) and returns warnings.</summary>
    public List<string> Write(IReadOnlyList<IndicatorValue> values)
    {
        var collection = store.Collection<IndicatorValue>(IndicatorValue.CollectionName);
        using (var tx = store.BeginTransaction())
        {
            foreach (var v in values)
            {
                if (collection.Get(v.Id) is { } old) { v.Version = old.Version; collection.Update(v); }
                else collection.Insert(v);
            }
            tx.Commit();
        }
        var warnings = new List<string>();
        foreach (var group in values.Select(v => (v.IndicatorCode, v.Period)).Distinct())
        {
            var all = collection.Find(("indicatorCode", group.IndicatorCode), ("period", group.Period));
            var measure = EnteredAggregate.Of(_catalogue[group.IndicatorCode], all);
            warnings.AddRange(measure.Notes.Where(n => n.StartsWith("warning:", StringComparison.Ordinal)));
        }
        return warnings;
    }
}
