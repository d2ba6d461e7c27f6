using Meic.Facilitation.Console;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;

namespace Meic.Facilitation.Screens;

/// <summary>
/// The live console as a page of the terminal application (Meetings › r): the same view `meic meeting run` shows full
/// screen. Esc discards an open form, else goes back; leaving saves the note and gives the meeting's lease back.
/// </summary>
internal static class LiveScreen
{
    public static TerminalScreen Create(IMeicContext ctx, string meetingId, TimeProvider? time = null)
    {
        var f = new Store.Facilitation(ctx);
        var m = f.RequireMeeting(meetingId);
        if (m.Status == MeetingStatus.Closed) throw new InputException(f.T["error.closed", m.Id], m.Id);
        f.EnsureEditable(m);
        LiveConsole? console = null;
        return new TerminalScreen
        {
            Title = f.T["screen.live", m.Title],
            Command = $"meic meeting run {meetingId}",
            Help = f.T["screen.live.help"],
            CreateView = _ => console = new LiveConsole(f, meetingId, time ?? TimeProvider.System, takeOver: false),
            Escape = () => console?.Escape() == true,
        };
    }
}
