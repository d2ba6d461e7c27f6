using Meic.Monitoring.Model;
using Meic.Sdk.Model;

namespace Meic.Monitoring.Compute;

/// <summary>What the cluster's records held at one moment: the input of every computed indicator.</summary>
public sealed class ClusterState
{
    public required DateTimeOffset AsOf { get; init; }
    public IReadOnlyList<Actor> Actors { get; init; } = [];
    public IReadOnlyList<Relationship> Relationships { get; init; } = [];
    public IReadOnlyList<MeetingDoc> Meetings { get; init; } = [];
    public IReadOnlyList<ActionDoc> Actions { get; init; } = [];
    public IReadOnlyList<AgreementDoc> Agreements { get; init; } = [];
    public IReadOnlyList<ConflictDoc> Conflicts { get; init; } = [];
    public IReadOnlyList<FocusSessionDoc> Sessions { get; init; } = [];
    public IReadOnlyList<AreaDefinition> Areas { get; init; } = [];
    /// <summary>Documents that could not be read (malformed JSON from another plugin), by collection.</summary>
    public IReadOnlyDictionary<string, int> Unreadable { get; init; } = new Dictionary<string, int>();

    public DateOnly Day => DateOnly.FromDateTime(AsOf.UtcDateTime);
}
