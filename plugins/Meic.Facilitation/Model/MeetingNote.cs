using Meic.Sdk.Model;

namespace Meic.Facilitation.Model;

/// <summary>The notes typed for one agenda item (collection <c>meeting-notes</c>, id <c>meetingId/itemId</c>).</summary>
public sealed class MeetingNote : Document
{
    public const string CollectionName = "meeting-notes";

    public string MeetingId { get; set; } = "";
    public string AgendaItemId { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTimeOffset? UpdatedAt { get; set; }

    public static string IdFor(string meetingId, string itemId) => $"{meetingId}.{itemId}";
}
