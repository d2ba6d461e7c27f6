using System.Globalization;
using System.Text;
using Meic.Core.Setup;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;

namespace Meic.Tui.Screens;

/// <summary>The home page: every figure of <c>meic status</c>, in words, and the next steps with their commands.</summary>
internal static class HomeScreen
{
    public static TextScreen Create(IShellHost host)
    {
        var t = host.Context.Strings;
        return new TextScreen
        {
            Title = t["ui.home"],
            Command = "meic status",
            Help = t["ui.help.home"],
            Text = () => Text(host),
        };
    }

    private static string Text(IShellHost host)
    {
        var t = host.Context.Strings;
        var s = host.Summary();
        var o = new StringBuilder();
        void Fact(string label, string value) => o.AppendLine($"{label + ":",-22} {value}");
        Fact(t["status.cluster"], s.Name);
        Fact(t["status.city"], s.City + (s.Country.Length > 0 ? $" ({s.Country})" : ""));
        Fact(t["status.promoter"], s.Promoter.Length > 0 ? s.Promoter : t["cluster.none"]);
        Fact(t["status.phase"], t[$"phase.{s.Phase}"]);
        Fact(t["status.language"], t["lang." + s.Language]);
        Fact(t["status.template"], s.Template);
        Fact(t["status.store"], $"{s.StoreKind} · {s.StoreLocation}");
        o.AppendLine();
        o.AppendLine(t["status.areas"]);
        foreach (var a in s.Areas)
            o.AppendLine($"  {a.Label,-34} {Number(a.Actors),6}" + (a.MappedReference is { } r ? $"  ({t["status.reference"]}: {Number(r)})" : ""));
        if (s.NetworkKinds.Count > 0)
        {
            o.AppendLine();
            o.AppendLine(t["status.networks"]);
            foreach (var (kind, n) in s.NetworkKinds) o.AppendLine($"  {t[$"network.{kind}"],-34} {Number(n),6}");
        }
        o.AppendLine();
        o.AppendLine(t["status.counts"]);
        foreach (var (name, n) in s.Counts) o.AppendLine($"  {Meic.Core.Hosting.CollectionNames.For(name, t),-34} {Number(n),6}");
        o.AppendLine($"  {t["status.journal"],-34} {Number(s.JournalEntries),6}");
        if (host.Context.Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster") is { } cluster)
        {
            o.AppendLine();
            o.AppendLine(t["next.title"]);
            var i = 1;
            foreach (var step in NextSteps.For(cluster, t, DateOnly.FromDateTime(host.Context.Clock.Now.DateTime)))
            {
                o.AppendLine($"  {i++}. {step.Text}");
                foreach (var c in step.Commands) o.AppendLine($"       $ {c}");
            }
        }
        return o.ToString();
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
