using Meic.FocusGroups.Commands;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.FocusGroups.Screens;

/// <summary>The terminal screen for coding turn by turn with keys (CLI equivalent: <c>meic focus code apply --turn</c>).</summary>
public sealed class CodingScreen(IMeicContext ctx) : IScreen
{
    public void Run(IScreenHost host)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        var sessions = fs.Sessions.All().Where(x => fs.TranscriptsOf(x.Id).Count > 0).ToList();
        host.Clear(s["screen.title"]);
        if (sessions.Count == 0)
        {
            host.Console.Write(new Text(s["screen.noSessions"] + "\n"));
            host.ReadKey();
            return;
        }
        var choice = host.Choose(s["screen.chooseSession"], sessions.Select(x => $"{x.Id} — {x.Topic}").ToList());
        if (choice is null) return;
        var coder = host.ReadLine(s["screen.coder", ctx.User]);
        if (coder is null) return;
        var walk = new CodingWalk(fs, sessions[choice.Value].Id, coder.Trim().Length == 0 ? ctx.User : coder.Trim(), ctx.Clock.Now.ToString("O"));
        do Draw(host, walk, s);
        while (walk.Handle(host.ReadKey()));
    }

    private static void Draw(IScreenHost host, CodingWalk walk, Meic.Sdk.Text.Strings s)
    {
        host.Clear(s["screen.title"]);
        if (walk.Current is not { } turn) { host.Console.Write(new Text(s["screen.noTurns"] + "\n")); return; }
        host.Console.Write(new Text(s["screen.position", walk.Position + 1, walk.Turns.Count, walk.Coder] + "\n\n"));
        host.Console.Write(new Panel(new Text(turn.Text)).Header(new PanelHeader(Markup.Escape($"{turn.Speaker}{(turn.Time is null ? "" : $" [{turn.Time}]")}"))));
        var applied = walk.Applied().Select(c => c.Id).ToHashSet();
        var table = new Table().Border(TableBorder.None).AddColumn("").AddColumn("");
        foreach (var (key, code) in walk.Keys)
            table.AddRow(new Text($"[{key}]"), new Text((applied.Contains(code.Id) ? "● " : "  ") + code.Name, applied.Contains(code.Id) ? new Style(decoration: Decoration.Bold) : Style.Plain));
        host.Console.Write(table);
        host.Console.Write(new Text(s["screen.help"] + "\n"));
    }
}
