using System.CommandLine;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus code remove ID</c>: removes one coding.</summary>
internal static class CodeRemoveCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var id = new Argument<string>("ID");
        var command = new Command("remove", s["cmd.code.remove"]) { id };
        command.SetAction(parse =>
        {
            var fs = Ui.Fs(ctx);
            var coding = fs.Codings.Get(parse.GetValue(id)!) ?? throw new InputException($"no coding '{parse.GetValue(id)}'.", "ID");
            fs.Codings.Delete(coding);
            if (ctx.Json) ctx.WriteJson(new { removed = coding.Id }); else Ui.Line(ctx, s["code.removed", coding.Id]);
            return 0;
        });
        return command;
    }
}
