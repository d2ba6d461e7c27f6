using Meic.Brokerage.Commands;
using Meic.Brokerage.Model;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Brokerage.Screens;

/// <summary>
/// Walks a front-line operator through an orientation script: pick the need, ask the questions one
/// at a time (the operator's notes stay on screen only, they are never stored: they may be personal),
/// then see the services to consider and the documents needed. CLI equivalent: <c>meic broker scripts show</c>.
/// </summary>
public sealed class BrokerScreen(IMeicContext ctx) : IScreen
{
    public void Run(IScreenHost host)
    {
        var s = BrokeragePlugin.Strings(ctx);
        var all = ctx.Store.Collection<OrientationScript>(Collections.Scripts).All();
        var scripts = all.Where(x => x.Language == ctx.Language).ToList();
        if (scripts.Count == 0) scripts = all.ToList();
        while (true)
        {
            if (scripts.Count == 0)
            {
                host.Clear(s["screen.title"]);
                host.Console.Write(new Text(s["scripts.none"] + "\n"));
                host.ReadKey();
                return;
            }
            var chosen = host.Choose(s["screen.pick"], scripts.Select(x => x.Title).ToList());
            if (chosen is null) return;
            if (!Walk(host, scripts[chosen.Value], s)) return;
        }
    }

    /// <summary>Runs one script; false when the operator pressed Esc to leave the screen.</summary>
    private bool Walk(IScreenHost host, OrientationScript script, Meic.Sdk.Text.Strings s)
    {
        var notes = new List<string>();
        for (var i = 0; i < script.Questions.Count; i++)
        {
            host.Clear(script.Title);
            if (i == 0) host.Console.Write(new Text(script.Situation + "\n\n"));
            host.Console.Write(new Text(s["screen.question", i + 1, script.Questions.Count] + "\n", new Style(decoration: Decoration.Bold)));
            host.Console.Write(new Text(script.Questions[i] + "\n"));
            var note = host.ReadLine(s["screen.note"]);
            if (note is null) return false;
            notes.Add(note);
        }
        host.Clear(script.Title);
        Write(host, s["script.questions"], script.Questions.Select((q, i) => $"{q} → {(notes[i].Length == 0 ? "-" : notes[i])}"));
        Write(host, s["script.services"], ScriptsShowCommand.ServicesFor(ctx, script).Select(x => $"{x.Name} ({x.Id}){(x.Phone is null ? "" : " · " + x.Phone)}")
            .Concat(script.Services.Where(x => x.Contains(' '))).Distinct());
        Write(host, s["script.documents"], script.Documents);
        Write(host, s["script.tips"], script.Tips);
        host.Console.Write(new Text("\n" + s["screen.end"] + "\n"));
        return host.ReadKey().Key != ConsoleKey.Escape;
    }

    private static void Write(IScreenHost host, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        host.Console.Write(new Text("\n" + title + "\n", new Style(decoration: Decoration.Bold)));
        foreach (var l in list) host.Console.Write(new Text("  • " + l + "\n"));
    }
}
