using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus memo list [--target ID]</c>.</summary>
internal static class MemoListCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var target = new Option<string?>("--target") { Description = s["opt.target"] };
        var command = new Command("list", s["cmd.memo.list"]) { target };
        command.SetAction(parse =>
        {
            var memos = Ui.Fs(ctx).Memos.All().Where(m => parse.GetValue(target) is not { } t || m.TargetId == t).ToList();
            if (ctx.Json) ctx.WriteJson(memos);
            else Ui.Table(ctx, [s["h.target"], s["h.author"], s["h.date"], s["h.text"]], memos.Select(m => new[] { $"{m.TargetKind}:{m.TargetId}", m.Author, m.Date, m.Text }));
            return 0;
        });
        return command;
    }
}
