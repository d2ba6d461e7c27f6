using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker services remove ID</c>: referrals keep their history; new ones to it are refused.</summary>
internal static class ServicesRemoveCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var id = new Argument<string>("ID");
        var command = new Command("remove", s["cmd.services.remove"]) { id };
        command.SetAction(p =>
        {
            var directory = new ServiceDirectory(ctx.Store, BrokeragePlugin.Strings(ctx));
            var service = directory.RequireService(p.GetValue(id)!, "ID");
            var open = ctx.Store.Collection<Referral>(Collections.Referrals).Find(("serviceId", service.Id))
                .Count(r => r.Status is ReferralStatus.InProgress or ReferralStatus.Accepted);
            directory.Services.Delete(service);
            if (ctx.Json) ctx.WriteJson(new { removed = service.Id, openReferrals = open });
            else
            {
                Output.Line(ctx, s["services.removed", service.Id]);
                if (open > 0) Output.Line(ctx, s["services.openReferrals", open]);
            }
            return 0;
        });
        return command;
    }
}
