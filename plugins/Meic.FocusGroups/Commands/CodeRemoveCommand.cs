using System.CommandLine;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary>
/// <c>meic focus code remove ID</c> removes one coding; <c>meic focus code remove --session S --turn N --code C [--transcript T] [--coder NAME]</c>
/// removes a coder's code from a turn.
/// </summary>
internal static class CodeRemoveCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var id = new Argument<string?>("ID") { Arity = ArgumentArity.ZeroOrOne };
        var session = new Option<string?>("--session") { Description = s["opt.session"] };
        var transcript = new Option<string?>("--transcript") { Description = s["opt.transcript"] };
        var turn = new Option<int?>("--turn") { Description = s["opt.turn"] };
        var code = new Option<string?>("--code") { Description = s["opt.code"] };
        var coder = new Option<string?>("--coder") { Description = s["opt.coder"] };
        var command = new Command("remove", s["cmd.code.remove"]) { id, session, transcript, turn, code, coder };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            List<string> removed;
            if (parse.GetValue(id) is { } codingId)
            {
                var coding = fs.Codings.Get(codingId) ?? throw new InputException(s["refuse.noCoding", codingId], "ID");
                fs.Codings.Delete(coding);
                removed = [coding.Id];
            }
            else
            {
                if (parse.GetValue(session) is not { } sess || parse.GetValue(turn) is not { } n || parse.GetValue(code) is not { } c)
                    throw new InputException(s["refuse.codingWhich"], "ID");
                var service = new CodingService(fs);
                var t = service.TranscriptFor(sess, parse.GetValue(transcript));
                var tu = fs.TurnsOf(t.Id).FirstOrDefault(x => x.Index == n) ?? throw new InputException(s["refuse.noTurn", n, t.Id], "--turn");
                removed = service.RemoveFromTurn(tu, fs.Code(c), new Coders(ctx, fs).Resolve(parse.GetValue(coder))).Select(x => x.Id).ToList();
            }
            if (ctx.Json) ctx.WriteJson(new { removed }); else foreach (var r in removed) Ui.Line(ctx, s["code.removed", r]);
            return 0;
        });
        return command;
    }
}
