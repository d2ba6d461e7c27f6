using Meic.Facilitation.Ics;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Store;

/// <summary>What a meeting is planned with, as `meic meeting plan` and the plan form give it.</summary>
internal sealed record PlanRequest(string Title, MeetingKind Kind, DateTimeOffset Start, DateTimeOffset End, string? Address = null, string? Link = null,
    string? Facilitator = null, string? NoteTaker = null, string? Area = null, IReadOnlyList<string>? Invite = null, string? Every = null, int? Count = null);

/// <summary>Plans a meeting, or a recurring table as a series of meetings, refusing overlaps in one place.</summary>
internal static class MeetingPlanner
{
    public static IReadOnlyList<Meeting> Plan(Facilitation f, PlanRequest r)
    {
        var t = f.T;
        if (r.End <= r.Start) throw new InputException(t["error.endBeforeStart"], "--end");
        if (r.End - r.Start > TimeSpan.FromHours(24)) throw new InputException(t["error.tooLong"], "--end");
        if (r.Link is not null && !Uri.TryCreate(r.Link, UriKind.Absolute, out _)) throw new InputException(t["error.link", r.Link], "--link");
        var invited = (r.Invite ?? []).Select(a => f.RequireActor(a, "--invite").Id).Distinct().ToList();
        Recurrence? rule = null;
        if (r.Every is { } e)
        {
            var n = r.Count ?? throw new InputException(t["error.countNeeded"], "--count");
            if (n < 1 || n > Recurrence.MaxOccurrences) throw new InputException(t["error.countRange", Recurrence.MaxOccurrences], "--count");
            try { rule = Recurrence.FromEvery(e, n); }
            catch (FormatException) { throw new InputException(t["error.every", e], "--every"); }
        }
        var starts = rule is null ? [r.Start] : rule.Starts(r.Start, f.Zone, out _);
        var length = r.End - r.Start;
        var existing = f.Meetings.All().ToList();
        var planned = new List<Meeting>();
        var seriesUid = rule is null ? null : $"{Guid.NewGuid():N}@meic-toolkit";
        using var tx = f.Context.Store.BeginTransaction();
        foreach (var s in starts)
        {
            var m = new Meeting
            {
                Id = f.NewMeetingId(s, r.Kind),
                Title = r.Title.Trim(),
                Kind = r.Kind,
                Start = s,
                End = s + length,
                Place = new Place
                {
                    Address = r.Address, Link = r.Link,
                    Mode = r.Address is not null && r.Link is not null ? PlaceMode.Hybrid : r.Link is not null ? PlaceMode.Online : PlaceMode.InPerson,
                },
                Facilitator = r.Facilitator,
                NoteTaker = r.NoteTaker,
                Area = r.Area,
                Uid = $"{Guid.NewGuid():N}@meic-toolkit",
                Invited = invited.Select(a => new Invitation { ActorId = a }).ToList(),
                Attendance = invited.Select(a => new Attendance { ActorId = a }).ToList(),
            };
            if (m.Title.Length == 0) throw new InputException(t["error.emptyTitle"], "--title");
            if (rule is not null)
            {
                m.SeriesUid = seriesUid; m.Recurrence = rule.ToString(); m.SeriesStart = s;
            }
            var clash = f.Overlapping(m, existing.Concat(planned)).FirstOrDefault();
            if (clash is not null)
                throw new InputException(t["error.overlap", m.Place.Address ?? "", f.Show(m.Start), clash.Id, clash.Title, f.Show(clash.Start), f.Show(clash.End)], "--start");
            if (planned.Count > 0) m.SeriesId = planned[0].SeriesId;
            else if (rule is not null) m.SeriesId = m.Id;
            f.Meetings.Insert(m);
            planned.Add(m);
        }
        tx.Commit();
        return planned;
    }
}
