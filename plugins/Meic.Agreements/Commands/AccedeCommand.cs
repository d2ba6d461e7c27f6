using System.CommandLine;
using Meic.Agreements.Services;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement accede ID --party ACTOR[:role] --by NAME [--commit …] [--on DATE]</c>: a new party joins an agreement in force.</summary>
internal static class AccedeCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var party = new Option<string>("--party") { Description = cli.S["opt.party"], Required = true };
        var by = AgreementsCli.One("--by", cli.S["opt.by"]);
        var on = AgreementsCli.One("--on", cli.S["opt.on"]);
        var commits = AgreementsCli.Many("--commit", cli.S["opt.commit"]);
        var command = new Command("accede", cli.S["cmd.accede"]) { id, party, by, on, commits };
        command.SetAction(parse =>
        {
            var a = cli.Service(withCatalog: false).Accede(parse.GetValue(id)!, Inputs.Party(parse.GetValue(party)!, cli.S), parse.GetValue(by),
                Inputs.Date(parse.GetValue(on), cli.Today, "--on", cli.Ctx.Language), (parse.GetValue(commits) ?? []).Select(x => Inputs.Commitment(x, cli.S)).ToList());
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = a.Id, status = a.Status, version = a.Edition, parties = a.Parties.Count(p => p.Active) });
            else cli.Line(cli.S["accede.done", Inputs.Party(parse.GetValue(party)!, cli.S).ActorId, a.Id, a.Edition]);
            return 0;
        });
        return command;
    }
}
