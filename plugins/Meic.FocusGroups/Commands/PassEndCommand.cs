using System.CommandLine;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary>
/// <c>meic focus pass end --session S [--transcript T] [--coder NAME] [--reopen]</c>: ends a coder's blind pass on a
/// transcript (the others' codes become visible to them), or opens it again.
/// </summary>
internal static class PassEndCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var session = new Option<string>("--session") { Required = true, Description = s["opt.session"] };
        var transcript = new Option<string?>("--transcript") { Description = s["opt.transcript"] };
        var coder = new Option<string?>("--coder") { Description = s["opt.coder"] };
        var reopen = new Option<bool>("--reopen") { Description = s["opt.reopen"] };
        var command = new Command("end", s["cmd.pass.end"]) { session, transcript, coder, reopen };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var t = new CodingService(fs).TranscriptFor(parse.GetValue(session)!, parse.GetValue(transcript));
            var who = new Coders(ctx, fs).Resolve(parse.GetValue(coder));
            var passes = new Passes(fs);
            var changed = parse.GetValue(reopen) ? passes.Reopen(t, who) : passes.End(t, who, ctx.Clock.Now.ToString("O"));
            var p = passes.ProgressOf(t, who);
            if (ctx.Json) { ctx.WriteJson(new { transcript = t.Id, coder = who, changed, ended = p.EndedAt, p.Turns, p.Seen, p.Coded }); return 0; }
            var key = parse.GetValue(reopen) ? (changed ? "pass.reopened" : "pass.notEnded") : (changed ? "pass.ended" : "pass.alreadyEnded");
            Ui.Line(ctx, s[key, who, t.Name]);
            Ui.Line(ctx, s["pass.progress", p.Seen, p.Turns, p.Coded]);
            return 0;
        });
        return command;
    }
}
