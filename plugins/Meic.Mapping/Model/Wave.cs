using Meic.Sdk.Model;

namespace Meic.Mapping.Model;

/// <summary>A dated round of a network survey; ties recorded in it carry its id in <c>wave</c>.</summary>
public sealed class Wave : Document
{
    public const string CollectionName = "map-waves";
    public string Label { get; set; } = "";
    public DateOnly Date { get; set; }
    public string? Note { get; set; }
}
