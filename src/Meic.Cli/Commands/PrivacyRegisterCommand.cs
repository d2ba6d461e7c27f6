using System.CommandLine;
using System.Text;
using Meic.Core.Hosting;
using Meic.Core.Privacy;
using Meic.Sdk.Errors;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic privacy register [--out FILE.md]</c>: the record of processing activities, from the data actually held.</summary>
internal static class PrivacyRegisterCommand
{
    public static Command Create(MeicContext context)
    {
        var output = new Option<string?>("--out") { Description = "Also write it as a Markdown document to this new file" };
        var command = new Command("register", "The record of processing activities, generated from the collections that hold data") { output };
        command.SetAction(parse =>
        {
            var periods = Retention.Periods(context.Workspace?.Config.Settings.GetValueOrDefault(Retention.Section));
            var activities = ProcessingRegister.Build(context.Store, periods, ((Meic.Core.Store.IStoreDump)context.Store).SensitiveFieldsOf);
            if (parse.GetValue(output) is { } file)
            {
                file = Path.GetFullPath(file);
                if (File.Exists(file)) throw new InputException("the file exists; choose a new file name.", file);
                File.WriteAllText(file, Markdown(context, activities));
            }
            if (context.Json) { context.WriteJson(activities); return 0; }
            var table = new Table().AddColumn("collection").AddColumn(new TableColumn("records").RightAligned()).AddColumn("purpose")
                .AddColumn("personal data held").AddColumn("encrypted at rest").AddColumn("retention").AddColumn("handled by");
            foreach (var a in activities)
                table.AddRow(new Text(a.Collection), new Text(a.Records.ToString()), new Text(a.Purpose),
                    new Text(a.PersonalData.Count == 0 ? "none found" : string.Join(", ", a.PersonalData)), new Text(string.Join(", ", a.EncryptedFields)), new Text(a.Retention), new Text(string.Join(", ", a.HandledBy)));
            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static string Markdown(MeicContext context, IReadOnlyList<ProcessingActivity> activities)
    {
        var md = new StringBuilder();
        md.AppendLine($"# Record of processing activities").AppendLine();
        md.AppendLine($"Generated on {context.Clock.Now:yyyy-MM-dd} from the {context.Store.Info.Kind} store of this cluster.").AppendLine();
        md.AppendLine("| collection | records | purpose | personal data held | encrypted at rest | retention | handled by |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var a in activities)
            md.AppendLine($"| {a.Collection} | {a.Records} | {a.Purpose} | {(a.PersonalData.Count == 0 ? "none found" : string.Join(", ", a.PersonalData))} | {string.Join(", ", a.EncryptedFields)} | {a.Retention} | {string.Join(", ", a.HandledBy)} |");
        return md.ToString();
    }
}
