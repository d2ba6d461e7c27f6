using System.CommandLine;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement templates [--check]</c>: the templates a workspace sees; <c>--check</c> lists every problem in the library files.</summary>
internal static class TemplatesCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var check = new Option<bool>("--check") { Description = cli.S["opt.check"] };
        var command = new Command("templates", cli.S["cmd.templates"]) { check };
        command.SetAction(parse =>
        {
            var catalog = cli.Catalog();
            if (parse.GetValue(check))
            {
                if (cli.Ctx.Json) cli.Ctx.WriteJson(new { ok = catalog.Problems.Count == 0, problems = catalog.Problems.Select(p => new { file = p.File, line = p.Line, key = p.Key, message = p.Say(cli.S) }) });
                else if (catalog.Problems.Count == 0) cli.Line(cli.S["templates.ok", catalog.Templates.Count, catalog.Libraries.Count]);
                else foreach (var p in catalog.Problems) cli.Line(p.ToString(cli.S));
                return catalog.Problems.Count == 0 ? 0 : 2;
            }
            var rows = catalog.Templates.Values.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => new
            {
                id = t.Id, language = t.Language, library = t.Library, source = t.Source, clauses = t.Clauses.Count, title = t.Title, description = t.Description, file = t.File,
                variables = (catalog.Library(t.Library, t.Language)?.Variables.Values.AsEnumerable() ?? []).Concat(t.Variables.Values)
                    .GroupBy(v => v.Name).Select(g => g.Last()).Select(v => new { name = v.Name, description = v.Description, @default = v.Default }),
            }).ToList();
            if (cli.Ctx.Json) { cli.Ctx.WriteJson(rows); return 0; }
            var table = new Table().AddColumns(cli.S["col.id"], cli.S["col.language"], cli.S["col.clauses"], cli.S["col.source"], cli.S["col.title"]);
            foreach (var r in rows) table.AddRow(new Text(r.id), new Text(r.language), new Text(r.clauses.ToString()), new Text(Library.LibrarySource.Words(r.source, cli.S)), new Text(cli.TemplateTitle(r.title)));
            cli.Ctx.Console.Write(table);
            if (catalog.Problems.Count > 0) cli.Line(cli.S["templates.problems", catalog.Problems.Count]);
            return 0;
        });
        return command;
    }
}
