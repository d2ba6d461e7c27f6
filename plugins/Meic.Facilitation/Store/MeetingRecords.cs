using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Store;

/// <summary>What a decision is recorded with.</summary>
internal sealed record DecisionDraft(DecisionMethod Method, string Proposal, string Outcome, string? Objections = null, DateOnly? ReviewDate = null, string? AgendaItemId = null);

/// <summary>What an action item is recorded with.</summary>
internal sealed record ActionDraft(string What, string OwnerActorId, DateOnly? Due = null, string? AgendaItemId = null);

/// <summary>
/// The record of a meeting: attendance, decisions and action items, each written whole in one change and editable
/// or removable until the minutes are approved. What `meic meeting attend|decision|action` and the screens both do.
/// </summary>
internal static class MeetingRecords
{
    public static Meeting Mark(Facilitation f, Meeting m, string actor, string? person, AttendanceMark mark)
    {
        f.EnsureEditable(m);
        var id = f.RequireActor(actor, "ACTOR").Id;
        var who = string.IsNullOrWhiteSpace(person) ? null : person.Trim();
        var entry = m.Attendance.FirstOrDefault(a => a.ActorId == id && a.Person == who);
        if (entry is null)
        {
            // A walk-in: an organisation that was not invited, marked on the spot.
            entry = new Attendance { ActorId = id, Person = who };
            m.Attendance.Add(entry);
        }
        entry.Present = mark == AttendanceMark.Present;
        entry.Excused = mark == AttendanceMark.Excused;
        entry.MarkedAt = f.Context.Clock.Now;
        return f.Meetings.Update(m);
    }

    public static AttendanceMark? MarkOf(Attendance a) =>
        a.Present ? AttendanceMark.Present : a.Excused ? AttendanceMark.Excused : a.MarkedAt is null ? null : AttendanceMark.Absent;

    public static Decision AddDecision(Facilitation f, Meeting m, DecisionDraft d)
    {
        f.EnsureEditable(m);
        Check(f, m, d);
        return f.Decisions.Insert(Apply(new Decision { MeetingId = m.Id, CreatedAt = f.Context.Clock.Now }, d));
    }

    public static Decision UpdateDecision(Facilitation f, Decision seen, DecisionDraft d)
    {
        var (stored, m) = Load(f, f.Decisions.Get(seen.Id), seen, "DECISION");
        Check(f, m, d);
        return f.Decisions.Update(Apply(stored, d));
    }

    public static void RemoveDecision(Facilitation f, Decision seen)
    {
        var (stored, _) = Load(f, f.Decisions.Get(seen.Id), seen, "DECISION");
        f.Decisions.Delete(stored);
    }

    public static ActionItem AddAction(Facilitation f, Meeting m, ActionDraft a)
    {
        f.EnsureEditable(m);
        var draft = Check(f, m, a);
        return f.Actions.Insert(Apply(new ActionItem { MeetingId = m.Id, CreatedAt = f.Context.Clock.Now }, draft));
    }

    public static ActionItem UpdateAction(Facilitation f, ActionItem seen, ActionDraft a)
    {
        var (stored, m) = Load(f, f.Actions.Get(seen.Id), seen, "ACTION");
        return f.Actions.Update(Apply(stored, Check(f, m, a)));
    }

    public static void RemoveAction(Facilitation f, ActionItem seen)
    {
        var (stored, _) = Load(f, f.Actions.Get(seen.Id), seen, "ACTION");
        f.Actions.Delete(stored);
    }

    private static (T Stored, Meeting Meeting) Load<T>(Facilitation f, T? stored, T seen, string where) where T : Sdk.Model.Document
    {
        if (stored is null) throw new InputException(f.T["error.noRecord", seen.Id], where);
        if (seen.Version != 0 && stored.Version != seen.Version) throw new ConflictException(stored is Decision ? Decision.CollectionName : ActionItem.CollectionName, seen.Id, seen.Version, stored.Version);
        var meetingId = stored is Decision d ? d.MeetingId : ((ActionItem)(object)stored).MeetingId;
        var m = f.RequireMeeting(meetingId);
        f.EnsureEditable(m);
        return (stored, m);
    }

    private static void Check(Facilitation f, Meeting m, DecisionDraft d)
    {
        if (d.Proposal.Trim().Length == 0) throw new InputException(f.T["error.proposalNeeded"], "--proposal");
        CheckItem(f, m, d.AgendaItemId);
    }

    private static ActionDraft Check(Facilitation f, Meeting m, ActionDraft a)
    {
        if (a.What.Trim().Length == 0) throw new InputException(f.T["run.whatNeeded"], "--what");
        CheckItem(f, m, a.AgendaItemId);
        return a with { OwnerActorId = f.RequireActor(a.OwnerActorId, "--owner").Id };
    }

    private static void CheckItem(Facilitation f, Meeting m, string? item)
    {
        if (item is not null && m.Agenda.All(a => a.Id != item)) throw new InputException(f.T["error.noItem", item, m.Id], "--item");
    }

    private static Decision Apply(Decision x, DecisionDraft d)
    {
        x.Method = d.Method; x.Proposal = d.Proposal.Trim(); x.Outcome = d.Outcome.Trim();
        x.Objections = string.IsNullOrWhiteSpace(d.Objections) ? null : d.Objections.Trim();
        x.ReviewDate = d.ReviewDate; x.AgendaItemId = d.AgendaItemId;
        return x;
    }

    private static ActionItem Apply(ActionItem x, ActionDraft a)
    {
        x.What = a.What.Trim(); x.OwnerActorId = a.OwnerActorId; x.Due = a.Due; x.AgendaItemId = a.AgendaItemId;
        return x;
    }
}
