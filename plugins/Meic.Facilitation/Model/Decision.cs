using Meic.Sdk.Model;

namespace Meic.Facilitation.Model;

/// <summary>A decision taken in a meeting (collection <c>decisions</c>; contract: meetingId, method, proposal, outcome, reviewDate).</summary>
public sealed class Decision : Document
{
    public const string CollectionName = "decisions";

    public string MeetingId { get; set; } = "";
    public string? AgendaItemId { get; set; }
    public DecisionMethod Method { get; set; } = DecisionMethod.Consent;
    public string Proposal { get; set; } = "";
    public string Outcome { get; set; } = "";
    public string? Objections { get; set; }
    public DateOnly? ReviewDate { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
}

/// <summary>Loomio's decision methods, the ones a table uses in the room.</summary>
public enum DecisionMethod { Consent, Consensus, Advice, Vote, DotVote, SenseCheck }
