using System.CommandLine;
using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement conflict raise|advance|resolve|note|show|list</c>: the register of disputes.</summary>
internal static class ConflictCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var s = cli.S;
        var group = new Command("conflict", s["cmd.conflict"]);

        var agreement = AgreementsCli.Id("AGREEMENT", s["arg.agreement"]);
        var parties = AgreementsCli.Many("--party", s["opt.conflictParty"]);
        var subject = new Option<string>("--subject") { Description = s["opt.subject"], Required = true };
        var clause = AgreementsCli.One("--clause", s["opt.clause"]);
        var mediators = AgreementsCli.Many("--mediator", s["opt.mediator"]);
        var on = AgreementsCli.One("--on", s["opt.on"]);
        var raise = new Command("raise", s["cmd.conflict.raise"]) { agreement, parties, subject, clause, mediators, on };
        raise.SetAction(parse =>
        {
            var c = new ConflictService(cli.Data()).Raise(parse.GetValue(agreement)!, parse.GetValue(parties) ?? [], parse.GetValue(subject)!, parse.GetValue(clause),
                Inputs.Date(parse.GetValue(on), cli.Today, "--on", cli.Ctx.Language), parse.GetValue(mediators) ?? []);
            return Done(cli, c);
        });

        var conflictId = AgreementsCli.Id("CONFLICT", s["arg.conflict"]);
        var note = AgreementsCli.One("--note", s["opt.note"]);
        var confidential = new Option<bool>("--confidential") { Description = s["opt.confidential"] };
        var advance = new Command("advance", s["cmd.conflict.advance"]) { conflictId, note, confidential };
        advance.SetAction(parse => Done(cli, new ConflictService(cli.Data()).Advance(parse.GetValue(conflictId)!, parse.GetValue(note), parse.GetValue(confidential))));

        var conflictId2 = AgreementsCli.Id("CONFLICT", s["arg.conflict"]);
        var outcome = new Option<string>("--outcome") { Description = s["opt.outcome"], Required = true };
        var resolve = new Command("resolve", s["cmd.conflict.resolve"]) { conflictId2, outcome };
        resolve.SetAction(parse => Done(cli, new ConflictService(cli.Data()).Resolve(parse.GetValue(conflictId2)!, parse.GetValue(outcome)!)));

        var conflictId3 = AgreementsCli.Id("CONFLICT", s["arg.conflict"]);
        var text = new Option<string>("--text") { Description = s["opt.noteText"], Required = true };
        var confidential3 = new Option<bool>("--confidential") { Description = s["opt.confidential"] };
        var addNote = new Command("note", s["cmd.conflict.note"]) { conflictId3, text, confidential3 };
        addNote.SetAction(parse => Done(cli, new ConflictService(cli.Data()).Note(parse.GetValue(conflictId3)!, parse.GetValue(text)!, parse.GetValue(confidential3))));

        var conflictId4 = AgreementsCli.Id("CONFLICT", s["arg.conflict"]);
        var show = new Command("show", s["cmd.conflict.show"]) { conflictId4 };
        show.SetAction(parse =>
        {
            var data = cli.Data();
            var service = new ConflictService(data);
            var c = service.Get(parse.GetValue(conflictId4)!);
            var (notes, withheld) = service.NotesFor(c);
            if (cli.Ctx.Json)
            {
                cli.Ctx.WriteJson(new { c.Id, c.AgreementId, c.Parties, c.Subject, c.Clause, c.RaisedOn, c.Stage, c.StageDeadline, c.Status, c.Outcome, overdue = ConflictService.Overdue(c, data.Today), c.Steps, notes, withheldNotes = withheld });
                return 0;
            }
            cli.Line($"{c.Id}  {c.Subject}");
            cli.Line(s["conflict.detail", c.AgreementId, string.Join(", ", c.Parties.Select(data.ActorName)), c.Clause ?? "—", c.RaisedOn.ToString("yyyy-MM-dd"), Names.Kebab(c.Status)]);
            foreach (var step in c.Steps)
                cli.Line($"  {Names.Kebab(step.Stage),-10} {step.From:yyyy-MM-dd} → {step.Deadline:yyyy-MM-dd}{(step.Left is { } l ? $" ({s["conflict.left"]} {l:yyyy-MM-dd})" : "")}");
            if (ConflictService.Overdue(c, data.Today)) cli.Line("  " + s["conflict.overdue"]);
            if (c.Outcome is not null) cli.Line(s["conflict.outcome", c.Outcome]);
            foreach (var n in notes) cli.Line($"  [{n.On:yyyy-MM-dd} {n.By}{(n.Confidential ? ", " + s["conflict.confidential"] : "")}] {n.Text}");
            if (withheld > 0) cli.Line(s["conflict.withheld", withheld]);
            return 0;
        });

        var agreementFilter = new Argument<string?>("AGREEMENT") { Description = s["arg.agreement"], Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = s["opt.all"] };
        var asOf = AgreementsCli.One("--as-of", s["opt.asOf"]);
        var list = new Command("list", s["cmd.conflict.list"]) { agreementFilter, all, asOf };
        list.SetAction(parse =>
        {
            var data = cli.Data(Inputs.OptionalDate(parse.GetValue(asOf), "--as-of", cli.Ctx.Language));
            var rows = (parse.GetValue(agreementFilter) is { } a ? data.Conflicts.Find(("agreementId", data.Agreement(a).Id)) : data.Conflicts.All())
                .Where(c => parse.GetValue(all) || c.Status == ConflictStatus.Open).ToList();
            if (cli.Ctx.Json)
            {
                cli.Ctx.WriteJson(rows.Select(c => new { c.Id, c.AgreementId, c.Parties, c.Subject, c.Clause, c.RaisedOn, c.Stage, c.StageDeadline, c.Status, c.Outcome, overdue = ConflictService.Overdue(c, data.Today) }));
                return 0;
            }
            if (rows.Count == 0) { cli.Line(s["conflict.none"]); return 0; }
            var table = new Table().AddColumns(s["col.id"], s["col.agreement"], s["col.parties"], s["col.subject"], s["col.stage"], s["col.deadline"], s["col.status"]);
            foreach (var c in rows)
                table.AddRow(new Text(c.Id), new Text(c.AgreementId), new Text(string.Join(", ", c.Parties)), new Text(c.Subject), new Text(Names.Kebab(c.Stage)),
                    new Text(c.StageDeadline.ToString("yyyy-MM-dd") + (ConflictService.Overdue(c, data.Today) ? " " + s["conflict.overdue"] : ""),
                        ConflictService.Overdue(c, data.Today) ? new Style(Color.Red) : Style.Plain),
                    new Text(Names.Kebab(c.Status)));
            cli.Ctx.Console.Write(table);
            return 0;
        });

        group.Add(raise); group.Add(advance); group.Add(resolve); group.Add(addNote); group.Add(show); group.Add(list);
        return group;
    }

    private static int Done(AgreementsCli cli, ConflictCase c)
    {
        if (cli.Ctx.Json) cli.Ctx.WriteJson(new { c.Id, c.AgreementId, c.Stage, c.StageDeadline, c.Status, c.Outcome });
        else if (c.Status == ConflictStatus.Resolved) cli.Line(cli.S["conflict.resolved", c.Id, c.Outcome]);
        else cli.Line(cli.S["conflict.at", c.Id, Names.Kebab(c.Stage), c.StageDeadline.ToString("yyyy-MM-dd")]);
        return 0;
    }
}
