using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class TieRemoveCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var text = MappingPlugin.Text(ctx);
        var id = new Argument<string>("TIE") { Description = text["arg.tie"] };
        var cmd = new Command("remove", text["cmd.ties.remove"]) { id };
        cmd.SetAction(p =>
        {
            var edits = new MapEdits(ctx);
            var tie = edits.Tie(p.GetValue(id)!);
            edits.RemoveTie(tie);
            if (ctx.Json) ctx.WriteJson(new { removed = tie.Id });
            else Shared.Line(ctx, text["tie.removed", tie.Id]);
            return 0;
        });
        return cmd;
    }
}
