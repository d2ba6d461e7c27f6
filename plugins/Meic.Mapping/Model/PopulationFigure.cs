using Meic.Sdk.Model;

namespace Meic.Mapping.Model;

/// <summary>An aggregated count of the target population (never an individual) from the context analysis.</summary>
public sealed class PopulationFigure : Document
{
    public const string CollectionName = "map-population";
    /// <summary>nationality, legalStatus, ageBand, sex or district.</summary>
    public string Dimension { get; set; } = "";
    public string Category { get; set; } = "";
    public long Count { get; set; }
    public string? District { get; set; }
    public int? Year { get; set; }
    public string Source { get; set; } = "";
}
