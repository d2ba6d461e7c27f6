using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker refer --case CODE --from ACTOR --service ID --consent written|verbal|none [--override --reason]</c>.</summary>
internal static class ReferCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var caseCode = new Option<string>("--case") { Description = s["opt.case"], Required = true };
        var from = new Option<string>("--from") { Description = s["opt.from"], Required = true };
        var service = new Option<string>("--service") { Description = s["opt.service"], Required = true };
        var consent = new Option<string>("--consent") { Description = s["opt.consent", BrokerVocabularies.Choices(BrokerVocabularies.ConsentKind, s.Language)], DefaultValueFactory = _ => "none" };
        var need = new Option<string?>("--need") { Description = s["opt.need"] };
        var overrideConsent = new Option<bool>("--override") { Description = s["opt.override"] };
        var reason = new Option<string?>("--reason") { Description = s["opt.reason"] };
        var command = new Command("refer", s["cmd.refer"]) { caseCode, from, service, consent, need, overrideConsent, reason };
        command.SetAction(p =>
        {
            var policy = ConsentPolicy.From(ctx);
            var referral = ReferralWorkflow.Create(ctx.Store,
                new ReferralRequest(p.GetValue(caseCode)!, p.GetValue(from)!, p.GetValue(service)!, p.GetValue(consent)!, p.GetValue(need),
                    p.GetValue(overrideConsent), p.GetValue(reason)),
                policy, ctx.Clock.Now, s);
            ctx.Publish(new MeicEvent("referral.created", referral.Id, new Dictionary<string, object?>
            {
                ["from"] = referral.FromActorId, ["to"] = referral.ToActorId, ["service"] = referral.ServiceId, ["consentOverridden"] = referral.Consent.Overridden,
            }));
            if (ctx.Json) { ctx.WriteJson(referral); return 0; }
            Output.Line(ctx, s["referral.created", referral.Id, referral.CaseCode, referral.ToActorId, referral.ServiceId]);
            if (referral.Consent.Overridden) Output.Line(ctx, s["referral.overridden", policy.User, policy.Role ?? "-"]);
            return 0;
        });
        return command;
    }
}
