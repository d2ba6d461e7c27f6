using Meic.Cli.App;
using Meic.Cli.Commands;
using Meic.Core.Hosting;
using Meic.Sdk.Model;
using Meic.Tui;

namespace Meic.Cli.Tui;

/// <summary>The terminal application's view of the host commands: the same code as <c>status</c>, <c>doctor</c>, <c>plugins</c> and <c>cluster set</c>.</summary>
internal sealed class CliShellHost(MeicContext context) : IShellHost
{
    public MeicContext Context { get; } = context;

    public ClusterFacts Summary()
    {
        var s = ClusterSummary.Read(Context);
        return new ClusterFacts(s.Name, s.City, s.Country, s.Language, s.Promoter, s.Phase, s.Template, s.Store.Kind, s.Store.Location,
            s.Areas.Select(a => new AreaFacts(a.Id, a.Label, a.Actors, a.MappedReference)).ToList(), s.NetworkKinds, s.Counts, s.JournalEntries);
    }

    public HealthFacts Health()
    {
        var r = DoctorCommand.Check(Context);
        var names = Context.Plugins.Entries.ToDictionary(e => e.Id, e => e.Manifest?.Name.For(Context.Language));
        return new HealthFacts(r.StoreKind, r.StoreLocation, r.Store,
            r.Plugins.Select(p => new PluginFacts(p.Id, names.GetValueOrDefault(p.Id), null, p.Status, p.Reason)).ToList(), r.Config, r.Problems);
    }

    public IReadOnlyList<PluginFacts> Plugins()
    {
        Context.Plugins.LoadAll();
        foreach (var entry in Context.Plugins.Loaded) Context.PluginLoaded(entry);
        return PluginsCommand.Describe(Context).Select(p => new PluginFacts(p.Id, p.Name, p.Version, p.Status, p.Reason)).ToList();
    }

    public void SaveCluster(Cluster cluster, Actor? newActor, string whatKey) => ClusterRecord.Save(Context, cluster, newActor, whatKey);
}
