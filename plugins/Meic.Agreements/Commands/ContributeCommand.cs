using System.CommandLine;
using System.Globalization;
using Meic.Agreements.Services;
using Meic.Sdk.Errors;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement contribute ID --party ACTOR --amount N [--commitment C | --kind K] [--date D] [--description …]</c>.</summary>
internal static class ContributeCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var party = new Option<string>("--party") { Description = cli.S["opt.partyOne"], Required = true };
        var amount = new Option<string>("--amount") { Description = cli.S["opt.amount"], Required = true };
        var commitment = AgreementsCli.One("--commitment", cli.S["opt.commitment"]);
        var kind = AgreementsCli.One("--kind", cli.S["opt.kind"]);
        var date = AgreementsCli.One("--date", cli.S["opt.on"]);
        var description = AgreementsCli.One("--description", cli.S["opt.description"]);
        var command = new Command("contribute", cli.S["cmd.contribute"]) { id, party, amount, commitment, kind, date, description };
        command.SetAction(parse =>
        {
            if (!decimal.TryParse(parse.GetValue(amount), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                throw new InputException(cli.S["refuse.notNumber", parse.GetValue(amount)], "--amount");
            var c = new ContributionService(cli.Data()).Contribute(parse.GetValue(id)!, parse.GetValue(party)!, parse.GetValue(commitment),
                parse.GetValue(kind) is { } k ? Inputs.Kind(k, "--kind", cli.S) : null, value, Inputs.Date(parse.GetValue(date), cli.Today, "--date", cli.Ctx.Language), parse.GetValue(description));
            if (cli.Ctx.Json) cli.Ctx.WriteJson(c);
            else cli.Line(cli.S["contribute.done", c.Id, c.ActorId, c.Amount, c.CommitmentId]);
            return 0;
        });
        return command;
    }
}
