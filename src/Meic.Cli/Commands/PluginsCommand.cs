using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic plugins</c>: every plugin found, loaded to prove it works, with its status and reason.</summary>
internal static class PluginsCommand
{
    public static Command Create(MeicContext context)
    {
        var command = new Command("plugins", context.Strings["cmd.plugins"]);
        command.SetAction(_ =>
        {
            context.Plugins.LoadAll();
            var rows = Describe(context);
            if (context.Json) { context.WriteJson(rows); return 0; }
            if (rows.Count == 0) { context.Console.WriteLine(context.Strings["plugins.none"]); return 0; }
            var t = context.Strings;
            var table = new Table().AddColumns(t["plugins.id"], t["plugins.version"], t["plugins.sdk"], t["plugins.commands"], t["plugins.status"], t["plugins.reason"]);
            foreach (var r in rows)
                table.AddRow(new Text(r.Id), new Text(r.Version ?? "–"), new Text(r.Sdk ?? "–"), new Text(string.Join(", ", r.Commands.Select(c => c.Name))),
                    new Markup(r.Status == "loaded" ? $"[green]{t["status.loaded"]}[/]" : r.Status == "disabled" ? $"[grey]{t["status.disabled"]}[/]" : $"[red]{Markup.Escape(t[$"status.{r.Status}"])}[/]"),
                    new Text(context.Plugins.Entries.First(e => e.Source == r.Manifest).ReasonIn(t) ?? ""));
            context.Console.Write(table);
            return 0;
        });
        return command;
    }

    public static List<PluginRow> Describe(MeicContext context) =>
        context.Plugins.Entries.Select(e => new PluginRow(
            e.Id, e.Manifest?.Name.For(context.Language), e.Manifest?.Version.ToString(), e.Manifest?.Sdk.Text,
            e.Manifest?.Commands.Select(c => new PluginCommandRow(c.Name, c.Description.For(context.Language))).ToList() ?? [],
            e.Manifest?.Screens.Select(s => s.Id).ToList() ?? [],
            e.Status.ToString().ToLowerInvariant(), e.Reason, e.Source)).ToList();
}

/// <summary>One plugin as <c>meic plugins --json</c> shows it.</summary>
internal sealed record PluginRow(string Id, string? Name, string? Version, string? Sdk, IReadOnlyList<PluginCommandRow> Commands, IReadOnlyList<string> Screens, string Status, string? Reason, string Manifest);

/// <summary>A command a plugin contributes.</summary>
internal sealed record PluginCommandRow(string Name, string Description);
