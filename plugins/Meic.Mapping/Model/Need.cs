using Meic.Sdk.Model;

namespace Meic.Mapping.Model;

/// <summary>A need of the target population in a thematic area, with its source, from the context analysis.</summary>
public sealed class Need : Document
{
    public const string CollectionName = "map-needs";
    public string Area { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string> ForWhom { get; set; } = new();
    public string? District { get; set; }
    /// <summary>municipalData, keyInformant or study.</summary>
    public string Source { get; set; } = "";
    public DateOnly? Date { get; set; }
    /// <summary>Words that, found in a service's description, mean the service answers the need.</summary>
    public List<string> Keywords { get; set; } = new();
}
