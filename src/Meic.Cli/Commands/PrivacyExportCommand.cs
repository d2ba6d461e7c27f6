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
        var person = new Argument<string>("PERSON") { Description = "The person's name, e-mail or participant id" };
        var output = new Option<string?>("--out") { Description = "Write the JSON to this new file instead of the screen" };
        var command = new Command("export", "Everything the cluster holds about a person, as JSON") { person, output };
        command.SetAction(parse =>
        {
            Meic.Cli.App.Access.RequireCoordinator(context, "a subject access export");
            var export = SubjectExport.Of(context.Store, parse.GetValue(person)!);
            if (parse.GetValue(output) is { } file)
            {
                file = Path.GetFullPath(file);
                if (File.Exists(file)) throw new InputException("the file exists; choose a new file name.", file);
                File.WriteAllText(file, export.ToString());
                context.Console.Write(new Text($"Wrote {export["records"]!.Count()} records and {export["history"]!.Count()} journal entries to {file}.\n"));
            }
            else context.Out.WriteLine(export.ToString());
            return 0;
        });
        return command;
    }
}
