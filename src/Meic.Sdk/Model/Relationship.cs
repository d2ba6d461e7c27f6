namespace Meic.Sdk.Model;

/// <summary>A typed, dated tie between two actors.</summary>
public sealed class Relationship : Document
{
    /// <summary>The collection ties live in.</summary>
    public const string CollectionName = "relationships";

    /// <summary>Id of the actor the tie starts from.</summary>
    public string Source { get; set; } = "";
    /// <summary>Id of the actor the tie goes to.</summary>
    public string Target { get; set; } = "";
    /// <summary>What the tie carries.</summary>
    public TieKind Kind { get; set; } = TieKind.InformationExchange;
    /// <summary>Whether the tie has a direction.</summary>
    public bool Directed { get; set; }
    /// <summary>Intensity on the PARTNER scale.</summary>
    public TieIntensity Intensity { get; set; } = TieIntensity.Awareness;
    /// <summary>A weight for network metrics; 1 when not given.</summary>
    public double Weight { get; set; } = 1;
    /// <summary>Trust score (PARTNER, 1–4), when surveyed.</summary>
    public double? Trust { get; set; }
    /// <summary>Value score (PARTNER, 1–4), when surveyed.</summary>
    public double? Value { get; set; }
    /// <summary>Since when the tie exists.</summary>
    public DateOnly? Since { get; set; }
    /// <summary>Where knowledge of the tie comes from.</summary>
    public TieSource Origin { get; set; } = TieSource.Manual;
    /// <summary>The survey wave the tie was recorded in, if any.</summary>
    public string? Wave { get; set; }
    /// <summary>A free note.</summary>
    public string? Note { get; set; }
}
