using System.CommandLine;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement clauses list|show</c>: the clause library per language.</summary>
internal static class ClausesCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var library = AgreementsCli.One("--library", cli.S["opt.library"]);
        var language = AgreementsCli.One("--in", cli.S["opt.in"]);
        var list = new Command("list", cli.S["cmd.clauses.list"]) { library, language };
        list.SetAction(parse =>
        {
            var catalog = cli.Catalog();
            var libs = catalog.Libraries.Values
                .Where(l => parse.GetValue(library) is not { } n || l.Name == n)
                .Where(l => parse.GetValue(language) is not { } g || l.Language == g)
                .OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
            var rows = libs.SelectMany(l => l.Order.Select(id => l.Clauses[id]).Select(c => new
            {
                library = l.Name, language = l.Language, id = c.Id, required = c.Required, title = c.Title, file = c.File, line = c.Line,
            })).ToList();
            if (cli.Ctx.Json) { cli.Ctx.WriteJson(rows); return 0; }
            var table = new Table().AddColumns(cli.S["col.library"], cli.S["col.id"], cli.S["col.required"], cli.S["col.title"]);
            foreach (var r in rows) table.AddRow(new Text($"{r.library}.{r.language}"), new Text(r.id), new Text(r.required ? "✔" : ""), new Text(r.title));
            cli.Ctx.Console.Write(table);
            return 0;
        });
        var clauseId = AgreementsCli.Id("CLAUSE", cli.S["arg.clause"]);
        var library2 = AgreementsCli.One("--library", cli.S["opt.library"]);
        var language2 = AgreementsCli.One("--in", cli.S["opt.in"]);
        var show = new Command("show", cli.S["cmd.clauses.show"]) { clauseId, library2, language2 };
        show.SetAction(parse =>
        {
            var catalog = cli.Catalog();
            var lang = parse.GetValue(language2) ?? cli.Ctx.Language;
            var found = catalog.Libraries.Values
                .Where(l => l.Language == lang && (parse.GetValue(library2) is not { } n || l.Name == n))
                .Select(l => l.Clauses.GetValueOrDefault(parse.GetValue(clauseId)!)).FirstOrDefault(c => c is not null)
                ?? throw new Meic.Sdk.Errors.InputException(cli.S["refuse.noClauseIn", parse.GetValue(clauseId), lang], "CLAUSE");
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = found.Id, title = found.Title, required = found.Required, text = found.Text, file = found.File, line = found.Line });
            else cli.Line($"{found.Title} [{found.Id}{(found.Required ? cli.S["clause.required"] : "")}]\n\n{found.Text}");
            return 0;
        });
        return new Command("clauses", cli.S["cmd.clauses"]) { list, show };
    }
}
