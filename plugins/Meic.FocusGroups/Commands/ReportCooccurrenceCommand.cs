using System.CommandLine;
using Meic.FocusGroups.Reports;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus report cooccurrence [--session S] [--coder C]</c>: turns carrying both codes.</summary>
internal static class ReportCooccurrenceCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var session = new Option<string?>("--session") { Description = s["opt.session"] };
        var coder = new Option<string?>("--coder") { Description = s["opt.coder"] };
        var command = new Command("cooccurrence", s["cmd.report.cooccurrence"]) { session, coder };
        command.SetAction(parse =>
        {
            var analysis = new Analysis(Ui.Fs(ctx));
            var (codes, m) = analysis.Cooccurrence(analysis.Segments(parse.GetValue(session), parse.GetValue(coder)));
            if (ctx.Json)
            {
                ctx.WriteJson(new { codes, matrix = Enumerable.Range(0, codes.Count).Select(i => Enumerable.Range(0, codes.Count).Select(j => m[i, j]).ToArray()).ToArray() });
                return 0;
            }
            Ui.Table(ctx, new[] { "" }.Concat(codes.Select((c, i) => $"{i + 1}")),
                codes.Select((c, i) => new[] { $"{i + 1} {c}" }.Concat(Enumerable.Range(0, codes.Count).Select(j => m[i, j].ToString()))));
            return 0;
        });
        return command;
    }
}
