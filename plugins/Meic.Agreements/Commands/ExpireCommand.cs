using System.CommandLine;
using Meic.Sdk.Text;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement expire ID [--early --note …]</c>.</summary>
internal static class ExpireCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var early = new Option<bool>("--early") { Description = cli.S["opt.early"] };
        var note = AgreementsCli.One("--note", cli.S["opt.note"]);
        var command = new Command("expire", cli.S["cmd.expire"]) { id, early, note };
        command.SetAction(parse =>
        {
            var a = cli.Service(withCatalog: false).Expire(parse.GetValue(id)!, parse.GetValue(early), parse.GetValue(note));
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = a.Id, status = a.Status });
            else cli.Line(cli.S["status.now", a.Id, cli.Data().Status(a.Status)]);
            return 0;
        });
        return command;
    }
}
