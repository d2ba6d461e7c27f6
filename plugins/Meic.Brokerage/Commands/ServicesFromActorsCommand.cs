using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker services from-actors</c>: adds the services listed on actors that the directory lacks.</summary>
internal static class ServicesFromActorsCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var command = new Command("from-actors", s["cmd.services.fromActors"]);
        command.SetAction(_ =>
        {
            int added;
            using (var tx = ctx.Store.BeginTransaction()) { added = ActorServices.Import(ctx.Store); tx.Commit(); }
            if (ctx.Json) ctx.WriteJson(new { added });
            else Output.Line(ctx, s["services.fromActors", added]);
            return 0;
        });
        return command;
    }
}
