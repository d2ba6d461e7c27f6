using Meic.Sdk.Model;

namespace Meic.Facilitation.Model;

/// <summary>A cluster meeting: plan, live state, attendance, pulse and minutes approval (collection <c>meetings</c>).</summary>
public sealed class Meeting : Document
{
    public const string CollectionName = "meetings";

    public string Title { get; set; } = "";
    public MeetingKind Kind { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public MeetingStatus Status { get; set; } = MeetingStatus.Planned;
    public Place Place { get; set; } = new();
    public string? Facilitator { get; set; }
    public string? NoteTaker { get; set; }
    public string? Area { get; set; }
    /// <summary>Stable iCalendar UID (kept across exports and re-imports).</summary>
    public string Uid { get; set; } = "";
    public string? SeriesId { get; set; }
    /// <summary>The RRULE of the series this meeting was planned in, when recurring.</summary>
    public string? Recurrence { get; set; }
    /// <summary>The UID the whole series is exported under.</summary>
    public string? SeriesUid { get; set; }
    /// <summary>The slot the series rule gave this occurrence (differs from Start when the meeting was moved).</summary>
    public DateTimeOffset? SeriesStart { get; set; }
    public List<AgendaItem> Agenda { get; set; } = new();
    public List<Invitation> Invited { get; set; } = new();
    public List<Attendance> Attendance { get; set; } = new();
    public List<PulseEntry> Pulse { get; set; } = new();
    public string? CurrentItemId { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public bool MinutesApproved { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedInMeetingId { get; set; }

    public TimeSpan Duration => End - Start;
    public int AgendaMinutes => Agenda.Sum(a => a.Minutes);
}

public enum MeetingKind { Plenary, ThematicTable, SteeringGroup, CoDesignWorkshop }

public enum MeetingStatus { Planned, Running, Closed }

public enum PlaceMode { InPerson, Online, Hybrid }

public sealed class Place
{
    public PlaceMode Mode { get; set; } = PlaceMode.InPerson;
    public string? Address { get; set; }
    public string? Link { get; set; }

    public override string ToString() => string.Join(" · ", new[] { Address, Link }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

public sealed class AgendaItem
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public int Minutes { get; set; }
    public string? OwnerActorId { get; set; }
    public string? Format { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Seconds spent on the item in earlier visits (the item can be left and taken up again).</summary>
    public int SpentSeconds { get; set; }
}

public sealed class Invitation
{
    public string ActorId { get; set; } = "";
    public string? Person { get; set; }
}

/// <summary>Contract: actorId, person, present (and excused: absent with apologies).</summary>
public sealed class Attendance
{
    public string ActorId { get; set; } = "";
    public string? Person { get; set; }
    public bool Present { get; set; }
    /// <summary>Absent, having sent apologies.</summary>
    public bool Excused { get; set; }
    /// <summary>When the mark was last set; null while nobody has marked this invitee yet.</summary>
    public DateTimeOffset? MarkedAt { get; set; }
}

/// <summary>How an invitee is marked: present, absent, or absent with apologies.</summary>
public enum AttendanceMark { Present, Absent, Excused }

/// <summary>Contract: openness, balance, usefulness, trust (1–5), remark.</summary>
public sealed class PulseEntry
{
    public int Openness { get; set; }
    public int Balance { get; set; }
    public int Usefulness { get; set; }
    public int Trust { get; set; }
    public string? Remark { get; set; }
    public string? By { get; set; }
    public DateTimeOffset? At { get; set; }
}
