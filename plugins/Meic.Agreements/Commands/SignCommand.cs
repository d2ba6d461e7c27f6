using System.CommandLine;
using Meic.Agreements.Services;
using Meic.Sdk.Text;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement sign ID --party ACTOR --by NAME [--role R] [--on DATE]</c>.</summary>
internal static class SignCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var party = new Option<string>("--party") { Description = cli.S["opt.partyOne"], Required = true };
        var by = AgreementsCli.One("--by", cli.S["opt.by"]);
        var role = AgreementsCli.One("--role", cli.S["opt.role"]);
        var on = AgreementsCli.One("--on", cli.S["opt.on"]);
        var command = new Command("sign", cli.S["cmd.sign"]) { id, party, by, role, on };
        command.SetAction(parse =>
        {
            var a = cli.Service(withCatalog: false).Sign(parse.GetValue(id)!, parse.GetValue(party)!, parse.GetValue(by), parse.GetValue(role),
                Inputs.Date(parse.GetValue(on), cli.Today, "--on", cli.Ctx.Language));
            var signed = a.Parties.Count(p => p.SignedOn is not null);
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = a.Id, status = a.Status, signed, parties = a.Parties.Count });
            else cli.Line(cli.S["sign.done", parse.GetValue(party), a.Id, signed, a.Parties.Count, Names.Kebab(a.Status)]);
            return 0;
        });
        return command;
    }
}
