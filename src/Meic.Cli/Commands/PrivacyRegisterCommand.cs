using System.CommandLine;
using System.Text;
using Meic.Core.Hosting;
using Meic.Core.Privacy;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic privacy register [--out FILE.md]</c>: the record of processing activities, from the data actually held.</summary>
internal static class PrivacyRegisterCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var output = new Option<string?>("--out") { Description = t["privacy.register.opt.out"] };
        var command = new Command("register", t["cmd.privacy.register"]) { output };
        command.SetAction(parse =>
        {
            var periods = Retention.Periods(context.Workspace?.Config.Settings.GetValueOrDefault(Retention.Section));
            var activities = ProcessingRegister.Build(context.Store, periods, ((Meic.Core.Store.IStoreDump)context.Store).SensitiveFieldsOf);
            if (parse.GetValue(output) is { } file)
            {
                file = Path.GetFullPath(file);
                if (File.Exists(file)) throw new InputException(t["privacy.fileExists"], file);
                File.WriteAllText(file, Markdown(context, activities, periods));
            }
            if (context.Json) { context.WriteJson(activities); return 0; }
            var table = new Table().AddColumn(t["privacy.register.collection"]).AddColumn(new TableColumn(t["privacy.register.records"]).RightAligned()).AddColumn(t["privacy.register.purpose"])
                .AddColumn(t["privacy.register.personalData"]).AddColumn(t["privacy.register.encrypted"]).AddColumn(t["privacy.register.retention"]).AddColumn(t["privacy.register.handledBy"]);
            foreach (var a in activities)
                table.AddRow(new Text(Meic.Core.Hosting.CollectionNames.For(a.Collection, t)), new Text(a.Records.ToString()), new Text(Purpose(t, a)),
                    new Text(PersonalData(t, a)), new Text(string.Join(", ", a.EncryptedFields)), new Text(Retained(t, a, periods)), new Text(string.Join(", ", a.HandledBy)));
            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    // The register's data (--json) stays in English; what people read follows their language.
    private static string Purpose(Strings t, ProcessingActivity a) => t[ProcessingRegister.PurposeKey(a.Collection)];

    private static string PersonalData(Strings t, ProcessingActivity a) =>
        a.PersonalData.Count == 0 ? t["privacy.register.noneFound"] : string.Join(", ", a.PersonalData);

    private static string Retained(Strings t, ProcessingActivity a, IReadOnlyDictionary<string, string> periods) =>
        periods.ContainsKey(a.Collection) ? a.Retention : t["privacy.register.notSet"];

    private static string Markdown(MeicContext context, IReadOnlyList<ProcessingActivity> activities, IReadOnlyDictionary<string, string> periods)
    {
        var t = context.Strings;
        var md = new StringBuilder();
        md.AppendLine($"# {t["privacy.register.title"]}").AppendLine();
        md.AppendLine(t["privacy.register.generated", context.Clock.Now.ToString("yyyy-MM-dd"), context.Store.Info.Kind]).AppendLine();
        string[] headings = ["collection", "records", "purpose", "personalData", "encrypted", "retention", "handledBy"];
        md.AppendLine("| " + string.Join(" | ", headings.Select(h => t["privacy.register." + h])) + " |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var a in activities)
            md.AppendLine($"| {a.Collection} | {a.Records} | {Purpose(t, a)} | {PersonalData(t, a)} | {string.Join(", ", a.EncryptedFields)} | {Retained(t, a, periods)} | {string.Join(", ", a.HandledBy)} |");
        return md.ToString();
    }
}
