using Meic.Sdk.Model;

namespace Meic.Brokerage.Model;

// Small readers of other plugins' collections (docs/collections.md): only the fields used here.

/// <summary>A need from the mapping plugin's context analysis (collection <c>map-needs</c>).</summary>
public sealed class MapNeedRecord : Document
{
    public string? Area { get; set; }
    public string? Description { get; set; }
    public string? District { get; set; }
    public string? Source { get; set; }
    public string? Date { get; set; }
}

/// <summary>A meeting decision (collection <c>decisions</c>).</summary>
public sealed class DecisionRecord : Document
{
    public string? MeetingId { get; set; }
    public string? Proposal { get; set; }
    public string? Outcome { get; set; }
    public string? ReviewDate { get; set; }
}

/// <summary>A focus-group code (collection <c>fg-codes</c>).</summary>
public sealed class FgCodeRecord : Document
{
    public string? Name { get; set; }
    public string? ParentId { get; set; }
    public string? Definition { get; set; }
}
