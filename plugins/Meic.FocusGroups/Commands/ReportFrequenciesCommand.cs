using System.CommandLine;
using Meic.FocusGroups.Reports;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus report frequencies [--by session|speaker|sector|area] [--session S] [--coder C]</c>.</summary>
internal static class ReportFrequenciesCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var by = new Option<string>("--by") { DefaultValueFactory = _ => "session", Description = s["opt.by"] };
        var session = new Option<string?>("--session") { Description = s["opt.session"] };
        var coder = new Option<string?>("--coder") { Description = s["opt.coder"] };
        var command = new Command("frequencies", s["cmd.report.frequencies"]) { by, session, coder };
        command.SetAction(parse =>
        {
            var group = parse.GetValue(by)!;
            if (group is not ("session" or "speaker" or "sector" or "area")) throw Ui.OneOf(s, group, "--by", "session", "speaker", "sector", "area");
            var analysis = new Analysis(Ui.Fs(ctx));
            var rows = analysis.Frequencies(analysis.Segments(parse.GetValue(session), parse.GetValue(coder)), group);
            if (ctx.Json) ctx.WriteJson(rows.Select(r => new { code = r.Code, group = r.Group, count = r.Count }));
            else Ui.Table(ctx, [s["h.code"], group, s["h.count"]], rows.Select(r => new[] { r.Code, r.Group, r.Count.ToString() }));
            return 0;
        });
        return command;
    }
}
