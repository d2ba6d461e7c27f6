using System.CommandLine;
using Meic.FocusGroups.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus memo add TEXT (--code C | --session S | --coding ID)</c>.</summary>
internal static class MemoAddCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var text = new Argument<string>("TEXT");
        var code = new Option<string?>("--code") { Description = s["opt.code"] };
        var session = new Option<string?>("--session") { Description = s["opt.session"] };
        var coding = new Option<string?>("--coding") { Description = s["opt.coding"] };
        var command = new Command("add", s["cmd.memo.add"]) { text, code, session, coding };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            Memo memo;
            if (parse.GetValue(code) is { } c) memo = new Memo { TargetKind = "code", TargetId = fs.Code(c).Id };
            else if (parse.GetValue(coding) is { } g)
            {
                var cd = fs.Codings.Get(g) ?? throw new InputException(s["refuse.noCoding", g], "--coding");
                memo = new Memo { TargetKind = "segment", TargetId = cd.Id, SessionId = cd.SessionId };
            }
            else if (parse.GetValue(session) is { } ss) memo = new Memo { TargetKind = "session", TargetId = fs.Session(ss).Id, SessionId = ss };
            else throw new InputException(s["refuse.memoTarget"], "--code");
            memo.Text = parse.GetValue(text)!; memo.Author = ctx.User; memo.Date = Ui.Today(ctx);
            fs.Memos.Insert(memo);
            if (ctx.Json) ctx.WriteJson(memo); else Ui.Line(ctx, s["memo.added", memo.Id]);
            return 0;
        });
        return command;
    }
}
