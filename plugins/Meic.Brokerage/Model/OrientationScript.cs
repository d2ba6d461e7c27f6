using Meic.Sdk.Model;

namespace Meic.Brokerage.Model;

/// <summary>A short guide for front-line operators: one need, one language.</summary>
public sealed class OrientationScript : Document
{
    /// <summary>The need the script is about, as a stable key shared by its translations.</summary>
    public string Need { get; set; } = "";
    public string Language { get; set; } = "en";
    public string Title { get; set; } = "";
    public string? Area { get; set; }
    public List<string> ForWhom { get; set; } = new();
    /// <summary>The situation in a sentence or two.</summary>
    public string Situation { get; set; } = "";
    /// <summary>Questions to ask the person, in order.</summary>
    public List<string> Questions { get; set; } = new();
    /// <summary>Services to consider: ids of services, or free descriptions.</summary>
    public List<string> Services { get; set; } = new();
    /// <summary>Documents the person needs.</summary>
    public List<string> Documents { get; set; } = new();
    /// <summary>Advice for the operator (what to avoid, what to check).</summary>
    public List<string> Tips { get; set; } = new();
}
