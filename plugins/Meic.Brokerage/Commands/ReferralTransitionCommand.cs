using System.CommandLine;
using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Commands;

/// <summary>
/// <c>meic broker referral accept|reject|revoke|done REFERRAL [--expect-version N]</c>. With
/// --expect-version (the version the operator saw in <c>referral show</c>) a change made meanwhile by
/// another operator is refused with a conflict instead of being overwritten.
/// </summary>
internal static class ReferralTransitionCommand
{
    public static Command Accept(IMeicContext ctx, Strings s)
    {
        var note = new Option<string?>("--note");
        return Build(ctx, s, "accept", s["cmd.referral.accept"], [note], (p, r) => ReferralWorkflow.Accept(ctx.Store, r, ctx.User, ctx.Clock.Now, p.GetValue(note), s));
    }

    public static Command Reject(IMeicContext ctx, Strings s)
    {
        var reason = new Option<string>("--reason") { Description = s["opt.reason"], Required = true };
        return Build(ctx, s, "reject", s["cmd.referral.reject"], [reason], (p, r) => ReferralWorkflow.Reject(ctx.Store, r, ctx.User, ctx.Clock.Now, p.GetValue(reason)!, s));
    }

    public static Command Revoke(IMeicContext ctx, Strings s)
    {
        var reason = new Option<string?>("--reason") { Description = s["opt.reason"] };
        return Build(ctx, s, "revoke", s["cmd.referral.revoke"], [reason], (p, r) => ReferralWorkflow.Revoke(ctx.Store, r, ctx.User, ctx.Clock.Now, p.GetValue(reason), s));
    }

    public static Command Done(IMeicContext ctx, Strings s)
    {
        var successful = new Option<bool>("--successful"); var unsuccessful = new Option<bool>("--unsuccessful");
        var reason = new Option<string?>("--reason") { Description = s["opt.outcomeReason", BrokerVocabularies.Choices(BrokerVocabularies.ReferralOutcome, s.Language)] };
        return Build(ctx, s, "done", s["cmd.referral.done"], [successful, unsuccessful, reason], (p, r) =>
        {
            if (p.GetValue(successful) == p.GetValue(unsuccessful)) throw new InputException(s["refuse.successfulOrNot"], "--successful");
            return ReferralWorkflow.Done(ctx.Store, r, ctx.User, ctx.Clock.Now, p.GetValue(successful), p.GetValue(reason), s);
        });
    }

    private static Command Build(IMeicContext ctx, Strings s, string name, string description, Option[] options, Func<ParseResult, Referral, Referral> apply)
    {
        var id = new Argument<string>("REFERRAL");
        var expect = new Option<long?>("--expect-version") { Description = s["opt.expectVersion"] };
        var command = new Command(name, description) { id, expect };
        foreach (var o in options) command.Add(o);
        command.SetAction(p =>
        {
            var referral = ReferralWorkflow.Load(ctx.Store, p.GetValue(id)!, p.GetValue(expect), s);
            referral = apply(p, referral);
            ctx.Publish(new MeicEvent($"referral.{Names.Kebab(referral.Status)}", referral.Id, new Dictionary<string, object?>
            {
                ["from"] = referral.FromActorId, ["to"] = referral.ToActorId, ["successful"] = referral.Successful,
            }));
            if (ctx.Json) ctx.WriteJson(referral);
            else Output.Line(ctx, s["referral.status", referral.Id, Names.Kebab(referral.Status), referral.Version]);
            return 0;
        });
        return command;
    }
}
