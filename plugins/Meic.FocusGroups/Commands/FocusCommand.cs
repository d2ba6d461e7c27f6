using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Commands;

/// <summary><c>meic focus …</c>: wires the subcommands.</summary>
public static class FocusCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        Command Group(string name, params Command[] children)
        {
            var g = new Command(name, s[$"cmd.{name}"]);
            foreach (var c in children) g.Subcommands.Add(c);
            return g;
        }
        var root = new Command("focus", s["cmd.focus"]);
        root.Subcommands.Add(Group("session", SessionAddCommand.Create(ctx), SessionListCommand.Create(ctx), SessionShowCommand.Create(ctx), SessionLinkCommand.Create(ctx)));
        root.Subcommands.Add(Group("consent", ConsentRecordCommand.Create(ctx), ConsentWithdrawCommand.Create(ctx)));
        root.Subcommands.Add(Group("transcript", TranscriptImportCommand.Create(ctx), TranscriptShowCommand.Create(ctx)));
        root.Subcommands.Add(SearchCommand.Create(ctx));
        root.Subcommands.Add(Group("codebook", CodebookAddCommand.Create(ctx), CodebookEditCommand.Create(ctx), CodebookListCommand.Create(ctx), CodebookImportCommand.Create(ctx), CodebookExportCommand.Create(ctx)));
        root.Subcommands.Add(Group("code", CodeApplyCommand.Create(ctx), CodeListCommand.Create(ctx), CodeRemoveCommand.Create(ctx)));
        root.Subcommands.Add(Group("coder", CoderAddCommand.Create(ctx), CoderListCommand.Create(ctx)));
        root.Subcommands.Add(Group("pass", PassEndCommand.Create(ctx)));
        root.Subcommands.Add(ProgressCommand.Create(ctx));
        root.Subcommands.Add(Group("memo", MemoAddCommand.Create(ctx), MemoListCommand.Create(ctx)));
        root.Subcommands.Add(Group("report", ReportFrequenciesCommand.Create(ctx), ReportCooccurrenceCommand.Create(ctx), ReportQuotesCommand.Create(ctx)));
        root.Subcommands.Add(CompareCommand.Create(ctx));
        root.Subcommands.Add(AgreementCommand.Create(ctx));
        root.Subcommands.Add(ExportCommand.Create(ctx));
        root.Subcommands.Add(ImportCommand.Create(ctx));
        return root;
    }
}
