using Meic.Sdk.Model;

namespace Meic.Facilitation.Model;

/// <summary>A facilitation format with a short guide in each language (collection <c>meeting-formats</c>).</summary>
public sealed class MeetingFormat : Document
{
    public const string CollectionName = "meeting-formats";

    public Dictionary<string, string> Name { get; set; } = new();
    public Dictionary<string, string> Guide { get; set; } = new();
    public int? MinMinutes { get; set; }
    public int? MaxPeople { get; set; }

    public string NameIn(string lang) => Name.GetValueOrDefault(lang) ?? Name.GetValueOrDefault("en") ?? Id;
    public string GuideIn(string lang) => Guide.GetValueOrDefault(lang) ?? Guide.GetValueOrDefault("en") ?? "";
}
