using System.CommandLine;
using Meic.Agreements.Services;
using Meic.Sdk.Text;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement exit ID --party ACTOR [--on DATE] [--reason …] | --complete</c>: notice of exit, then the exit itself.</summary>
internal static class ExitCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var party = new Option<string>("--party") { Description = cli.S["opt.partyOne"], Required = true };
        var on = AgreementsCli.One("--on", cli.S["opt.on"]);
        var reason = AgreementsCli.One("--reason", cli.S["opt.reason"]);
        var complete = new Option<bool>("--complete") { Description = cli.S["opt.complete"] };
        var command = new Command("exit", cli.S["cmd.exit"]) { id, party, on, reason, complete };
        command.SetAction(parse =>
        {
            var service = cli.Service(withCatalog: false);
            var (a, p, pending) = parse.GetValue(complete)
                ? service.CompleteExit(parse.GetValue(id)!, parse.GetValue(party)!)
                : service.NoticeExit(parse.GetValue(id)!, parse.GetValue(party)!, Inputs.Date(parse.GetValue(on), cli.Today, "--on", cli.Ctx.Language), parse.GetValue(reason));
            if (cli.Ctx.Json)
            {
                cli.Ctx.WriteJson(new
                {
                    id = a.Id, party = p.ActorId, p.ExitNoticeOn, p.ExitEffectiveOn, p.ExitedOn,
                    pending = pending.Select(x => new { x.Commitment.Id, x.Commitment.Kind, x.Commitment.Description, x.Commitment.Amount, x.Commitment.Unit, x.Contributed }),
                });
                return 0;
            }
            cli.Line(p.ExitedOn is { } left ? cli.S["exit.done", p.ActorId, a.Id, left.ToString("yyyy-MM-dd")]
                : cli.S["exit.notice", p.ActorId, a.Id, p.ExitNoticeOn?.ToString("yyyy-MM-dd"), p.ExitEffectiveOn?.ToString("yyyy-MM-dd"), Inputs.Days(a, "notice_days", 90)]);
            if (pending.Count == 0) cli.Line(cli.S["exit.noPending"]);
            else
            {
                cli.Line(cli.S["exit.pending"]);
                foreach (var x in pending)
                    cli.Line($"  - {Names.Kebab(x.Commitment.Kind)}: {x.Commitment.Description} ({x.Contributed}/{x.Commitment.Amount?.ToString() ?? "?"} {x.Commitment.Unit})");
            }
            return 0;
        });
        return command;
    }
}
