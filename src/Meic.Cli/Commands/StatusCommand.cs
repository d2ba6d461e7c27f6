using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic status</c>: the cluster's identity, phase, counts and store.</summary>
internal static class StatusCommand
{
    public static Command Create(MeicContext context)
    {
        var command = new Command("status", context.Strings["cmd.status"]);
        command.SetAction(_ =>
        {
            var summary = ClusterSummary.Read(context);
            if (context.Json) context.WriteJson(summary.WriteTo);
            else Render(context, summary);
            return 0;
        });
        return command;
    }

    public static void Render(MeicContext context, ClusterSummary s)
    {
        var t = context.Strings;
        var console = context.Console;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string value) => grid.AddRow(new Markup($"[bold]{Markup.Escape(label)}[/]"), new Text(value));
        Row(t["status.cluster"], s.Name);
        Row(t["status.city"], s.City);
        Row(t["status.language"], s.Language);
        Row(t["status.promoter"], s.Promoter);
        Row(t["status.phase"], t[$"phase.{s.Phase}"]);
        Row(t["status.template"], s.Template);
        Row(t["status.store"], $"{s.Store.Kind} · {s.Store.Location}");
        console.Write(new Panel(grid).Header(Markup.Escape(s.Name)).Border(BoxBorder.Rounded));

        var areas = new Table().Title(t["status.areas"]).AddColumn(t["status.area"]).AddColumn(new TableColumn(t["status.actors"]).RightAligned()).AddColumn(new TableColumn(t["status.reference"]).RightAligned());
        foreach (var a in s.Areas) areas.AddRow(new Text(a.Label), new Text(a.Actors.ToString()), new Text(a.MappedReference?.ToString() ?? "–"));
        console.Write(areas);

        // A table like the others rather than a bar chart: three numbers read as well, and every
        // further kind of widget costs `status` milliseconds of start-up.
        if (s.NetworkKinds.Count > 0)
        {
            var kinds = new Table().Title(t["status.networks"]).AddColumn(t["status.network"]).AddColumn(new TableColumn(t["status.actors"]).RightAligned());
            foreach (var (kind, n) in s.NetworkKinds) kinds.AddRow(new Text(t[$"network.{kind}"]), new Text(n.ToString()));
            console.Write(kinds);
        }

        var counts = new Table().Title(t["status.counts"]).AddColumn(t["status.collection"]).AddColumn(new TableColumn(t["status.count"]).RightAligned());
        foreach (var (name, n) in s.Counts) counts.AddRow(new Text(name), new Text(n.ToString()));
        counts.AddRow(new Text(t["status.journal"]), new Text(s.JournalEntries.ToString()));
        console.Write(counts);
    }
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
            ?? throw new MeicException("the store holds no cluster record; it was not created by `meic init` (run `meic doctor`).");
        var actors = store.Collection<Actor>(Actor.CollectionName).All();
        var lang = context.Language;
        var areas = cluster.Areas.Select(a => new AreaSummary(a.Id, a.Label.For(lang), actors.Count(x => x.Areas.Contains(a.Id)), a.MappedReference)).ToList();
        var kinds = Enum.GetValues<NetworkKind>().ToDictionary(k => Names.Kebab(k), k => actors.Count(a => a.NetworkKind == k));
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
