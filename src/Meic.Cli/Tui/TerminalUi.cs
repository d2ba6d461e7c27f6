using Meic.Cli.Commands;
using Meic.Cli.Output;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Cli.Tui;

/// <summary>
/// The full-screen terminal UI: a home screen with the cluster summary and a menu of screens
/// (the host's own and those plugins declare). Arrow keys, Enter, Esc back, q quit.
/// </summary>
internal sealed class TerminalUi(MeicContext context)
{
    private sealed record MenuItem(string Title, Action<ScreenHost> Open);

    public int Run()
    {
        context.RequireWorkspace();
        var console = context.Console;
        var host = new ScreenHost(console, () => Console.ReadKey(intercept: true), context.Strings["ui.keys"]);
        var items = MenuItems();
        var selected = 0;
        console.AlternateScreen(() =>
        {
            while (true)
            {
                DrawHome(host, items, selected);
                var key = host.ReadKey();
                if (key.Key == ConsoleKey.UpArrow) selected = (selected + items.Count - 1) % items.Count;
                else if (key.Key == ConsoleKey.DownArrow) selected = (selected + 1) % items.Count;
                else if (key.Key == ConsoleKey.Enter)
                {
                    if (selected == items.Count - 1) return;
                    Open(host, items[selected]);
                }
                else if (key.KeyChar is 'q' or 'Q' || key.Key == ConsoleKey.Escape) return;
            }
        });
        return 0;
    }

    private List<MenuItem> MenuItems()
    {
        var t = context.Strings;
        var items = new List<MenuItem>
        {
            new(t["ui.status"], h => { h.Clear(t["ui.status"]); StatusCommand.Render(context.Out, context.Strings, ClusterSummary.Read(context), TextStyle.For(h.Console.Profile.Capabilities.Ansi)); WaitForEsc(h); }),
            new(t["ui.plugins"], h => { h.Clear(t["ui.plugins"]); ShowPlugins(h); WaitForEsc(h); }),
            new(t["ui.doctor"], h => { h.Clear(t["ui.doctor"]); ShowDoctor(h); WaitForEsc(h); }),
        };
        foreach (var entry in context.Plugins.Entries.Where(e => e.Status is PluginStatus.Found or PluginStatus.Loaded))
            foreach (var screen in entry.Manifest!.Screens)
                items.Add(new MenuItem(screen.Title.For(context.Language), h => OpenPluginScreen(h, entry, screen)));
        items.Add(new MenuItem(t["ui.quit"], _ => { }));
        return items;
    }

    private void DrawHome(ScreenHost host, List<MenuItem> items, int selected)
    {
        var t = context.Strings;
        var summary = ClusterSummary.Read(context);
        host.Clear($"MEIC · {summary.Name}");
        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow(new Markup($"[bold]{Markup.Escape(t["status.city"])}[/]"), new Text(summary.City));
        facts.AddRow(new Markup($"[bold]{Markup.Escape(t["status.promoter"])}[/]"), new Text(summary.Promoter));
        facts.AddRow(new Markup($"[bold]{Markup.Escape(t["status.phase"])}[/]"), new Text(t[$"phase.{summary.Phase}"]));
        facts.AddRow(new Markup($"[bold]{Markup.Escape(t["status.actors"])}[/]"), new Text(summary.Counts.GetValueOrDefault("actors").ToString()));
        facts.AddRow(new Markup($"[bold]{Markup.Escape(t["status.store"])}[/]"), new Text($"{summary.Store.Kind} · {summary.Store.Location}"));
        host.Console.Write(new Panel(facts).Header(t["ui.home"]).Border(BoxBorder.Rounded));
        host.Console.MarkupLine($"[bold]{Markup.Escape(t["ui.menu"])}[/]");
        for (var i = 0; i < items.Count; i++)
            host.Console.MarkupLine(i == selected ? $"[black on aqua] › {Markup.Escape(items[i].Title)} [/]" : $"   {Markup.Escape(items[i].Title)}");
        host.Console.MarkupLine($"[grey]{Markup.Escape(t["ui.keys"])}[/]");
    }

    private void Open(ScreenHost host, MenuItem item)
    {
        try { item.Open(host); }
        catch (Exception e) // deliberate: a failing screen returns to the home screen, the UI keeps running
        {
            host.Clear(item.Title);
            host.Console.MarkupLine($"[red]{Markup.Escape(context.Strings["ui.screenFailed", item.Title, e.Message])}[/]");
            WaitForEsc(host);
        }
    }

    private void OpenPluginScreen(ScreenHost host, PluginEntry entry, ManifestScreen screen)
    {
        if (!context.Plugins.Load(entry) || !entry.Registration!.Screens.TryGetValue(screen.Id, out var factory))
        {
            host.Clear(screen.Title.For(context.Language));
            host.Console.MarkupLine($"[red]{Markup.Escape(context.Strings["ui.unavailable", entry.Reason ?? $"no screen '{screen.Id}' registered"])}[/]");
            WaitForEsc(host);
            return;
        }
        context.PluginLoaded(entry);
        factory(context).Run(host);
    }

    private void ShowPlugins(ScreenHost host)
    {
        context.Plugins.LoadAll();
        var table = new Table().AddColumns(context.Strings["plugins.id"], context.Strings["plugins.version"], context.Strings["plugins.status"], context.Strings["plugins.reason"]);
        foreach (var r in PluginsCommand.Describe(context))
            table.AddRow(new Text(r.Id), new Text(r.Version ?? "–"), new Text(context.Strings[$"status.{r.Status}"]), new Text(r.Reason ?? ""));
        host.Console.Write(table);
    }

    private void ShowDoctor(ScreenHost host)
    {
        var report = DoctorCommand.Check(context);
        foreach (var p in report.Store.Concat(report.Config)) host.Console.MarkupLine($"[red]✗[/] {Markup.Escape(p)}");
        host.Console.WriteLine(report.Problems == 0 ? context.Strings["doctor.healthy"] : context.Strings["doctor.problems", report.Problems]);
    }

    private void WaitForEsc(IScreenHost host)
    {
        host.Console.MarkupLine($"[grey]{Markup.Escape(context.Strings["ui.pressEsc"])}[/]");
        while (host.ReadKey().Key is not (ConsoleKey.Escape or ConsoleKey.Q)) { }
    }
}
