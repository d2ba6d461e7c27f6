using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Text;
using System.Globalization;
using Meic.Cli.Output;

namespace Meic.Cli.Commands;

/// <summary><c>meic status</c>: the cluster's identity, phase, counts and store.</summary>
internal static class StatusCommand
{
    public static Command Create(MeicContext context, bool interactive)
    {
        var command = new Command("status", context.Strings["cmd.status"]);
        command.SetAction(_ =>
        {
            var summary = ClusterSummary.Read(context);
            if (context.Json) context.WriteJson(summary.WriteTo);
            else Render(context.Out, context.Strings, summary, TextStyle.For(interactive));
            return 0;
        });
        return command;
    }

    // Written as plain text rather than with the widget library: `status` is what people and
    // scripts run most, and the library's first table costs more start-up than the command itself.
    public static void Render(TextWriter o, Strings t, ClusterSummary s, TextStyle style)
    {
        new TextPanel(s.Name)
            .Add(t["status.cluster"], s.Name)
            .Add(t["status.city"], s.City)
            .Add(t["status.language"], t.Keys.Contains($"lang.{s.Language}") ? t[$"lang.{s.Language}"] : s.Language)
            .Add(t["status.promoter"], s.Promoter)
            .Add(t["status.phase"], t[$"phase.{s.Phase}"])
            .Add(t["status.template"], s.Template)
            .Add(t["status.store"], $"{s.Store.Kind} · {s.Store.Location}")
            .Write(o, style);

        var areas = new TextTable(t["status.areas"], new(t["status.area"]), new(t["status.actors"], Right: true), new(t["status.reference"], Right: true));
        foreach (var a in s.Areas) areas.AddRow(a.Label, Number(a.Actors), a.MappedReference is { } r ? Number(r) : "–");
        areas.Write(o, style);

        if (s.NetworkKinds.Count > 0)
        {
            var kinds = new TextTable(t["status.networks"], new(t["status.network"]), new(t["status.actors"], Right: true));
            foreach (var (kind, n) in s.NetworkKinds) kinds.AddRow(t[$"network.{kind}"], Number(n));
            kinds.Write(o, style);
        }

        var counts = new TextTable(t["status.counts"], new(t["status.collection"]), new(t["status.count"], Right: true));
        foreach (var (name, n) in s.Counts) counts.AddRow(Meic.Core.Hosting.CollectionNames.For(name, t), Number(n));
        counts.AddRow(t["status.journal"], Number(s.JournalEntries));
        counts.Write(o, style);
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What <c>meic status</c> and the home screen show.</summary>
internal sealed record ClusterSummary(
    string Name, string City, string Country, string Language, string Promoter, string Phase, string Template,
    StoreSummary Store, IReadOnlyList<AreaSummary> Areas, IReadOnlyDictionary<string, int> NetworkKinds,
    IReadOnlyDictionary<string, long> Counts, long JournalEntries)
{
    public static ClusterSummary Read(MeicContext context)
    {
        var store = context.Store;
        var cluster = store.Collection<Cluster>(Cluster.CollectionName).Get("cluster")
            ?? throw new MeicException(context.Strings["status.noCluster"]);
        var actors = store.Collection<Actor>(Actor.CollectionName).All();
        var lang = context.Language;
        // Plain loops: LINQ over enums and value types is compiled at run time, on every start.
        var areas = new List<AreaSummary>(cluster.Areas.Count);
        foreach (var a in cluster.Areas)
        {
            var n = 0;
            foreach (var actor in actors) if (actor.Areas.Contains(a.Id)) n++;
            areas.Add(new AreaSummary(a.Id, a.Label.For(lang), n, a.MappedReference));
        }
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (NetworkKind kind in Enum.GetValues(typeof(NetworkKind)))
        {
            var n = 0;
            foreach (var actor in actors) if (actor.NetworkKind == kind) n++;
            kinds[Names.Kebab(kind)] = n;
        }
        return new ClusterSummary(cluster.Name, cluster.City, cluster.Country, cluster.Language, cluster.Promoter, Names.Kebab(cluster.Phase), cluster.Template,
            new StoreSummary(store.Info.Kind, store.Info.Location), areas, kinds, store.Counts(), store.Journal.Count());
    }

    /// <summary>Writes the summary as <c>--json</c> shows it (the shape Newtonsoft.Json would give this record).</summary>
    public void WriteTo(JsonPrinter w)
    {
        w.StartObject();
        w.String("name", Name);
        w.String("city", City);
        w.String("country", Country);
        w.String("language", Language);
        w.String("promoter", Promoter);
        w.String("phase", Phase);
        w.String("template", Template);
        w.StartObject("store");
        w.String("kind", Store.Kind);
        w.String("location", Store.Location);
        w.EndObject();
        w.StartArray("areas");
        foreach (var a in Areas)
        {
            w.StartObject();
            w.String("id", a.Id);
            w.String("label", a.Label);
            w.Number("actors", a.Actors);
            if (a.MappedReference is { } reference) w.Number("mappedReference", reference);
            w.EndObject();
        }
        w.EndArray();
        w.StartObject("networkKinds");
        foreach (var (kind, n) in NetworkKinds) w.Number(kind, n);
        w.EndObject();
        w.StartObject("counts");
        foreach (var (name, n) in Counts) w.Number(name, n);
        w.EndObject();
        w.Number("journalEntries", JournalEntries);
        w.EndObject();
    }
}

/// <summary>The store's kind and location.</summary>
internal sealed record StoreSummary(string Kind, string Location);

/// <summary>One thematic area with its actors.</summary>
internal sealed record AreaSummary(string Id, string Label, int Actors, int? MappedReference);
