namespace Meic.Sdk.Model;

/// <summary>The identity of the cluster a workspace holds. There is one per workspace, with id <c>cluster</c>.</summary>
public sealed class Cluster : Document
{
    /// <summary>The collection the cluster record lives in.</summary>
    public const string CollectionName = "cluster";

    /// <summary>The cluster's display name.</summary>
    public string Name { get; set; } = "";
    /// <summary>The city the cluster serves.</summary>
    public string City { get; set; } = "";
    /// <summary>The country, as an ISO 3166 alpha-2 code.</summary>
    public string Country { get; set; } = "";
    /// <summary>The default language (it, es, en).</summary>
    public string Language { get; set; } = "en";
    /// <summary>Languages the cluster works in.</summary>
    public List<string> Languages { get; set; } = new();
    /// <summary>The body that promotes the cluster (usually the municipality or a lead NGO).</summary>
    public string Promoter { get; set; } = "";
    /// <summary>The actor id of the promoter when it is one of the cluster's actors (its name is <see cref="Promoter"/>).</summary>
    public string PromoterId { get; set; } = "";
    /// <summary>The body acting as the cluster's secretariat (backbone), by name; empty until chosen.</summary>
    public string Secretariat { get; set; } = "";
    /// <summary>The cluster's time zone, as an IANA id (<c>Europe/Rome</c>); dates and meeting times are local to it.</summary>
    public string TimeZone { get; set; } = "";
    /// <summary>The phase of network management the cluster is in.</summary>
    public MeicPhase Phase { get; set; } = MeicPhase.Activation;
    /// <summary>The template the workspace was created from.</summary>
    public string Template { get; set; } = "";
    /// <summary>The thematic areas of social inclusion the cluster is organised by.</summary>
    public List<AreaDefinition> Areas { get; set; } = new();
    /// <summary>The districts of the city (for example Rome's municipi).</summary>
    public List<string> Districts { get; set; } = new();
    /// <summary>Facts about the context (population figures, sources) kept as labelled values.</summary>
    public List<ContextFact> Context { get; set; } = new();
    /// <summary>When the workspace was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A thematic area of the cluster, for example housing and reception.</summary>
public sealed class AreaDefinition
{
    /// <summary>A short stable identifier (<c>housing</c>).</summary>
    public string Id { get; set; } = "";
    /// <summary>The area's name per language.</summary>
    public LocalizedText Label { get; set; } = new();
    /// <summary>How many organisations the founding mapping counted in this area, when known.</summary>
    public int? MappedReference { get; set; }
    /// <summary>A note on the reference count (for example how it splits).</summary>
    public string? ReferenceNote { get; set; }
    /// <summary>Other words people use for the area, in any language (<c>casa</c>, <c>vivienda</c>); input accepts them like the labels.</summary>
    public List<string> Synonyms { get; set; } = new();
}

/// <summary>A labelled fact about the city's context, with its source.</summary>
public sealed class ContextFact
{
    /// <summary>What the fact is, per language.</summary>
    public LocalizedText Label { get; set; } = new();
    /// <summary>The value.</summary>
    public decimal Value { get; set; }
    /// <summary>Where it comes from.</summary>
    public string Source { get; set; } = "";
    /// <summary>The year it refers to.</summary>
    public int? Year { get; set; }
}
