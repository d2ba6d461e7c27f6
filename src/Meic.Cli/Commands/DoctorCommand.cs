using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic doctor</c>: store integrity, plugin status, configuration problems.</summary>
internal static class DoctorCommand
{
    public static Command Create(MeicContext context)
    {
        var command = new Command("doctor", context.Strings["cmd.doctor"]);
        command.SetAction(_ =>
        {
            var report = Check(context);
            if (context.Json) context.WriteJson(report);
            else Render(context, report);
            return report.Problems == 0 ? 0 : 1;
        });
        return command;
    }

    public static DoctorReport Check(MeicContext context)
    {
        var workspace = context.RequireWorkspace();
        var t = context.Strings;
        var config = new List<string>();
        foreach (var p in workspace.Config.Plugins.Paths.Where(p => !Directory.Exists(Path.Combine(workspace.Directory, p)) && p != "plugins"))
            config.Add($"{workspace.ConfigFile}: $.plugins.paths: {t["doctor.noFolder", p]}");
        foreach (var (evt, scripts) in workspace.Config.Hooks)
            foreach (var s in scripts.Where(s => !File.Exists(Path.Combine(workspace.Directory, s))))
                config.Add($"{workspace.ConfigFile}: $.hooks.{evt}: {t["doctor.noScript", s]}");
        foreach (var (section, map) in new[] { ("indicators", workspace.Config.Scripts.Indicators), ("importMappings", workspace.Config.Scripts.ImportMappings) })
            foreach (var (name, s) in map.Where(kv => !File.Exists(Path.Combine(workspace.Directory, kv.Value))))
                config.Add($"{workspace.ConfigFile}: $.scripts.{section}.{name}: {t["doctor.noScript", s]}");
        foreach (var id in workspace.Config.Plugins.Disabled.Where(id => context.Plugins.Entries.All(e => e.Id != id)))
            config.Add($"{workspace.ConfigFile}: $.plugins.disabled: {t["doctor.noPlugin", id]}");

        var store = context.Store.CheckIntegrity().ToList();
        if (context.Store.Info.Kind == "postgres") store.AddRange(ServerChecks(context));
        context.Plugins.LoadAll();
        foreach (var entry in context.Plugins.Loaded) context.PluginLoaded(entry);
        var plugins = context.Plugins.Entries
            .Select(e => new DoctorPlugin(e.Id, e.Status.ToString().ToLowerInvariant(), e.ReasonIn(t))).ToList();
        var pluginProblems = plugins.Count(p => p.Status is "failed" or "incompatible");
        return new DoctorReport(context.Store.Info.Kind, context.Store.Info.Location, store, plugins, config, store.Count + config.Count + pluginProblems);
    }

    /// <summary>On PostgreSQL: the roles' policies and the journal triggers in place, and no forged or lost history.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static IEnumerable<string> ServerChecks(MeicContext context) =>
        context.Store is Meic.Store.Postgres.PostgresDocumentStore pg
            ? pg.CheckAccess().Select(p => context.Strings[p.Key, p.Args.Cast<object?>().ToArray()]).ToList()
            : [];

    private static void Render(MeicContext context, DoctorReport r)
    {
        var t = context.Strings;
        var c = context.Console;
        void Section(string title, IReadOnlyList<string> problems)
        {
            c.MarkupLine($"[bold]{Markup.Escape(title)}[/]: " + (problems.Count == 0 ? $"[green]{t["doctor.ok"]}[/]" : ""));
            foreach (var p in problems) c.MarkupLine($"  [red]✗[/] {Markup.Escape(p)}");
        }
        Section($"{t["doctor.store"]} ({r.StoreKind} · {r.StoreLocation})", r.Store);
        Section(t["doctor.plugins"], r.Plugins.Where(p => p.Status is "failed" or "incompatible").Select(p => $"{p.Id}: {t[$"status.{p.Status}"]}: {p.Reason}").ToList());
        foreach (var p in r.Plugins.Where(p => p.Status is "loaded" or "disabled"))
            c.MarkupLine($"  [green]✓[/] {Markup.Escape(p.Id)} ({t[$"status.{p.Status}"]})");
        Section(t["doctor.config"], r.Config);
        c.WriteLine(r.Problems == 0 ? t["doctor.healthy"] : t["doctor.problems", r.Problems]);
    }
}

/// <summary>What <c>meic doctor</c> found.</summary>
internal sealed record DoctorReport(string StoreKind, string StoreLocation, IReadOnlyList<string> Store, IReadOnlyList<DoctorPlugin> Plugins, IReadOnlyList<string> Config, int Problems);

/// <summary>One plugin's health.</summary>
internal sealed record DoctorPlugin(string Id, string Status, string? Reason);
