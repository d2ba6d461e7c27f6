using System.CommandLine;
using Meic.Facilitation.Model;
using Meic.Sdk.Text;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting plan</c>: a meeting, or a recurring table as a series of meetings.</summary>
internal static class PlanCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var title = new Option<string>("--title") { Description = t["opt.title"], Required = true };
        var kind = new Option<string?>("--kind") { Description = t["opt.kind"] }; // a plenary when not given (said in the description, in words)
        var start = new Option<string>("--start") { Description = t["opt.start"], Required = true };
        var end = new Option<string?>("--end") { Description = t["opt.end"] };
        var minutes = new Option<int?>("--minutes") { Description = t["opt.duration"] };
        var place = new Option<string?>("--place") { Description = t["opt.place"] };
        var link = new Option<string?>("--link") { Description = t["opt.link"] };
        var facilitator = new Option<string?>("--facilitator") { Description = t["opt.facilitator"] };
        var noteTaker = new Option<string?>("--note-taker") { Description = t["opt.noteTaker"] };
        var area = new Option<string?>("--area") { Description = t["opt.area"] };
        var invite = new Option<string[]>("--invite") { Description = t["opt.invite"], AllowMultipleArgumentsPerToken = true };
        var every = new Option<string?>("--every") { Description = t["opt.every"] };
        var count = new Option<int?>("--count") { Description = t["opt.count"] };
        var command = new Command("plan", t["cmd.plan"]) { title, kind, start, end, minutes, place, link, facilitator, noteTaker, area, invite, every, count };
        command.SetAction(parse =>
        {
            var first = f.ParseInstant(parse.GetValue(start)!, "--start");
            var endText = parse.GetValue(end);
            var finish = endText is not null ? f.ParseInstant(endText, "--end") : first.AddMinutes(parse.GetValue(minutes) ?? 120);
            var invited = (parse.GetValue(invite) ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var planned = Store.MeetingPlanner.Plan(f, new Store.PlanRequest(parse.GetValue(title)!, (parse.GetValue(kind) is { } k ? Parse.Enum<MeetingKind>(k, "--kind", f.T) : MeetingKind.Plenary), first, finish,
                parse.GetValue(place), parse.GetValue(link), parse.GetValue(facilitator), parse.GetValue(noteTaker), Area(f, parse.GetValue(area)), invited,
                parse.GetValue(every), parse.GetValue(count)));
            if (f.Context.Json) f.Context.WriteJson(new { ids = planned.Select(m => m.Id), seriesId = planned[0].SeriesId });
            else
                foreach (var m in planned)
                    Output.Line(f.Context.Console, t["plan.done", m.Id, f.Show(m.Start), f.Show(m.End)]);
            return 0;
        });
        return command;
    }

    /// <summary>A thematic area by its id, its name in any language or a synonym; as typed when the cluster lists no areas.</summary>
    internal static string? Area(Store.Facilitation f, string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var areas = f.Context.Vocabularies.Find(Vocabularies.Area);
        return areas is null || areas.Terms.Count == 0 ? typed.Trim() : areas.Parse(typed, f.T.Language, "--area").Id;
    }
}