using Meic.Brokerage.Commands;
using Meic.Brokerage.Screens;
using Meic.Brokerage.Templates;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Brokerage;

/// <summary>Phase iii of the MEIC model: match needs, services and actors; referrals; orientation scripts; the service charter.</summary>
public sealed class BrokeragePlugin : IMeicPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddCollection(new CollectionSpec(Collections.Services).Index("actorId").Index("area").Index("district").Searchable("name").Searchable("description"));
        // A case code identifies a beneficiary; notes and reasons speak of them: sealed, never indexed.
        registry.AddCollection(new CollectionSpec(Collections.Referrals).Sensitive("caseCode").Sensitive("history[*].note").Sensitive("rejectReason").Sensitive("outcomeReason")
            .Sensitive("consent.overrideReason").Index("status").Index("serviceId").Index("fromActorId").Index("toActorId"));
        registry.AddCollection(new CollectionSpec(Collections.Needs).Index("area"));
        registry.AddCollection(new CollectionSpec(Collections.Matches).Index("needId").Index("status"));
        registry.AddCollection(new CollectionSpec(Collections.Scripts).Index("need").Index("language"));
        registry.AddCommand("broker", BrokerCommand.Create);
        registry.AddCommand("charter", CharterCommand.Create);
        registry.AddScreen("broker", ctx => new BrokerScreen(ctx));
        registry.AddTemplateSeeder(BrokerageSeeder.Seed);
    }

    internal static Strings Strings(IMeicContext ctx) => Meic.Sdk.Text.Strings.Load(typeof(BrokeragePlugin).Assembly, "Meic.Brokerage.strings", ctx.Language);
}
