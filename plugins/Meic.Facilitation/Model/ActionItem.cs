using Meic.Sdk.Model;

namespace Meic.Facilitation.Model;

/// <summary>An action agreed in a meeting (collection <c>actions</c>; contract: meetingId, what, ownerActorId, due, status, doneOn).</summary>
public sealed class ActionItem : Document
{
    public const string CollectionName = "actions";

    public string MeetingId { get; set; } = "";
    public string? AgendaItemId { get; set; }
    public string What { get; set; } = "";
    public string OwnerActorId { get; set; } = "";
    public DateOnly? Due { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;
    public DateOnly? DoneOn { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }

    public bool IsOverdue(DateOnly today) => Status == ActionStatus.Open && Due is { } d && d < today;
}

public enum ActionStatus { Open, Done, Dropped }
