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
        var person = new Argument<string>("PERSON") { Description = "The person's name, e-mail or participant id" };
        var yes = new Option<bool>("--yes") { Description = "Confirm: the erasure cannot be undone" };
        var command = new Command("erase", "Remove a person everywhere, including the journal and the search index") { person, yes };
        command.SetAction(parse =>
        {
            if (!parse.GetValue(yes))
                throw new InputException("erasing a person cannot be undone (backups aside); run again with --yes to confirm.", "--yes");
            Meic.Cli.App.Access.RequireCoordinator(context, "an erasure");
            var report = Eraser.Erase(context.Store, parse.GetValue(person)!);
            if (context.Json) context.WriteJson(new { records = report.Records, journalEntries = report.JournalEntries, searchEntries = report.TextEntries });
            else
            {
                context.Console.Write(new Text($"Erased from {report.Documents} records, {report.JournalEntries} journal entries and {report.TextEntries} search entries.\n"));
                foreach (var r in report.Records) context.Console.Write(new Text($"  {r}\n"));
                context.Console.Write(new Text("Older backups still hold the person: erase there too, or let them expire.\n"));
            }
            return 0;
        });
        return command;
    }
}
