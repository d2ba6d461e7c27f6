using Meic.Sdk.Model;

namespace Meic.FocusGroups.Model;

/// <summary>The few fields of the core <c>actors</c> collection that reports read.</summary>
public sealed class ActorRef : Document
{
    public string Name { get; set; } = "";
    public string? Sector { get; set; }
    public List<string> Areas { get; set; } = new();
}
