using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Privacy;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic privacy purge [--dry-run]</c>: removes records past their collection's retention period.</summary>
internal static class PrivacyPurgeCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var dryRun = new Option<bool>("--dry-run") { Description = t["privacy.purge.opt.dryRun"] };
        var command = new Command("purge", t["cmd.privacy.purge"]) { dryRun };
        command.SetAction(parse =>
        {
            Meic.Cli.App.Access.RequireCoordinator(context, "privacy.purge.what");
            var periods = Retention.Periods(context.Workspace?.Config.Settings.GetValueOrDefault(Retention.Section));
            var expired = Retention.Find(context.Store, periods, context.Clock.Now, t);
            var dry = parse.GetValue(dryRun);
            if (!dry && expired.Count > 0) Retention.Purge(context.Store, expired);
            if (context.Json) { context.WriteJson(new { dryRun = dry, periods, removed = expired }); return 0; }
            if (periods.Count == 0) context.Console.Write(new Text(t["privacy.purge.noPeriods"] + "\n"));
            var table = new Table().AddColumn(t["privacy.purge.collection"]).AddColumn(t["privacy.purge.id"]).AddColumn(t["privacy.purge.lastChanged"]);
            foreach (var e in expired) table.AddRow(new Text(e.Collection), new Text(e.Id), new Text(e.LastChanged == DateTimeOffset.MinValue ? t["privacy.purge.neverJournaled"] : e.LastChanged.ToString("yyyy-MM-dd")));
            if (expired.Count > 0) context.Console.Write(table);
            context.Console.Write(new Text(t[dry ? "privacy.purge.wouldRemove" : "privacy.purge.removed", expired.Count] + "\n"));
            return 0;
        });
        return command;
    }
}
