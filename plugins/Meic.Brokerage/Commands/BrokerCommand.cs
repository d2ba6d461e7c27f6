using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.Brokerage.Commands;

/// <summary><c>meic broker</c>: the directory, needs, matches, referrals and orientation scripts.</summary>
internal static class BrokerCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = BrokeragePlugin.Strings(ctx);
        var services = new Command("services", s["cmd.services"])
        {
            ServicesAddCommand.Create(ctx, s), ServicesListCommand.Create(ctx, s), ServicesSearchCommand.Create(ctx, s),
            ServicesEditCommand.Create(ctx, s), ServicesImportCommand.Create(ctx, s), ServicesExportCommand.Create(ctx, s), ServicesRemoveCommand.Create(ctx, s),
            ServicesFromActorsCommand.Create(ctx, s),
        };
        var needs = new Command("needs", s["cmd.needs"]) { NeedsAddCommand.Create(ctx, s), NeedsListCommand.Create(ctx, s) };
        var referral = new Command("referral", s["cmd.referral"])
        {
            ReferralTransitionCommand.Accept(ctx, s), ReferralTransitionCommand.Reject(ctx, s), ReferralTransitionCommand.Revoke(ctx, s),
            ReferralTransitionCommand.Done(ctx, s), ReferralListCommand.Create(ctx, s), ReferralShowCommand.Create(ctx, s),
        };
        var scripts = new Command("scripts", s["cmd.scripts"])
        {
            ScriptsListCommand.Create(ctx, s), ScriptsShowCommand.Create(ctx, s), ScriptsAnswerCommand.Create(ctx, s), ScriptsImportCommand.Create(ctx, s), ScriptsExportCommand.Create(ctx, s),
        };
        return new Command("broker", s["cmd.broker"])
        {
            services, needs, MatchCommand.Create(ctx, s), TakeCommand.Create(ctx, s), OutcomeCommand.Create(ctx, s),
            ReferCommand.Create(ctx, s), referral, scripts,
        };
    }
}
