using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker referral list [--status] [--case]</c>.</summary>
internal static class ReferralListCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var status = new Option<string?>("--status") { Description = s["opt.referralStatus", BrokerVocabularies.Choices(BrokerVocabularies.ReferralStatus, s.Language)] };
        var caseCode = new Option<string?>("--case") { Description = s["opt.case"] };
        var command = new Command("list", s["cmd.referral.list"]) { status, caseCode };
        command.SetAction(p =>
        {
            IEnumerable<Referral> referrals = ctx.Store.Collection<Referral>(Collections.Referrals).All();
            if (p.GetValue(status) is { } st)
            {
                if (!Names.TryParse<ReferralStatus>(BrokerVocabularies.Get(BrokerVocabularies.ReferralStatus).TryParse(st, out var term) ? term.Id : st, out var parsed))
                    throw new InputException(BrokerVocabularies.Get(BrokerVocabularies.ReferralStatus).Refusal(st, s.Language), "--status");
                referrals = referrals.Where(r => r.Status == parsed);
            }
            if (p.GetValue(caseCode) is { } c) referrals = referrals.Where(r => string.Equals(r.CaseCode, c, StringComparison.OrdinalIgnoreCase));
            var list = referrals.OrderBy(r => r.CreatedOn).ThenBy(r => r.Id).ToList();
            if (ctx.Json) { ctx.WriteJson(list); return 0; }
            if (list.Count == 0) { Output.Line(ctx, s["referral.none"]); return 0; }
            Output.Table(ctx, [s["col.id"], s["col.case"], s["col.from"], s["col.to"], s["col.service"], s["col.status"], s["col.consent"], s["col.created"]],
                list.Select(r => new[]
                {
                    r.Id, r.CaseCode, r.FromActorId, r.ToActorId, r.ServiceId, Names.Kebab(r.Status) + (r.Successful is { } ok ? (ok ? " ✓" : " ✗") : ""),
                    r.Consent.Overridden ? "override" : r.Consent.Kind, r.CreatedOn,
                }));
            return 0;
        });
        return command;
    }
}
