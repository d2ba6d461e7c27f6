using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Privacy;
using Meic.Sdk.Errors;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic privacy erase PERSON --yes</c>: removes a person everywhere, history and search index included.</summary>
internal static class PrivacyEraseCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var person = new Argument<string>("PERSON") { Description = t["privacy.arg.person"] };
        var yes = new Option<bool>("--yes") { Description = t["privacy.erase.opt.yes"] };
        var command = new Command("erase", t["cmd.privacy.erase"]) { person, yes };
        command.SetAction(parse =>
        {
            if (!parse.GetValue(yes))
                throw new InputException(t["privacy.erase.confirm"], "--yes");
            Meic.Cli.App.Access.RequireCoordinator(context, "privacy.erase.what");
            var report = Eraser.Erase(context.Store, parse.GetValue(person)!);
            if (context.Json) context.WriteJson(new { records = report.Records, journalEntries = report.JournalEntries, searchEntries = report.TextEntries, toCheck = report.Unsure });
            else
            {
                context.Console.Write(new Text(t["privacy.erase.done", report.Documents, report.JournalEntries, report.TextEntries] + "\n"));
                foreach (var r in report.Records) context.Console.Write(new Text($"  {r}\n"));
                if (report.Unsure.Count > 0)
                {
                    context.Console.Write(new Text(t["privacy.erase.unsure", report.Unsure.Count] + "\n"));
                    foreach (var u in report.Unsure) context.Console.Write(new Text($"  ? {u}\n"));
                }
                context.Console.Write(new Text(t["privacy.erase.backups"] + "\n"));
            }
            return 0;
        });
        return command;
    }
}
