using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Privacy;
using Meic.Sdk.Errors;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic privacy export PERSON [--out FILE]</c>: everything held about a person, as JSON (right of access).</summary>
internal static class PrivacyExportCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var person = new Argument<string>("PERSON") { Description = t["privacy.arg.person"] };
        var output = new Option<string?>("--out") { Description = t["privacy.export.opt.out"] };
        var command = new Command("export", t["cmd.privacy.export"]) { person, output };
        command.SetAction(parse =>
        {
            Meic.Cli.App.Access.RequireCoordinator(context, "privacy.export.what");
            var export = SubjectExport.Of(context.Store, parse.GetValue(person)!);
            if (parse.GetValue(output) is { } file)
            {
                file = Path.GetFullPath(file);
                if (File.Exists(file)) throw new InputException(t["privacy.fileExists"], file);
                File.WriteAllText(file, export.ToString());
                context.Console.Write(new Text(t["privacy.export.done", export["records"]!.Count(), export["history"]!.Count(), file] + "\n"));
            }
            else context.Out.WriteLine(export.ToString());
            return 0;
        });
        return command;
    }
}
