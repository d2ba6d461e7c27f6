using System.CommandLine;
using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement show ID [--text] [--edition N]</c>: status, parties and signatures, open disputes; or the text.</summary>
internal static class ShowCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var text = new Option<bool>("--text") { Description = cli.S["opt.text"] };
        var edition = new Option<int?>("--edition") { Description = cli.S["opt.edition"] };
        var command = new Command("show", cli.S["cmd.show"]) { id, text, edition };
        command.SetAction(parse =>
        {
            var data = cli.Data();
            var agreement = data.Agreement(parse.GetValue(id)!);
            if (parse.GetValue(text) || parse.GetValue(edition) is not null)
            {
                var n = parse.GetValue(edition) ?? agreement.Edition;
                var version = data.Versions.Get(AgreementVersion.IdOf(agreement.Id, n))
                    ?? throw new Meic.Sdk.Errors.InputException(cli.S["refuse.noEdition", agreement.Id, n, agreement.Edition], "--edition");
                if (cli.Ctx.Json) cli.Ctx.WriteJson(version);
                else cli.Ctx.Console.Write(new Text(version.Markdown));
                return 0;
            }
            var conflicts = data.Conflicts.Find(("agreementId", agreement.Id)).Where(c => c.Status == ConflictStatus.Open).ToList();
            var progress = CommitmentProgress.For(agreement, data.CommitmentsOf(agreement.Id), data.ContributionsOf(agreement.Id));
            if (cli.Ctx.Json)
            {
                cli.Ctx.WriteJson(new
                {
                    agreement, revision = agreement.Version,
                    parties = agreement.Parties.Select(p => new { p.ActorId, name = data.ActorName(p.ActorId), p.Role, p.SignedOn, p.SignedBy, p.ExitNoticeOn, p.ExitEffectiveOn, p.ExitedOn }),
                    openConflicts = conflicts.Select(c => new { c.Id, c.Subject, c.Stage, c.StageDeadline, overdue = ConflictService.Overdue(c, data.Today) }),
                    commitments = progress.Select(p => new { p.Commitment.Id, p.Commitment.ActorId, p.Commitment.Kind, p.Commitment.Amount, p.Commitment.Unit, p.Contributed, p.Complete }),
                });
                return 0;
            }
            Write(cli, data, agreement, conflicts);
            return 0;
        });
        return command;
    }

    public static void Write(AgreementsCli cli, AgreementStore data, Agreement agreement, IReadOnlyList<ConflictCase> conflicts)
    {
        var c = cli.Ctx.Console;
        c.Write(new Rule(Markup.Escape(agreement.Title)).LeftJustified());
        cli.Line(cli.S["show.head", agreement.Id, Names.Kebab(agreement.Status), agreement.Edition, agreement.Template, agreement.StartsOn?.ToString("yyyy-MM-dd") ?? "—", agreement.ExpiresOn?.ToString("yyyy-MM-dd") ?? "—"]);
        var table = new Table().AddColumns(cli.S["col.party"], cli.S["col.role"], cli.S["col.signedBy"], cli.S["col.signedOn"], cli.S["col.exit"]);
        foreach (var p in agreement.Parties)
        {
            var exit = p.ExitedOn is { } left ? cli.S["show.left", left.ToString("yyyy-MM-dd")]
                : p.ExitEffectiveOn is { } eff ? cli.S["show.notice", p.ExitNoticeOn?.ToString("yyyy-MM-dd"), eff.ToString("yyyy-MM-dd")] : "";
            table.AddRow(new Text(data.ActorName(p.ActorId) + (p.ByAccession ? " *" : "")), new Text(p.Role ?? ""), new Text(p.SignedBy ?? ""),
                new Text(p.SignedOn?.ToString("yyyy-MM-dd") ?? "—"), new Text(exit));
        }
        c.Write(table);
        if (conflicts.Count == 0) cli.Line(cli.S["show.noConflicts"]);
        else
        {
            cli.Line(cli.S["show.conflicts", conflicts.Count]);
            foreach (var k in conflicts)
                cli.Line($"  {k.Id}  {Names.Kebab(k.Stage)}  {k.StageDeadline:yyyy-MM-dd}{(ConflictService.Overdue(k, data.Today) ? "  " + cli.S["conflict.overdue"] : "")}  {k.Subject}");
        }
    }
}
