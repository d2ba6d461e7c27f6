using Meic.Sdk.Model;

namespace Meic.Agreements.Model;

/// <summary>The few fields of the facilitation plugin's <c>meetings</c> this plugin reads (docs/collections.md).</summary>
public sealed class MeetingRecord : Document
{
    public const string CollectionName = "meetings";

    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Start { get; set; }
    public string? Status { get; set; }
    public List<MeetingAttendance> Attendance { get; set; } = new();
}

public sealed class MeetingAttendance
{
    public string? ActorId { get; set; }
    public string? Person { get; set; }
    public bool Present { get; set; }
}
