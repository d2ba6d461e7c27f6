using System.CommandLine;
using Meic.Core.Hosting;

namespace Meic.Cli.Commands;

/// <summary><c>meic privacy …</c>: data subjects' rights, retention and the register of processing activities.</summary>
internal static class PrivacyCommand
{
    public static Command Create(MeicContext context) =>
        new("privacy", context.Strings["cmd.privacy"])
        {
            PrivacyExportCommand.Create(context),
            PrivacyEraseCommand.Create(context),
            PrivacyPurgeCommand.Create(context),
            PrivacyRegisterCommand.Create(context),
            PrivacyRotateKeyCommand.Create(context),
        };
}
