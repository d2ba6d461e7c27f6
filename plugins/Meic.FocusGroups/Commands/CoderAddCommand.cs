using System.CommandLine;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus coder add NAME</c>: names a coder once, so a name typed later is checked against the list.</summary>
internal static class CoderAddCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var name = new Argument<string>("NAME") { Description = s["arg.coderName"] };
        var command = new Command("add", s["cmd.coder.add"]) { name };
        command.SetAction(parse =>
        {
            var coder = new Coders(ctx, Ui.Fs(ctx)).Add(parse.GetValue(name)!);
            if (ctx.Json) ctx.WriteJson(new { id = coder.Id, name = coder.Name }); else Ui.Line(ctx, s["coder.added", coder.Name]);
            return 0;
        });
        return command;
    }
}
