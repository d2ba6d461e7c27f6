using System.Text;
using Meic.Brokerage.Commands;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;

namespace Meic.Brokerage.Screens;

/// <summary>Needs, the form that adds one, and the matches and gaps (what `meic broker match` proposes).</summary>
internal static class NeedScreens
{
    public static ListScreen Needs(IMeicContext ctx)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        return new ListScreen
        {
            Title = s["screen.needs"],
            Command = "meic broker needs list",
            Columns = [s["col.need"], s["col.area"], s["col.district"], s["col.for"], s["col.source"]],
            Empty = s["needs.none"],
            Rows = () =>
            {
                var areas = k.Areas();
                return NeedSources.All(ctx.Store).Select(n => new ListRow(n.Id,
                    [n.Description, k.AreaLabel(n.Area, areas), n.District ?? "", string.Join(", ", n.ForWhom), k.Label(BrokerVocabularies.NeedSource, n.Source)])
                    { Item = n, Keywords = NeedSources.AreaKeywords(n.Area, areas) }).ToList();
            },
            Detail = row => row.Item is Need n ? Candidates(k, n) : "",
            Actions =
            [
                ScreenAction.Opens("a", s["action.add"], _ => Add(ctx), _ => "meic broker needs add --description …"),
                ScreenAction.Opens("m", s["action.matches"], _ => Matches(ctx), _ => "meic broker match"),
            ],
        };
    }

    private static string Candidates(ScreenKit k, Need n)
    {
        var s = k.S;
        var actors = k.ActorNames();
        var found = Matcher.Match([n], new ServiceDirectory(k.Ctx.Store, k.S).Services.All())[0];
        var text = new StringBuilder().AppendLine(n.Description).AppendLine();
        if (found.IsGap) return text.Append(s["match.gap"]).ToString();
        text.AppendLine(s["detail.candidates"] + ":");
        foreach (var c in found.Candidates)
            text.AppendLine($"  {c.Service.Name} — {actors.GetValueOrDefault(c.Service.ActorId, c.Service.ActorId)} ({s["score", c.Score]}: {string.Join(", ", c.Reasons.Select(k.Reason))})");
        return text.ToString().TrimEnd();
    }

    public static FormScreen Add(IMeicContext ctx)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        return new FormScreen
        {
            Title = s["screen.need.add"],
            Command = "meic broker needs add",
            Fields =
            [
                new() { Id = "description", Label = s["field.description"], Kind = FieldKind.LongText, Required = true },
                k.AreaPicker(null),
                new() { Id = "district", Label = s["field.district"] },
                new() { Id = "for", Label = s["field.for"] },
            ],
            CommandFor = v => Shell.Line(["meic", "broker", "needs", "add", "--description", v.Text("description") ?? "…",
                .. v.Choice("area") is { } a ? new[] { "--area", a } : [], .. v.Text("district") is { } d ? new[] { "--district", d } : [],
                .. ScreenKit.Split(v["for"]) is { Count: > 0 } f ? new[] { "--for", string.Join(",", f) } : []]),
            Save = v =>
            {
                var need = NeedSources.Add(ctx.Store, v["description"], v.Choice("area"), v.Text("district"), ScreenKit.Split(v["for"]), "manual", ctx.Clock.Now, s);
                return FormResult.Ok(s["needs.added", need.Id, k.AreaLabel(need.Area, k.Areas()) is { Length: > 0 } l ? l : "-"]);
            },
        };
    }

    /// <summary>Each need with the services proposed for it, gaps first said as such.</summary>
    public static ListScreen Matches(IMeicContext ctx)
    {
        var k = new ScreenKit(ctx);
        var s = k.S;
        return new ListScreen
        {
            Title = s["screen.matches"],
            Command = "meic broker match",
            Columns = [s["col.need"], s["col.area"], s["col.proposals"]],
            Empty = s["needs.none"],
            Rows = () =>
            {
                var areas = k.Areas();
                var actors = k.ActorNames();
                return Matcher.Match(NeedSources.All(ctx.Store), new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx)).Services.All(), 3).Select(m => new ListRow(m.Need.Id,
                    [m.Need.Description, k.AreaLabel(m.Need.Area, areas), m.IsGap ? s["match.gapShort"] : string.Join("; ", m.Candidates.Select(c => c.Service.Name))])
                    { Item = m.Need, Keywords = NeedSources.AreaKeywords(m.Need.Area, areas) }).ToList();
            },
            Detail = row => row.Item is Need n ? Candidates(k, n) : "",
        };
    }
}
