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
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list what would be removed" };
        var command = new Command("purge", "Remove records kept longer than their retention period (settings.\"meic.privacy\".\"retention.COLLECTION\")") { dryRun };
        command.SetAction(parse =>
        {
            Meic.Cli.App.Access.RequireCoordinator(context, "a retention purge");
            var periods = Retention.Periods(context.Workspace?.Config.Settings.GetValueOrDefault(Retention.Section));
            var expired = Retention.Find(context.Store, periods, context.Clock.Now);
            var dry = parse.GetValue(dryRun);
            if (!dry && expired.Count > 0) Retention.Purge(context.Store, expired);
            if (context.Json) { context.WriteJson(new { dryRun = dry, periods, removed = expired }); return 0; }
            if (periods.Count == 0) context.Console.Write(new Text("No retention periods are set: add settings.\"meic.privacy\".\"retention.COLLECTION\" = \"5y\" to toolkit.json.\n"));
            var table = new Table().AddColumn("collection").AddColumn("id").AddColumn("last changed");
            foreach (var e in expired) table.AddRow(new Text(e.Collection), new Text(e.Id), new Text(e.LastChanged == DateTimeOffset.MinValue ? "never journaled" : e.LastChanged.ToString("yyyy-MM-dd")));
            if (expired.Count > 0) context.Console.Write(table);
            context.Console.Write(new Text($"{expired.Count} records {(dry ? "would be" : "were")} removed, with their history.\n"));
            return 0;
        });
        return command;
    }
}
