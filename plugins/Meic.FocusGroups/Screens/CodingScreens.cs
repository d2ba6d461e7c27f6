using System.Globalization;
using Meic.FocusGroups.Commands;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.FocusGroups.Workbench;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;

namespace Meic.FocusGroups.Screens;

/// <summary>
/// Opening a transcript to code it: who is coding (chosen from the coders list when there are several, the login on
/// PostgreSQL), then the coding view of <see cref="CodingView"/> as that coder.
/// </summary>
internal static class CodingScreens
{
    /// <summary>The coding view, after asking who codes when more than one person could.</summary>
    public static ScreenView Open(IMeicContext ctx, Transcript transcript)
    {
        var fs = Ui.Fs(ctx);
        var coders = new Coders(ctx, fs);
        var names = coders.All().Append(ctx.User).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return coders.FixedByLogin || names.Count == 1 ? View(ctx, transcript, coders.Resolve(null)) : Choose(ctx, transcript);
    }

    /// <summary>The coders with how far each has gone on this transcript; Enter codes as the one chosen.</summary>
    public static ListScreen Choose(IMeicContext ctx, Transcript transcript)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        var coders = new Coders(ctx, fs);
        var passes = new Passes(fs);
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        return new ListScreen
        {
            Title = s["screen.coders"],
            Command = "meic focus coder list",
            Columns = [s["col.coder"], new ListColumn(s["col.seen"], true), new ListColumn(s["col.codedTurns"], true), s["col.pass"]],
            Empty = s["coders.none"],
            Rows = () => coders.All().Append(ctx.User).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase).Select(name =>
            {
                var p = passes.ProgressOf(transcript, name);
                return new ListRow(name, [name, $"{N(p.Seen)}/{N(p.Turns)}", N(p.Coded), p.EndedAt is null ? s["progress.open"] : Sdk.Text.Dates.TryParse(p.EndedAt[..10], out var d) ? Sdk.Text.Dates.Format(d, ctx.Language) : p.EndedAt]);
            }).ToList(),
            Actions =
            [
                ScreenAction.Opens("Enter", s["action.codeAs"], row => row is null ? null : View(ctx, transcript, coders.Resolve(row.Id)),
                    row => Shell.Line("meic", "focus", "code", "list", "--session", transcript.SessionId, "--coder", row?.Id ?? "…"), needsRow: true),
                ScreenAction.Opens("a", s["action.addCoder"], _ => AddCoder(ctx, transcript), _ => "meic focus coder add NAME"),
            ],
        };
    }

    private static FormScreen AddCoder(IMeicContext ctx, Transcript transcript)
    {
        var s = Ui.S(ctx);
        return new FormScreen
        {
            Title = s["screen.coder.add"],
            Command = "meic focus coder add",
            Fields = [new FormField { Id = "name", Label = s["field.coderName"], Required = true }],
            CommandFor = v => Shell.Line("meic", "focus", "coder", "add", v["name"].Length == 0 ? "NAME" : v["name"]),
            Save = v =>
            {
                try
                {
                    var coder = new Coders(ctx, Ui.Fs(ctx)).Add(v["name"]);
                    return FormResult.Then(View(ctx, transcript, coder.Name), s["coder.added", coder.Name]);
                }
                catch (InputException e) { return FormResult.Refuse("name", Shell.Reason(e)); }
            },
        };
    }

    /// <summary>The coding view of <paramref name="transcript"/> as <paramref name="coder"/>.</summary>
    public static TerminalScreen View(IMeicContext ctx, Transcript transcript, string coder)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        var session = fs.Session(transcript.SessionId);
        CodingView? view = null;
        return new TerminalScreen
        {
            Title = s["screen.coding", $"{session.Topic} · {transcript.Name}"],
            Command = Shell.Line("meic", "focus", "code", "list", "--session", session.Id, "--coder", coder),
            Help = s["screen.coding.help"],
            CreateView = screen => view = new CodingView(ctx, fs, transcript, coder, screen.Confirm),
            Escape = () => view?.Escape() == true,
            Unsaved = () => view?.Memo is { } memo && memo.Typed.Trim().Length > 0,
        };
    }
}
