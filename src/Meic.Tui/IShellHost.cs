using Meic.Core.Hosting;
using Meic.Sdk.Model;

namespace Meic.Tui;

/// <summary>
/// What the shell needs from the host's commands, so its own screens show and save exactly what <c>meic status</c>,
/// <c>meic doctor</c>, <c>meic plugins</c> and <c>meic cluster set</c> do (their code lives with the commands).
/// </summary>
internal interface IShellHost
{
    /// <summary>The workspace's context: store, language, plugins.</summary>
    MeicContext Context { get; }

    /// <summary>Every figure of <c>meic status</c>.</summary>
    ClusterFacts Summary();

    /// <summary>What <c>meic doctor</c> checked and found.</summary>
    HealthFacts Health();

    /// <summary>Every plugin with its status and reason, as <c>meic plugins</c> shows them (each loaded to prove it works).</summary>
    IReadOnlyList<PluginFacts> Plugins();

    /// <summary>Saves the changed cluster record (and a new actor) as <c>meic cluster set</c> does, refusing anyone but a coordinator.</summary>
    void SaveCluster(Cluster cluster, Actor? newActor, string whatKey);
}

/// <summary>The figures of <c>meic status</c>.</summary>
internal sealed record ClusterFacts(
    string Name, string City, string Country, string Language, string Promoter, string Phase, string Template,
    string StoreKind, string StoreLocation, IReadOnlyList<AreaFacts> Areas, IReadOnlyDictionary<string, int> NetworkKinds,
    IReadOnlyDictionary<string, long> Counts, long JournalEntries);

/// <summary>One thematic area and the actors recorded in it.</summary>
internal sealed record AreaFacts(string Id, string Label, int Actors, int? MappedReference);

/// <summary>What <c>meic doctor</c> found: the problems of each part checked.</summary>
internal sealed record HealthFacts(string StoreKind, string StoreLocation, IReadOnlyList<string> Store, IReadOnlyList<PluginFacts> Plugins, IReadOnlyList<string> Config, int Problems);

/// <summary>One plugin as <c>meic plugins</c> lists it.</summary>
internal sealed record PluginFacts(string Id, string? Name, string? Version, string Status, string? Reason);
