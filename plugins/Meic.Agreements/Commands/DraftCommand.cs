using System.CommandLine;
using Meic.Agreements.Rendering;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement draft --template T --party ID… --var k=v… [--commit …] [--out DIR]</c>.</summary>
internal static class DraftCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var template = new Option<string>("--template", "-t") { Description = cli.S["opt.template"], Required = true };
        var id = AgreementsCli.One("--id", cli.S["opt.id"]);
        var output = AgreementsCli.One("--out", cli.S["opt.out"]);
        var command = new Command("draft", cli.S["cmd.draft"]) { template, id, output };
        var changes = new ChangeOptions(cli, command);
        command.SetAction(parse =>
        {
            var asked = new Dictionary<string, string>();
            while (true)
            {
                try
                {
                    var (agreement, rendered) = cli.Service().Draft(parse.GetValue(template)!, parse.GetValue(id), changes.Read(parse, asked));
                    var files = OutputFiles.Write(agreement, rendered, parse.GetValue(output) ?? Directory.GetCurrentDirectory(), cli.S);
                    if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = agreement.Id, status = agreement.Status, version = agreement.Edition, revision = agreement.Version, markdown = files.Markdown, docx = files.Docx });
                    else
                    {
                        cli.Line(cli.S["draft.done", agreement.Id, agreement.Clauses.Count, agreement.Parties.Count]);
                        cli.Line($"  {files.Markdown}\n  {files.Docx}");
                    }
                    return 0;
                }
                catch (MissingVariablesException missing) when (cli.Ctx.Console.Profile.Capabilities.Interactive && !cli.Ctx.Json)
                {
                    // Asked only at a terminal; scripts and tests get the list and exit 2.
                    foreach (var m in missing.Missing)
                        asked[m.Name] = cli.Ctx.Console.Prompt(new TextPrompt<string>(Markup.Escape($"{m.Name}{(m.Description is null ? "" : $" ({m.Description})")}:")));
                }
            }
        });
        return command;
    }
}
