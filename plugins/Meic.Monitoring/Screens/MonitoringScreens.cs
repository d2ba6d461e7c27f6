using System.Globalization;
using System.Text;
using Meic.Monitoring.Alerts;
using Meic.Monitoring.Commands;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Monitoring.Periods;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Screens;

/// <summary>
/// The monitoring screens of the terminal application: the dashboard, the alerts, the value form and the periods. Each
/// reads and writes through the same classes as `meic monitor dashboard|alerts|enter|lock|unlock`.
/// </summary>
internal static class MonitoringScreens
{
    public const string UnitVocabulary = "indicator-unit", DimensionVocabulary = "indicator-dimension";

    private static Period ThisQuarter(IMeicContext ctx) => Period.Containing(Ui.Today(ctx), "quarter");

    public static ListScreen Dashboard(IMeicContext ctx, Period? period = null)
    {
        var s = Ui.Strings(ctx);
        var p = period ?? ThisQuarter(ctx);
        return new ListScreen
        {
            Title = s["screen.dashboard", p.Code],
            Command = $"meic monitor dashboard --period {p.Code}",
            Help = s["screen.dashboard.help"],
            Columns = [s["col.name"], new ListColumn(s["col.value"], true), new ListColumn(s["col.target"], true), s["col.trend"], s["col.status"], s["col.alert"]],
            Empty = s["empty"],
            Rows = () =>
            {
                var (results, alerts) = DashboardView.Load(ctx, p);
                return results.Select(r =>
                {
                    var alert = alerts.FirstOrDefault(a => a.Subject == r.Indicator.Code);
                    return new ListRow(r.Indicator.Code,
                    [
                        r.Indicator.Name.For(ctx.Language) + (r.Indicator.NeedsCheck ? " (!)" : ""), Ui.Show(r.Measure.Value, s),
                        r.Target is null ? "" : Ui.Show(r.Target, s), Ui.Sparkline(r.Trend), Ui.Status(r.Status, s),
                        alert is null ? "" : s["alert.kind." + alert.Kind],
                    ])
                    { Item = new Row(r, alert), Keywords = r.Indicator.Code + " " + UnitLabel(ctx, r.Indicator.Unit) };
                }).ToList();
            },
            Detail = row => row.Item is Row x ? IndicatorDetail(ctx, s, p, x.Result, x.Alert) : "",
            Actions =
            [
                ScreenAction.Opens("e", s["action.enter"], row => Enter(ctx, Enterable(row), p.Code),
                    row => $"meic monitor enter {Enterable(row) ?? "CODE"} --period {p.Code} --value …"),
                LockAction(ctx, s, _ => p),
                UnlockAction(ctx, s, _ => p),
                ScreenAction.Opens("a", s["action.alerts"], _ => Alerts(ctx, p), _ => $"meic monitor alerts --period {p.Code}"),
                ScreenAction.Opens("p", s["action.periods"], _ => Periods(ctx), _ => "meic monitor values list"),
            ],
        };
    }

    private sealed record Row(IndicatorResult Result, Alert? Alert);

    private static string? Enterable(ListRow? row) => row?.Item is Row x && !x.Result.Indicator.IsComputed ? x.Result.Indicator.Code : null;

    private static string IndicatorDetail(IMeicContext ctx, Strings s, Period p, IndicatorResult r, Alert? alert)
    {
        var ind = r.Indicator;
        var text = new StringBuilder();
        text.AppendLine($"{ind.Name.For(ctx.Language)} ({ind.Code})");
        if (ind.Definition.For(ctx.Language) is { Length: > 0 } def) text.AppendLine($"{s["detail.definition"]}: {def}");
        text.AppendLine($"{s["detail.unit"]}: {UnitLabel(ctx, ind.Unit)}");
        text.AppendLine($"{s["col.value"]}: {Ui.Show(r.Measure.Value, s)}" + (r.Target is null ? "" : $"   {s["col.target"]}: {Ui.Show(r.Target, s)} ({r.TargetPeriod})")
            + $"   {s["col.status"]}: {Ui.Status(r.Status, s)}");
        if (r.Measure.Breakdown.Count > 0)
        {
            text.AppendLine(s["detail.byPart"] + ":");
            foreach (var (key, value) in r.Measure.Breakdown)
            {
                var colon = key.IndexOf(':');
                var part = colon < 0 ? key : $"{DimensionLabel(ctx, key[..colon])}: {key[(colon + 1)..]}";
                text.AppendLine($"  {part} = {Ui.Show(value, s)}");
            }
        }
        if (ind.NeedsCheck) text.AppendLine("(!) " + s["needsCheck"]);
        if (alert is not null)
        {
            text.AppendLine();
            text.AppendLine($"{s["alert.kind." + alert.Kind]}: {alert.Message}");
            text.AppendLine($"{s["col.todo"]}: {s["alert.todo." + alert.Kind]}");
        }
        return text.ToString().TrimEnd();
    }

    public static ListScreen Alerts(IMeicContext ctx, Period? period = null)
    {
        var s = Ui.Strings(ctx);
        var p = period ?? ThisQuarter(ctx);
        return new ListScreen
        {
            Title = s["screen.alerts", p.Code],
            Command = $"meic monitor alerts --period {p.Code}",
            Columns = [s["col.alertKind"], s["col.alert"]],
            Empty = s["noAlerts"],
            Rows = () => AlertsCommand.Current(ctx, p.Code).Select((a, i) => new ListRow($"{a.Kind}:{a.Subject}:{i}", [s["alert.kind." + a.Kind], a.Message]) { Item = a }).ToList(),
            Detail = row => row.Item is Alert a ? $"{s["alert.kind." + a.Kind]}\n{a.Message}\n\n{s["col.todo"]}:\n{s["alert.todo." + a.Kind]}" : "",
        };
    }

    /// <summary>The form for a value: the indicator (preselected when given), the period, the value and the parts it is split by.</summary>
    public static ScreenView Enter(IMeicContext ctx, string? code, string? period = null)
    {
        var s = Ui.Strings(ctx);
        var entry = new ValueEntry(ctx.Store, s);
        var indicators = entry.EnterableIndicators.ToList();
        if (indicators.Count == 0) return new TextScreen { Title = s["screen.enterAny"], Text = () => s["screen.noEntered"], Command = "meic monitor indicators list" };
        var chosen = code is null ? null : indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        var fields = new List<FormField>
        {
            new()
            {
                Id = "indicator", Label = s["field.indicator"], Kind = FieldKind.Choice, Required = true, Value = chosen?.Code ?? "",
                Choices = indicators.Select(i => new Choice(i.Code, $"{i.Name.For(ctx.Language)} ({i.Code})")).ToList(),
            },
            new()
            {
                Id = "period", Label = s["field.period"], Required = true, Value = period ?? "", Hint = s["field.period.hint"],
                Check = text => Period.TryParse(text, out _) || Sdk.Text.Dates.TryParse(text, out _) ? null : s["refuse.period", text],
            },
            new() { Id = "value", Label = s["field.value"], Kind = FieldKind.Number, Hint = chosen is null ? null : UnitLabel(ctx, chosen.Unit) },
        };
        if (chosen is null || chosen.IsRatio)
        {
            fields.Add(new FormField { Id = "numerator", Label = s["field.numerator"], Kind = FieldKind.Number });
            fields.Add(new FormField { Id = "denominator", Label = s["field.denominator"], Kind = FieldKind.Number });
        }
        var actors = ctx.Store.Collection<Actor>(Actor.CollectionName).All().OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        if (actors.Count > 0)
            fields.Add(new FormField { Id = "partner", Label = s["field.partner"], Kind = FieldKind.Choice, Choices = actors.Select(a => new Choice(a.Id, a.Name)).ToList() });
        var dimensions = chosen?.Disaggregations ?? [];
        foreach (var dim in dimensions)
            fields.Add(new FormField { Id = "dim:" + dim, Label = DimensionLabel(ctx, dim), Hint = s["field.dimension.hint"] });
        fields.Add(new FormField { Id = "note", Label = s["field.note"], Kind = FieldKind.LongText });

        ValueInput Input(FormValues v) => new(v.Choice("indicator") ?? v["indicator"], v["period"], (double?)v.Number("value"), (double?)v.Number("numerator"),
            (double?)v.Number("denominator"), v.Choice("partner"),
            dimensions.Where(d => v.Text("dim:" + d) is not null).ToDictionary(d => d, d => v["dim:" + d], StringComparer.OrdinalIgnoreCase), v.Text("note"));

        return new FormScreen
        {
            Title = chosen is null ? s["screen.enterAny"] : s["screen.enter", chosen.Name.For(ctx.Language)],
            Command = "meic monitor enter",
            Fields = fields,
            CommandFor = v => EnterCommandLine(Input(v), entry),
            Save = v =>
            {
                var fresh = new ValueEntry(ctx.Store, s);
                IndicatorValue doc;
                try { doc = fresh.Check(Input(v), ctx.User, ctx.Clock.Now); }
                catch (InputException e) { return FormResult.Refuse(FieldOf(e.Where), FieldOf(e.Where).Length == 0 ? e.Message : Shell.Reason(e)); }
                var warnings = fresh.Write([doc]);
                var said = s["entered", doc.IndicatorCode, Ui.Show(doc.Value, s), doc.Period,
                    doc.Disaggregation.Count == 0 ? "" : " (" + string.Join(", ", doc.Disaggregation.Select(d => $"{DimensionLabel(ctx, d.Key)}: {d.Value}")) + ")"];
                return FormResult.Ok(warnings.Count == 0 ? said : said + "\n" + string.Join("\n", warnings));
            },
        };
    }

    private static string FieldOf(string? where) => where switch
    {
        "CODE" => "indicator",
        "--period" => "period",
        "--value" => "value",
        "--partner" => "partner",
        _ => "",
    };

    /// <summary>`meic monitor enter …` for <paramref name="input"/>, with the period as the entry will store it.</summary>
    public static string EnterCommandLine(ValueInput input, ValueEntry entry)
    {
        var period = input.Period;
        try { period = entry.PeriodOf(entry.Enterable(input.Code), input.Period).Code; } catch (InputException) { }
        var words = new List<string?> { "meic", "monitor", "enter", input.Code.Length == 0 ? "CODE" : input.Code, "--period", period.Length == 0 ? "…" : period };
        void Number(string option, double? value) { if (value is { } n) { words.Add(option); words.Add(n.ToString(CultureInfo.InvariantCulture)); } }
        Number("--value", input.Value);
        Number("--numerator", input.Numerator);
        Number("--denominator", input.Denominator);
        if (input.ActorId is { } actor) { words.Add("--partner"); words.Add(actor); }
        foreach (var (k, v) in input.Disaggregation) { words.Add("--disagg"); words.Add($"{k}={v}"); }
        if (input.Note is { } note) { words.Add("--note"); words.Add(note); }
        return Shell.Line([.. words]);
    }

    /// <summary>Recent periods (the last four quarters, this year and last) and every locked one, each open or locked.</summary>
    public static ListScreen Periods(IMeicContext ctx)
    {
        var s = Ui.Strings(ctx);
        var locks = new PeriodLocks(ctx.Store);
        return new ListScreen
        {
            Title = s["screen.periods"],
            Command = "meic monitor values list",
            Columns = [s["col.period"], s["col.state"], s["col.lockedBy"], s["col.lockedAt"]],
            Rows = () =>
            {
                var today = Ui.Today(ctx);
                var periods = new List<Period> { Period.Year(today.Year), Period.Year(today.Year - 1) };
                for (var q = ThisQuarter(ctx); periods.Count < 6; q = Period.Containing(q.Start.AddDays(-1), "quarter")) periods.Add(q);
                var locked = locks.All();
                foreach (var l in locked) if (Period.TryParse(l.Period, out var p) && periods.All(x => x.Code != p.Code)) periods.Add(p);
                return periods.OrderByDescending(p => p.Start).ThenBy(p => p.End).Select(p =>
                {
                    var l = locked.FirstOrDefault(x => x.Period == p.Code);
                    return new ListRow(p.Code, [p.Code, s[l is null ? "state.open" : "state.locked"], l?.LockedBy ?? "",
                        l is null ? "" : Sdk.Text.Dates.Format(DateOnly.FromDateTime(l.LockedAt.UtcDateTime), ctx.Language)]) { Item = p };
                }).ToList();
            },
            Actions =
            [
                LockAction(ctx, s, row => row?.Item as Period),
                UnlockAction(ctx, s, row => row?.Item as Period),
                ScreenAction.Opens("d", s["screen.dashboard", ""].TrimEnd(':', ' '), row => row?.Item is Period p ? Dashboard(ctx, p) : null,
                    row => $"meic monitor dashboard --period {(row?.Item as Period)?.Code}", needsRow: true),
            ],
        };
    }

    private static ScreenAction LockAction(IMeicContext ctx, Strings s, Func<ListRow?, Period?> period) => new()
    {
        Key = "l", Label = s["action.lock"], NeedsRow = true,
        Confirm = row => s["confirm.lock", period(row)?.Code],
        Command = row => $"meic monitor lock {period(row)?.Code}",
        Run = (screen, row) =>
        {
            if (period(row) is not { } p) return;
            using (var tx = ctx.Store.BeginTransaction()) { new PeriodLocks(ctx.Store).Lock(p, ctx.User, ctx.Clock.Now); tx.Commit(); }
            screen.Tell(s["locked", p.Code]);
        },
    };

    private static ScreenAction UnlockAction(IMeicContext ctx, Strings s, Func<ListRow?, Period?> period) => new()
    {
        Key = "u", Label = s["action.unlock"], NeedsRow = true,
        Confirm = row => s["confirm.unlock", period(row)?.Code],
        Command = row => $"meic monitor unlock {period(row)?.Code}",
        Run = (screen, row) =>
        {
            if (period(row) is not { } p) return;
            using (var tx = ctx.Store.BeginTransaction()) { new PeriodLocks(ctx.Store).Unlock(p); tx.Commit(); }
            screen.Tell(s["unlocked", p.Code]);
        },
    };

    public static string UnitLabel(IMeicContext ctx, string unit) => ctx.Vocabularies.Label(UnitVocabulary, unit, ctx.Language);

    public static string DimensionLabel(IMeicContext ctx, string dimension) => ctx.Vocabularies.Label(DimensionVocabulary, dimension, ctx.Language);
}
