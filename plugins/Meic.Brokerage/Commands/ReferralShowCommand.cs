using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker referral show REFERRAL</c>: state, consent, history and the version to edit against.</summary>
internal static class ReferralShowCommand
{
    public static Command Create(IMeicContext ctx, Strings s)
    {
        var id = new Argument<string>("REFERRAL");
        var command = new Command("show", s["cmd.referral.show"]) { id };
        command.SetAction(p =>
        {
            var r = ReferralWorkflow.Load(ctx.Store, p.GetValue(id)!, null, s);
            if (ctx.Json) { ctx.WriteJson(new { referral = r, version = r.Version }); return 0; }
            Output.Line(ctx, $"{r.Id}  {r.CaseCode}  {r.FromActorId} → {r.ToActorId} ({r.ServiceId})  {Names.Kebab(r.Status)}  version {r.Version}");
            Output.Line(ctx, $"consent: {r.Consent.Kind}{(r.Consent.Overridden ? $" (overridden by {r.Consent.OverriddenBy}, role {r.Consent.OverrideRole}: {r.Consent.OverrideReason})" : "")}");
            if (r.RejectReason is not null) Output.Line(ctx, $"rejected: {r.RejectReason}");
            if (r.Successful is { } ok) Output.Line(ctx, $"outcome: {(ok ? "successful" : "unsuccessful")} {r.OutcomeReason}");
            foreach (var h in r.History) Output.Line(ctx, $"  {h.At}  {Names.Kebab(h.Status)}  {h.By}  {h.Note}");
            return 0;
        });
        return command;
    }
}
