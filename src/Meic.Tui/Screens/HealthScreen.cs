using System.Text;
using Meic.Sdk.Screens;

namespace Meic.Tui.Screens;

/// <summary>The health check: what <c>meic doctor</c> checked (store, plugins, configuration) and each result.</summary>
internal static class HealthScreen
{
    public static TextScreen Create(IShellHost host)
    {
        var t = host.Context.Strings;
        return new TextScreen
        {
            Title = t["ui.doctor"],
            Command = "meic doctor",
            Help = t["ui.help.doctor"],
            Text = () =>
            {
                var r = host.Health();
                var o = new StringBuilder();
                void Section(string title, IReadOnlyList<string> problems)
                {
                    o.AppendLine($"{title}: " + (problems.Count == 0 ? "✓ " + t["doctor.ok"] : ""));
                    foreach (var p in problems) o.AppendLine($"  ✗ {p}");
                }
                Section($"{t["doctor.store"]} ({r.StoreKind} · {r.StoreLocation})", r.Store);
                o.AppendLine($"{t["doctor.plugins"]}:");
                foreach (var p in r.Plugins)
                    o.AppendLine((p.Status is "failed" or "incompatible" ? "  ✗ " : "  ✓ ") + $"{p.Name ?? p.Id} ({t[$"status.{p.Status}"]})" + (p.Reason is { Length: > 0 } why ? $": {why}" : ""));
                if (r.Plugins.Count == 0) o.AppendLine("  " + t["plugins.none"]);
                Section(t["doctor.config"], r.Config);
                o.AppendLine();
                o.AppendLine(r.Problems == 0 ? t["doctor.healthy"] : t["doctor.problems", r.Problems]);
                return o.ToString();
            },
        };
    }
}
