using System.CommandLine;
using Meic.Mapping.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Mapping.Commands;

internal static class TieRemoveCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var id = new Argument<string>("TIE") { Description = "The tie's id (see 'meic map ties list')" };
        var cmd = new Command("remove", "Remove a tie") { id };
        cmd.SetAction(p =>
        {
            var data = MapData.From(ctx);
            var tie = data.Ties.Get(p.GetValue(id)!) ?? throw new InputException($"no tie '{p.GetValue(id)}'.", "TIE");
            data.Ties.Delete(tie);
            ctx.Publish(new MeicEvent("tie.removed", tie.Id));
            if (ctx.Json) ctx.WriteJson(new { removed = tie.Id });
            else Shared.Line(ctx, MappingPlugin.Text(ctx)["tie.removed", tie.Id]);
            return 0;
        });
        return cmd;
    }
}
