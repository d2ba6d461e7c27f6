using System.CommandLine;
using Meic.Facilitation.Ics;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting export-ics [ID] [--series S] [--all] --out FILE</c>: iCalendar for calendar clients.</summary>
internal static class ExportIcsCommand
{
    public static Command Create(Store.Facilitation f)
    {
        var t = f.T;
        var id = new Argument<string?>("ID") { Description = t["arg.id"], Arity = ArgumentArity.ZeroOrOne };
        var series = new Option<string?>("--series") { Description = t["opt.series"] };
        var all = new Option<bool>("--all") { Description = t["opt.allMeetings"] };
        var output = new Option<string?>("--out") { Description = t["opt.out"] };
        var command = new Command("export-ics", t["cmd.exportIcs"]) { id, series, all, output };
        command.SetAction(parse =>
        {
            var meetings = parse.GetValue(all) ? f.Meetings.All().ToList()
                : parse.GetValue(series) is { } s ? f.Meetings.Find(("seriesId", s)).ToList()
                : parse.GetValue(id) is { } one ? [f.RequireMeeting(one)]
                : throw new InputException(t["error.exportWhat"], "ID");
            if (meetings.Count == 0) throw new InputException(t["error.noSeries", parse.GetValue(series) ?? ""], "--series");
            // A single meeting of a series is exported on its own, under its own UID.
            if (parse.GetValue(id) is not null && !parse.GetValue(all) && parse.GetValue(series) is null)
                meetings = meetings.Select(m => { m.SeriesId = null; return m; }).ToList();
            var text = new IcsWriter(f.Context.Clock.Now, f.ActorName, f.Zone, k => t["kind." + Meic.Sdk.Text.Names.Kebab(k)]).Write(meetings);
            var file = parse.GetValue(output);
            if (file is null) { f.Context.Out.Write(text); return 0; }
            File.WriteAllText(file, text, new System.Text.UTF8Encoding(false));
            if (f.Context.Json) f.Context.WriteJson(new { file = Path.GetFullPath(file), meetings = meetings.Count });
            else Output.Line(f.Context.Console, t.Plural("ics.exported", meetings.Count, Path.GetFullPath(file)));
            return 0;
        });
        return command;
    }
}
