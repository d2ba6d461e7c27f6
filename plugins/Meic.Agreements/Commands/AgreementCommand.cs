using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.Agreements.Commands;

/// <summary><c>meic agreement …</c>: wires the subcommands.</summary>
internal static class AgreementCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var cli = new AgreementsCli(ctx);
        return new Command("agreement", cli.S["cmd.agreement"])
        {
            TemplatesCommand.Create(cli),
            ClausesCommand.Create(cli),
            DraftCommand.Create(cli),
            EditCommand.Create(cli),
            RenderCommand.Create(cli),
            ListCommand.Create(cli),
            ShowCommand.Create(cli),
            CirculateCommand.Create(cli),
            SignCommand.Create(cli),
            AmendCommand.Create(cli),
            AccedeCommand.Create(cli),
            ExitCommand.Create(cli),
            ExpireCommand.Create(cli),
            RenewCommand.Create(cli),
            DiffCommand.Create(cli),
            CommitmentsCommand.Create(cli),
            ContributeCommand.Create(cli),
            FreeRidingCommand.Create(cli),
            ConflictCommand.Create(cli),
        };
    }
}
