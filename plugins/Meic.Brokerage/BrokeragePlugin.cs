using Meic.Brokerage.Commands;
using Meic.Brokerage.Domain;
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
        // The answers a person gave in an orientation interview: saved only with consent, sealed like a referral.
        registry.AddCollection(new CollectionSpec(Collections.Interviews).Sensitive("caseCode").Sensitive("answers[*].answer").Index("scriptId"));
        registry.AddCommand("broker", BrokerCommand.Create);
        registry.AddCommand("charter", CharterCommand.Create);
        registry.AddVocabularies(typeof(BrokeragePlugin).Assembly, BrokerVocabularies.Resource);
        registry.AddScreen("broker-services", screen => ServiceScreens.Directory(screen.Meic));
        registry.AddScreen("broker-needs", screen => NeedScreens.Needs(screen.Meic));
        registry.AddScreen("broker-matches", screen => NeedScreens.Matches(screen.Meic));
        registry.AddScreen("broker-referrals", screen => ReferralScreens.List(screen.Meic));
        registry.AddScreen("broker", screen => ScriptScreens.List(screen.Meic));
        registry.AddTemplateSeeder(BrokerageSeeder.Seed);
    }

    internal static Strings Strings(IMeicContext ctx) => Strings(ctx.Language);

    internal static Strings Strings(string language) => Meic.Sdk.Text.Strings.Load(typeof(BrokeragePlugin).Assembly, "Meic.Brokerage.strings", language);
}
