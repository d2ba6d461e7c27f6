using System.CommandLine;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus code apply --session S --code C (--turn N | --paragraph N | --range A:B) [--transcript T] [--coder NAME]</c>.</summary>
internal static class CodeApplyCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var session = new Option<string>("--session") { Required = true, Description = s["opt.session"] };
        var transcript = new Option<string?>("--transcript") { Description = s["opt.transcript"] };
        var code = new Option<string>("--code") { Required = true, Description = s["opt.code"] };
        var turn = new Option<int?>("--turn") { Description = s["opt.turn"] };
        var paragraph = new Option<int?>("--paragraph") { Description = s["opt.paragraph"] };
        var range = new Option<string?>("--range") { Description = s["opt.range"] };
        var coder = new Option<string?>("--coder") { Description = s["opt.coder"] };
        var command = new Command("apply", s["cmd.code.apply"]) { session, transcript, code, turn, paragraph, range, coder };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var service = new CodingService(fs);
            var t = service.TranscriptFor(parse.GetValue(session)!, parse.GetValue(transcript));
            var c = fs.Code(parse.GetValue(code)!);
            var seg = service.Segment(t, parse.GetValue(turn), parse.GetValue(paragraph), parse.GetValue(range));
            var unit = parse.GetValue(turn) is not null ? "turn" : parse.GetValue(paragraph) is not null ? "paragraph" : "range";
            var coders = new Coders(ctx, fs);
            var who = coders.Resolve(parse.GetValue(coder));
            var at = ctx.Clock.Now.ToString("O");
            Coding coding;
            using (var tx = fs.Store.BeginTransaction())
            {
                coders.Remember(who);
                coding = service.Apply(t, c, who, seg, unit, at);
                if (fs.Turns.Get(coding.TurnId ?? "") is { } turn) new Passes(fs).Saw(t, who, [turn.Index], at);
                tx.Commit();
            }
            if (ctx.Json) ctx.WriteJson(coding); else Ui.Line(ctx, s["code.applied", c.Name, coding.Start, coding.End, coding.Coder]);
            return 0;
        });
        return command;
    }
}
