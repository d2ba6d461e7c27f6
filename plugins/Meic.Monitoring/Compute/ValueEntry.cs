using Meic.Monitoring.Model;
using Meic.Monitoring.Periods;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Compute;

/// <summary>One value to enter, before it is checked.</summary>
public sealed record ValueInput(string Code, string Period, double? Value, double? Numerator, double? Denominator, string? ActorId,
    IReadOnlyDictionary<string, string> Disaggregation, string? Note = null);

/// <summary>Checks and writes entered values: known entered indicator, valid open period, known partner and dimensions.</summary>
public sealed class ValueEntry(IDocumentStore store, Strings? strings = null)
{
    private readonly Strings _s = strings ?? Strings.Load(typeof(MonitoringPlugin).Assembly, "Meic.Monitoring.strings", "en");

    private readonly Dictionary<string, Indicator> _catalogue =
        store.Collection<Indicator>(Indicator.CollectionName).All().ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
    private readonly List<Period> _locks = store.Collection<PeriodLock>(PeriodLock.CollectionName).All()
        .Select(l => Period.TryParse(l.Period, out var p) ? p : null).Where(p => p is not null).Select(p => p!).ToList();

    /// <summary>Checks <paramref name="input"/> and returns the document to write; throws <see cref="InputException"/> naming <paramref name="where"/>.</summary>
    public IndicatorValue Check(ValueInput input, string user, DateTimeOffset now, string? where = null)
    {
        string W(string field) => where ?? field;
        var ind = Enterable(input.Code, W("CODE"));
        var period = PeriodOf(ind, input.Period, W("--period"));
        if (LockOver(period) is { } locked)
            throw new InputException(_s["refuse.locked", locked.Code, period.Code], W("--period"));
        foreach (var dim in input.Disaggregation.Keys)
            if (!ind.Disaggregations.Contains(dim, StringComparer.OrdinalIgnoreCase))
                throw new InputException(_s["refuse.dimension", ind.Code, dim, ind.Disaggregations.Count == 0 ? _s["refuse.none"] : string.Join(", ", ind.Disaggregations)], W("--disagg"));
        if (input.ActorId is { } actor && store.Collection<Actor>(Actor.CollectionName).Get(actor) is null)
            throw new InputException(_s["refuse.partner", actor], W("--partner"));
        double? value = input.Value;
        if (input.Denominator is { } den)
        {
            if (input.Numerator is not { } num) throw new InputException(_s["refuse.numerator"], W("--value"));
            if (num < 0 || den < 0) throw new InputException(_s["refuse.negative"], W("--value"));
            value = den == 0 ? null : Math.Round(num / den * (ind.Unit == "percent" ? 100 : 1), 4);
        }
        else if (value is null) throw new InputException(_s["refuse.noValue"], W("--value"));
        if (value is { } v && (double.IsNaN(v) || double.IsInfinity(v))) throw new InputException(_s["refuse.notNumber", v.ToString(System.Globalization.CultureInfo.InvariantCulture)], W("--value"));
        var disagg = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, val) in input.Disaggregation) disagg[ind.Disaggregations.First(d => d.Equals(k, StringComparison.OrdinalIgnoreCase))] = val;
        return new IndicatorValue
        {
            Id = IndicatorValue.KeyOf(ind.Code, period.Code, input.ActorId, disagg),
            IndicatorCode = ind.Code, Period = period.Code, Value = value, Numerator = input.Numerator, Denominator = input.Denominator,
            ActorId = input.ActorId, Disaggregation = disagg, EnteredBy = user, EnteredAt = now, Note = input.Note,
        };
    }

    /// <summary>The indicator <paramref name="code"/> if values can be entered for it; refused with the reason otherwise.</summary>
    public Indicator Enterable(string code, string where = "CODE")
    {
        if (!_catalogue.TryGetValue(code, out var ind))
        {
            var near = Names.Nearest(code, _catalogue.Keys);
            throw new InputException(_s["refuse.unknownIndicator", code, near is null ? "." : _s["refuse.didYouMean", near]], where);
        }
        if (ind.IsComputed) throw new InputException(_s["refuse.computed", ind.Code], where);
        return ind;
    }

    /// <summary>The indicators values can be entered for, by code.</summary>
    public IEnumerable<Indicator> EnterableIndicators => _catalogue.Values.Where(i => !i.IsComputed).OrderBy(i => i.Code, StringComparer.Ordinal);

    /// <summary>
    /// The period <paramref name="text"/> names: a period code (2027, 2027-H1, 2027-Q1, 2027-03), or a day as the user
    /// writes it (20/03/2027), which stands for the period of the indicator's periodicity containing it.
    /// </summary>
    public Period PeriodOf(Indicator indicator, string text, string where = "--period")
    {
        if (Period.TryParse(text, out var period)) return period;
        if (Sdk.Text.Dates.TryParse(text, out var day)) return Period.Containing(day, indicator.Periodicity);
        throw new InputException(_s["refuse.period", text], where);
    }

    /// <summary>The locked period overlapping <paramref name="period"/>, or null when it is open.</summary>
    public Period? LockOver(Period period) => _locks.FirstOrDefault(l => l.Overlaps(period));

    /// <summary>Writes checked values in one transaction (a value entered again replaces the earlier one; the journal keeps both) and returns warnings.</summary>
    public List<Note> Write(IReadOnlyList<IndicatorValue> values)
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
        var warnings = new List<Note>();
        foreach (var group in values.Select(v => (v.IndicatorCode, v.Period)).Distinct())
        {
            var all = collection.Find(("indicatorCode", group.IndicatorCode), ("period", group.Period));
            var measure = EnteredAggregate.Of(_catalogue[group.IndicatorCode], all);
            warnings.AddRange(measure.Notes.Where(n => n.Warning));
        }
        return warnings;
    }
}
