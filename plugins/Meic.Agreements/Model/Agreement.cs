using Meic.Sdk.Model;
using Newtonsoft.Json;

namespace Meic.Agreements.Model;

/// <summary>One agreement of the cluster, with a frozen copy of its clauses so its text never changes behind the signatories' backs.</summary>
public sealed class Agreement : Document
{
    public const string CollectionName = "agreements";

    public string Title { get; set; } = "";
    public string Template { get; set; } = "";
    public string Library { get; set; } = "";
    public string Language { get; set; } = "it";
    public AgreementStatus Status { get; set; } = AgreementStatus.Draft;

    /// <summary>The agreement's own version (1, 2… one per amendment), not the store's revision.</summary>
    [JsonProperty("version")]
    public int Edition { get; set; } = 1;

    public DateOnly? StartsOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public DateOnly CreatedOn { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<AgreementParty> Parties { get; set; } = new();
    public Dictionary<string, string> Variables { get; set; } = new();
    public string TitleSource { get; set; } = "";
    public string? PreambleSource { get; set; }
    public List<ClauseCopy> Clauses { get; set; } = new();

    /// <summary>People (user names, as `meic` records them) named by the agreement as mediators or facilitators: only they read mediation notes.</summary>
    public List<string> NamedPeople { get; set; } = new();

    public List<LifecycleEvent> History { get; set; } = new();

    public AgreementParty? Party(string actorId) => Parties.FirstOrDefault(p => p.ActorId == actorId);
}

/// <summary>A party to the agreement: an actor of the cluster.</summary>
public sealed class AgreementParty
{
    public string ActorId { get; set; } = "";
    public string? Role { get; set; }
    public string? Representative { get; set; }
    public string? NetworkKind { get; set; }
    public DateOnly? SignedOn { get; set; }
    public string? SignedBy { get; set; }
    public string? SignerRole { get; set; }
    public DateOnly? JoinedOn { get; set; }
    public bool ByAccession { get; set; }
    public DateOnly? ExitNoticeOn { get; set; }
    public DateOnly? ExitEffectiveOn { get; set; }
    public string? ExitReason { get; set; }
    public DateOnly? ExitedOn { get; set; }

    [JsonIgnore] public bool Active => ExitedOn is null;
}

/// <summary>A clause as it was taken from the library when the agreement was drafted or amended.</summary>
public sealed class ClauseCopy
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public bool Required { get; set; }
}

/// <summary>One step of the agreement's life, for its history.</summary>
public sealed class LifecycleEvent
{
    public DateOnly On { get; set; }
    public string What { get; set; } = "";
    public string By { get; set; } = "";
    public int Edition { get; set; }
    public string? Note { get; set; }
}
