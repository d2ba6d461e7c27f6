using Meic.Sdk.Screens;

namespace Meic.Tui.Screens;

/// <summary>The plugins, each loaded to prove it works, with its status and the reason when it failed: <c>meic plugins</c>.</summary>
internal static class PluginsScreen
{
    public static ListScreen Create(IShellHost host)
    {
        var t = host.Context.Strings;
        return new ListScreen
        {
            Title = t["ui.plugins"],
            Command = "meic plugins",
            Help = t["ui.help.plugins"],
            Columns = [t["plugins.id"], t["ui.plugin.name"], t["plugins.version"], t["plugins.status"]],
            Rows = () => host.Plugins().Select(p => new ListRow(p.Id, [p.Id, p.Name ?? "", p.Version ?? "–", t[$"status.{p.Status}"]]) { Item = p, Keywords = p.Reason }).ToList(),
            Detail = row => row.Item is PluginFacts p
                ? $"{p.Name ?? p.Id}\n{t["plugins.status"]}: {t[$"status.{p.Status}"]}" + (p.Reason is { Length: > 0 } r ? $"\n{t["plugins.reason"]}: {r}" : "")
                : "",
            Empty = t["plugins.none"],
        };
    }
}
