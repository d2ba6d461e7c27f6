using Meic.Sdk.Model;

namespace Meic.Monitoring.Compute;

/// <summary>
/// The cluster at a past day, from two sources: the journal (what the records said then) and the dates the
/// records carry (a stage history, a tie's "since", a meeting's start). Records are often entered after the
/// fact, so a dated fact wins over the journal's timestamp; the journal fills in what carries no date.
/// </summary>
public static class PastState
{
    public static ClusterState Merge(ClusterState replayed, ClusterState current, DateOnly day)
    {
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var a in replayed.Actors) actors[a.Id] = a;
        foreach (var a in current.Actors)
            if (!actors.ContainsKey(a.Id) && a.StageHistory.Any(h => h.Date <= day)) actors[a.Id] = a;
        var result = new List<Actor>(actors.Count);
        foreach (var a in actors.Values)
        {
            var dated = a.StageHistory.Where(h => h.Date <= day).OrderBy(h => h.Date).LastOrDefault();
            if (dated is null || dated.Stage == a.Stage) { result.Add(a); continue; }
            result.Add(new Actor
            {
                Id = a.Id, Name = a.Name, Sector = a.Sector, Areas = a.Areas, District = a.District, NetworkKind = a.NetworkKind,
                Promoter = a.Promoter, Tags = a.Tags, StageHistory = a.StageHistory, Stage = dated.Stage,
            });
        }
        var ties = replayed.Relationships.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var t in current.Relationships)
            if (t.Since is { } since && since <= day) ties.TryAdd(t.Id, t);
        return new ClusterState
        {
            AsOf = replayed.AsOf,
            Actors = result,
            Relationships = ties.Values.ToList(),
            Areas = replayed.Areas.Count > 0 ? replayed.Areas : current.Areas,
            // Dated by their own fields (start, due, signedOn, raisedOn, date): the present records, read as of the day.
            Meetings = current.Meetings, Actions = current.Actions, Agreements = current.Agreements,
            Conflicts = current.Conflicts, Sessions = current.Sessions,
            Unreadable = replayed.Unreadable,
        };
    }
}
