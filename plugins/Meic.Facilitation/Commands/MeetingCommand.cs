using System.CommandLine;
using Meic.Sdk.Plugins;

namespace Meic.Facilitation.Commands;

/// <summary><c>meic meeting …</c>: wires the subcommands.</summary>
internal static class MeetingCommand
{
    public static Command Create(IMeicContext ctx)
    {
        var f = new Store.Facilitation(ctx);
        var agenda = new Command("agenda", f.T["cmd.agenda"]) { AgendaAddCommand.Create(f) };
        return new Command("meeting", f.T["cmd.meeting"])
        {
            PlanCommand.Create(f),
            ListCommand.Create(f),
            ShowCommand.Create(f),
            agenda,
            InviteCommand.Create(f),
            AttendCommand.Create(f),
            RecordCommands.Decisions(f),
            RecordCommands.Actions(f),
            ExportIcsCommand.Create(f),
            ImportIcsCommand.Create(f),
            RunCommand.Create(f),
            CloseCommand.Create(f),
            PulseCommand.Create(f),
            MinutesCommand.Create(f),
            ApproveCommand.Create(f),
            FormatsCommand.Create(f),
        };
    }
}
