using System.CommandLine;
using Meic.Agreements.Services;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement commitments ID</c>: each party's commitments and what it contributed so far.</summary>
internal static class CommitmentsCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var command = new Command("commitments", cli.S["cmd.commitments"]) { id };
        command.SetAction(parse =>
        {
            var data = cli.Data();
            var a = data.Agreement(parse.GetValue(id)!);
            var rows = CommitmentProgress.For(a, data.CommitmentsOf(a.Id), data.ContributionsOf(a.Id))
                .OrderBy(p => p.Commitment.ActorId, StringComparer.Ordinal).ToList();
            if (cli.Ctx.Json)
            {
                cli.Ctx.WriteJson(rows.Select(p => new
                {
                    id = p.Commitment.Id, actorId = p.Commitment.ActorId, kind = p.Commitment.Kind, description = p.Commitment.Description,
                    amount = p.Commitment.Amount, unit = p.Commitment.Unit, clause = p.Commitment.Clause, contributed = p.Contributed, contributions = p.Count, complete = p.Complete,
                }));
                return 0;
            }
            var table = new Table().AddColumns(cli.S["col.id"], cli.S["col.party"], cli.S["col.kind"], cli.S["col.description"], cli.S["col.committed"], cli.S["col.contributed"]);
            foreach (var p in rows)
                table.AddRow(new Text(p.Commitment.Id), new Text(data.ActorName(p.Commitment.ActorId)), new Text(Names.Kebab(p.Commitment.Kind)), new Text(p.Commitment.Description),
                    new Text($"{p.Commitment.Amount?.ToString() ?? "—"} {p.Commitment.Unit}"), new Text(p.Commitment.Kind == Model.CommitmentKind.Attendance ? cli.S["commitments.fromMeetings"] : p.Contributed.ToString()));
            cli.Ctx.Console.Write(table);
            return 0;
        });
        return command;
    }
}
