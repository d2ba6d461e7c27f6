using Meic.Brokerage.Commands;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;

namespace Meic.Brokerage.Screens;

/// <summary>
/// Orientation scripts: the list with each script's text, and the script run as a guided interview whose answers are
/// shown as text, or saved to the person's case with their consent.
/// </summary>
internal static class ScriptScreens
{
    private static IReadOnlyList<OrientationScript> Scripts(IMeicContext ctx)
    {
        var all = ctx.Store.Collection<OrientationScript>(Collections.Scripts).All();
        var mine = all.Where(x => x.Language == ctx.Language).ToList();
        return (mine.Count > 0 ? mine : all).OrderBy(x => x.Title, StringComparer.CurrentCulture).ToList();
    }

    public static ListScreen List(IMeicContext ctx)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        return new ListScreen
        {
            Title = s["screen.title"],
            Command = "meic broker scripts list",
            Columns = [s["col.title"], s["col.area"], new ListColumn(s["col.questions"], true)],
            Empty = s["scripts.none"],
            Rows = () =>
            {
                var areas = k.Areas();
                return Scripts(ctx).Select(x => new ListRow(x.Id, [x.Title, k.AreaLabel(x.Area, areas), x.Questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)])
                    { Item = x, Keywords = x.Need + " " + x.Situation + " " + NeedSources.AreaKeywords(x.Area, areas) }).ToList();
            },
            Detail = row => row.Item is OrientationScript x ? Interviews.Text(x, [], ScriptsShowCommand.ServicesFor(ctx, x), s) : "",
            Actions =
            [
                ScreenAction.Opens("Enter", s["action.interview"], row => row?.Item is OrientationScript x ? Interview(ctx, x) : null,
                    row => $"meic broker scripts answer {row?.Id} --answer …", needsRow: true),
            ],
        };
    }

    /// <summary>The interview: one field per question; with a case code and consent the answers are saved to the case.</summary>
    public static FormScreen Interview(IMeicContext ctx, OrientationScript script)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        var fields = script.Questions.Select((q, i) => new FormField { Id = $"q{i + 1}", Label = q, Kind = FieldKind.LongText }).ToList();
        fields.Add(new FormField { Id = "case", Label = s["field.interviewCase"], Hint = s["field.case.hint"] });
        fields.Add(k.Pick("consent", s["field.interviewConsent"], BrokerVocabularies.ConsentKind, null, required: false));
        List<string> Answers(FormValues v) => script.Questions.Select((_, i) => v[$"q{i + 1}"]).ToList();
        return new FormScreen
        {
            Title = s["screen.interview", script.Title],
            Command = $"meic broker scripts show {script.Id}",
            Help = script.Situation,
            Fields = fields,
            CommandFor = v =>
            {
                var words = new List<string?> { "meic", "broker", "scripts", "answer", script.Id };
                foreach (var a in Answers(v)) words.AddRange(["--answer", a]);
                if (v.Text("case") is { } code) words.AddRange(["--case", code, "--consent", v.Choice("consent") ?? "none"]);
                return Shell.Line([.. words]);
            },
            Save = v =>
            {
                var text = Interviews.Text(script, Answers(v), ScriptsShowCommand.ServicesFor(ctx, script), s);
                if (v.Text("case") is not { } code) return FormResult.Ok(text);
                if (v.Choice("consent") is not ("written" or "verbal")) return FormResult.Refuse("consent", s["interview.noConsent"]);
                var saved = Interviews.Save(ctx.Store, script, code, v.Choice("consent")!, Answers(v), ctx.User, ctx.Clock.Now, s);
                return FormResult.Ok(text + "\n\n" + s["interview.saved", saved.CaseCode]);
            },
        };
    }
}
