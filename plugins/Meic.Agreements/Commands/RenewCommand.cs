using System.CommandLine;
using Meic.Agreements.Services;
using Meic.Sdk.Text;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement renew ID --until DATE [--note …]</c>: a new version running to a new end date.</summary>
internal static class RenewCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var until = new Option<string>("--until") { Description = cli.S["opt.until"], Required = true };
        var note = AgreementsCli.One("--note", cli.S["opt.note"]);
        var command = new Command("renew", cli.S["cmd.renew"]) { id, until, note };
        command.SetAction(parse =>
        {
            var a = cli.Service(withCatalog: false).Renew(parse.GetValue(id)!, Inputs.Date(parse.GetValue(until), default, "--until", cli.Ctx.Language), parse.GetValue(note));
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = a.Id, status = a.Status, version = a.Edition, expiresOn = a.ExpiresOn });
            else cli.Line(cli.S["status.now", a.Id, cli.Data().Status(a.Status)] + $" → {a.ExpiresOn:yyyy-MM-dd}");
            return 0;
        });
        return command;
    }
}
