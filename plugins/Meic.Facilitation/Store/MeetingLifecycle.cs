using Meic.Facilitation.Minutes;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Facilitation.Store;

/// <summary>The transitions of a meeting: start, close (with minutes), approve (then locked).</summary>
internal static class MeetingLifecycle
{
    public static Meeting Start(Facilitation f, Meeting m)
    {
        f.EnsureEditable(m);
        if (m.Status == MeetingStatus.Closed) throw new InputException(f.T["error.closed", m.Id], m.Id);
        if (m.Status == MeetingStatus.Running) return m;
        var now = f.Context.Clock.Now;
        m.Status = MeetingStatus.Running;
        m.StartedAt = now;
        if (m.Agenda.Count > 0) { m.CurrentItemId = m.Agenda[0].Id; m.Agenda[0].StartedAt = now; }
        f.Meetings.Update(m);
        f.Context.Publish(new MeicEvent("meeting.started", m.Id));
        return m;
    }

    /// <summary>Closes the meeting and writes its Markdown minutes; returns the file.</summary>
    public static string Close(Facilitation f, Meeting m, bool withNames)
    {
        f.EnsureEditable(m);
        if (m.Status == MeetingStatus.Closed) throw new InputException(f.T["error.closed", m.Id], m.Id);
        var now = f.Context.Clock.Now;
        if (m.CurrentItemId is { } cur && m.Agenda.FirstOrDefault(a => a.Id == cur) is { EndedAt: null } item) item.EndedAt = now;
        m.Status = MeetingStatus.Closed;
        m.ClosedAt = now;
        m.StartedAt ??= now;
        // Minutes first, then the status: a kill in between leaves a running meeting that closes again, never a closed one without minutes.
        var file = MinutesFiles.Write(f, m, "md", null, withNames);
        f.Meetings.Update(m);
        f.Context.Publish(new MeicEvent("meeting.closed", m.Id, new Dictionary<string, object?> { ["minutes"] = file }));
        return file;
    }

    public static void Approve(Facilitation f, Meeting m, Meeting? at)
    {
        if (m.MinutesApproved) throw new InputException(f.T["error.alreadyApproved", m.Id, m.ApprovedInMeetingId ?? ""], m.Id);
        if (m.Status != MeetingStatus.Closed) throw new InputException(f.T["error.notClosed", m.Id], m.Id);
        if (at is not null && at.Start <= m.Start) throw new InputException(f.T["error.approveEarlier", at.Id, m.Id], "--at");
        m.MinutesApproved = true;
        m.ApprovedAt = f.Context.Clock.Now;
        m.ApprovedInMeetingId = at?.Id;
        // The files on disk must say what the record says: written again with their approved state, before the lock.
        RewriteMinutes(f, m);
        f.Meetings.Update(m);
        f.Context.Publish(new MeicEvent("meeting.minutesApproved", m.Id));
    }

    /// <summary>The minutes in the workspace's minutes folder, Markdown and .docx, written again as approved.</summary>
    private static void RewriteMinutes(Facilitation f, Meeting m)
    {
        MinutesFiles.Write(f, m, "md", null, withNames: false);
        MinutesFiles.Write(f, m, "docx", null, withNames: false);
    }
}
