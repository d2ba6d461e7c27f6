using System.CommandLine;
using Meic.Agreements.Model;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement list</c>.</summary>
internal static class ListCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var command = new Command("list", cli.S["cmd.list"]);
        command.SetAction(_ =>
        {
            var data = cli.Data();
            var open = data.Conflicts.Find(("status", "open"));
            var rows = data.Agreements.All().Select(a => new
            {
                id = a.Id, title = a.Title, status = a.Status, version = a.Edition, template = a.Template,
                parties = a.Parties.Count(p => p.Active), signed = a.Parties.Count(p => p.SignedOn is not null && p.Active),
                startsOn = a.StartsOn, expiresOn = a.ExpiresOn, openConflicts = open.Count(c => c.AgreementId == a.Id),
            }).ToList();
            if (cli.Ctx.Json) { cli.Ctx.WriteJson(rows); return 0; }
            if (rows.Count == 0) { cli.Line(cli.S["list.none"]); return 0; }
            var table = new Table().AddColumns(cli.S["col.id"], cli.S["col.status"], cli.S["col.version"], cli.S["col.parties"], cli.S["col.signed"], cli.S["col.expires"], cli.S["col.conflicts"]);
            foreach (var r in rows)
                table.AddRow(new Text(r.id), new Text(Names.Kebab(r.status)), new Text(r.version.ToString()), new Text(r.parties.ToString()),
                    new Text($"{r.signed}/{r.parties}"), new Text(r.expiresOn?.ToString("yyyy-MM-dd") ?? ""), new Text(r.openConflicts.ToString()));
            cli.Ctx.Console.Write(table);
            return 0;
        });
        return command;
    }
}
