using System.CommandLine;
using Meic.Sdk.Text;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement circulate ID</c>: the draft's text is frozen and sent round for signature.</summary>
internal static class CirculateCommand
{
    public static Command Create(AgreementsCli cli)
    {
        var id = AgreementsCli.Id("AGREEMENT", cli.S["arg.agreement"]);
        var command = new Command("circulate", cli.S["cmd.circulate"]) { id };
        command.SetAction(parse =>
        {
            var a = cli.Service(withCatalog: false).Circulate(parse.GetValue(id)!);
            if (cli.Ctx.Json) cli.Ctx.WriteJson(new { id = a.Id, status = a.Status, version = a.Edition });
            else cli.Line(cli.S["status.now", a.Id, cli.Data().Status(a.Status)]);
            return 0;
        });
        return command;
    }
}
