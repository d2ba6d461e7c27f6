namespace Meic.Agreements.Services;

/// <summary>What a draft, an edit of a draft or an amendment changes.</summary>
public sealed class DraftChanges
{
    public Dictionary<string, string> Variables { get; init; } = new();
    public List<PartyInput> Parties { get; init; } = new();
    public List<string> RemoveParties { get; init; } = new();
    public List<CommitmentInput> Commitments { get; init; } = new();
    public Dictionary<string, string> NetworkKinds { get; init; } = new();
    public List<string> With { get; init; } = new();
    public List<string> Without { get; init; } = new();
    public List<string> NamedPeople { get; init; } = new();
    public DateOnly? StartsOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public string? Note { get; init; }
}
