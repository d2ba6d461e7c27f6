using Meic.Sdk.Model;

namespace Meic.Brokerage.Model;

/// <summary>A proposal that a service could answer a need, and what became of it.</summary>
public sealed class Match : Document
{
    public string NeedId { get; set; } = "";
    public string NeedDescription { get; set; } = "";
    public string ServiceId { get; set; } = "";
    public string ActorId { get; set; } = "";
    public int Score { get; set; }
    public List<string> Reasons { get; set; } = new();
    /// <summary>proposed, taken, answered, notAnswered.</summary>
    public string Status { get; set; } = "proposed";
    public string? ProposedOn { get; set; }
    public string? TakenBy { get; set; }
    public string? TakenOn { get; set; }
    public string? OutcomeOn { get; set; }
    public string? OutcomeNote { get; set; }
}
