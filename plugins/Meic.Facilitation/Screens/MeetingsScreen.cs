using Meic.Facilitation.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Facilitation.Screens;

/// <summary>The terminal UI screen: upcoming meetings, the action board, past minutes (← → switch, Esc back).</summary>
internal sealed class MeetingsScreen(IMeicContext ctx) : IScreen
{
    public void Run(IScreenHost host)
    {
        var f = new Store.Facilitation(ctx);
        var views = new (string Title, Action<Store.Facilitation, IAnsiConsole> Draw)[]
        {
            (f.T["screen.upcoming"], Upcoming), (f.T["screen.board"], Board), (f.T["screen.past"], Past),
        };
        var view = 0;
        while (true)
        {
            host.Clear($"{f.T["screen.title"]} · {views[view].Title}");
            views[view].Draw(f, host.Console);
            host.Console.MarkupLine($"[grey]{Markup.Escape(f.T["screen.keys"])}[/]");
            var key = host.ReadKey();
            if (key.Key is ConsoleKey.Escape || key.KeyChar is 'q') return;
            if (key.Key is ConsoleKey.RightArrow or ConsoleKey.Tab) view = (view + 1) % views.Length;
            if (key.Key is ConsoleKey.LeftArrow) view = (view + views.Length - 1) % views.Length;
        }
    }

    internal static void Upcoming(Store.Facilitation f, IAnsiConsole console)
    {
        var now = f.Context.Clock.Now;
        var table = new Table().Expand().AddColumns(f.T["col.when"], f.T["col.title"], f.T["col.kind"], f.T["col.place"], f.T["col.agenda"], f.T["col.id"]);
        foreach (var m in f.Meetings.All().Where(m => m.Status != MeetingStatus.Closed && m.End >= now).OrderBy(m => m.Start).Take(20))
            table.AddRow(new Text(f.Show(m.Start)), new Text(m.Title), new Text(f.T[$"kind.{Names.Kebab(m.Kind)}"]), new Text(m.Place.ToString()),
                new Text($"{m.Agenda.Count} · {m.AgendaMinutes}/{(int)m.Duration.TotalMinutes} min"), new Text(m.Id));
        console.Write(table);
    }

    internal static void Board(Store.Facilitation f, IAnsiConsole console)
    {
        var today = f.Today;
        var open = f.Actions.All().Where(a => a.Status == ActionStatus.Open && a.What.Length > 0).ToList();
        var table = new Table().Expand().AddColumns(f.T["col.owner"], f.T["col.action"], f.T["col.due"], f.T["col.meeting"]);
        foreach (var g in open.GroupBy(a => f.ActorName(a.OwnerActorId)).OrderBy(g => g.Key))
            foreach (var a in g.OrderBy(a => a.Due ?? DateOnly.MaxValue))
                table.AddRow(new Text(g.Key), new Text(a.What),
                    a.IsOverdue(today) ? new Markup($"[red]{a.Due:yyyy-MM-dd}[/]") : new Text(a.Due?.ToString("yyyy-MM-dd") ?? ""), new Text(a.MeetingId));
        console.Write(table);
        console.WriteLine(f.T["screen.boardSummary", open.Count, open.Count(a => a.IsOverdue(today))]);
    }

    internal static void Past(Store.Facilitation f, IAnsiConsole console)
    {
        var table = new Table().Expand().AddColumns(f.T["col.when"], f.T["col.title"], f.T["col.status"], f.T["col.minutesFile"]);
        foreach (var m in f.Meetings.All().Where(m => m.Status == MeetingStatus.Closed).OrderByDescending(m => m.Start).Take(20))
        {
            var file = Path.Combine(f.Context.WorkspaceDirectory, "minutes", $"{m.Id}.{f.Context.Language}.md");
            table.AddRow(new Text(f.Show(m.Start)), new Text(m.Title), new Text(m.MinutesApproved ? f.T["minutes.locked"] : f.T["minutes.draft"]),
                new Text(File.Exists(file) ? Path.GetRelativePath(f.Context.WorkspaceDirectory, file) : "–"));
        }
        console.Write(table);
    }
}
