using Meic.Sdk.Model;

namespace Meic.Brokerage.Model;

/// <summary>A need of the territory's people that the network should answer.</summary>
public sealed class Need : Document
{
    public string? Area { get; set; }
    public string Description { get; set; } = "";
    public string? District { get; set; }
    public List<string> ForWhom { get; set; } = new();
    /// <summary>manual, context (the mapping's context analysis), focusGroup, decision.</summary>
    public string Source { get; set; } = "manual";
    public string? Date { get; set; }
}
