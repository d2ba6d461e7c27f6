using Meic.Monitoring.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Compute;

/// <summary>
/// The computed indicators. Stock measures (actors, members, ties, signatories, open conflicts) read the state
/// at the end of the range; flow measures (meetings, actions, exits, focus groups) count what the records date inside it.
/// </summary>
public static class Calculators
{
    public delegate Measure Calculation(ClusterState state, DateRange range);

    public static IReadOnlyDictionary<string, Calculation> All { get; } = new Dictionary<string, Calculation>(StringComparer.Ordinal)
    {
        ["actors.mapped"] = ActorsMapped,
        ["actors.members"] = Members,
        ["funnel.signatoryRate"] = SignatoryRate,
        ["network.density"] = Density,
        ["network.centralisation"] = Centralisation,
        ["coverage.areasSectors"] = Coverage,
        ["meetings.held"] = MeetingsHeld,
        ["meetings.attendanceRate"] = AttendanceRate,
        ["actions.completionRate"] = CompletionRate,
        ["actions.overdueRate"] = OverdueRate,
        ["dialogue.quality"] = DialogueQuality,
        ["agreements.signatories"] = Signatories,
        ["agreements.exits"] = Exits,
        ["conflicts.open"] = OpenConflicts,
        ["conflicts.averageAge"] = ConflictAge,
        ["focusgroups.held"] = SessionsHeld,
        ["focusgroups.consenting"] = Consenting,
    };

    private static readonly string[] ActiveAgreementStatus = ["signed", "inForce", "amended", "renewed"];

    private static bool InCluster(Actor a) => a.Stage != EngagementStage.Exited;
    public static bool IsActive(Actor a) => a.Stage is EngagementStage.Member or EngagementStage.Signatory;
    private static string Key<T>(T value) where T : struct, Enum => Newtonsoft.Json.JsonConvert.SerializeObject(value, Json.Settings).Trim('"');

    private static Measure ActorsMapped(ClusterState s, DateRange r)
    {
        if (s.Actors.Count == 0) return Measure.None("note.noActors");
        var actors = s.Actors.Where(InCluster).ToList();
        var m = Measure.Count(actors.Count);
        foreach (var g in actors.GroupBy(a => a.Sector)) m.With("sector:" + Key(g.Key), g.Count());
        return m;
    }

    private static Measure Members(ClusterState s, DateRange r)
    {
        if (s.Actors.Count == 0) return Measure.None("note.noActors");
        var members = s.Actors.Where(IsActive).ToList();
        var m = Measure.Count(members.Count);
        foreach (var kind in Enum.GetValues<NetworkKind>()) m.With("networkKind:" + Key(kind), members.Count(a => a.NetworkKind == kind));
        m.With("networkKind:none", members.Count(a => a.NetworkKind is null));
        return m;
    }

    private static Measure SignatoryRate(ClusterState s, DateRange r)
    {
        var mapped = s.Actors.Count(InCluster);
        var m = Measure.Ratio(s.Actors.Count(a => a.Stage == EngagementStage.Signatory), mapped);
        // The funnel: how many actors reached at least each stage.
        var order = new[] { EngagementStage.Mapped, EngagementStage.Contacted, EngagementStage.Interested, EngagementStage.Member, EngagementStage.Signatory };
        foreach (var (stage, i) in order.Select((x, i) => (x, i)))
            m.With($"funnel:{i + 1}-{Key(stage)}", s.Actors.Count(a => InCluster(a) && a.Stage != EngagementStage.Inactive && Array.IndexOf(order, a.Stage) >= i));
        return m;
    }

    private static (HashSet<string> Nodes, Dictionary<string, HashSet<(string, string)>> PerWave, HashSet<(string, string)> All) Network(ClusterState s)
    {
        var nodes = s.Actors.Where(InCluster).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var all = NetworkMetrics.Pairs(s.Relationships.Select(t => (t.Source, t.Target)), nodes);
        var perWave = s.Relationships.GroupBy(t => t.Wave ?? "none")
            .ToDictionary(g => g.Key, g => NetworkMetrics.Pairs(g.Select(t => (t.Source, t.Target)), nodes));
        return (nodes, perWave, all);
    }

    private static Measure Density(ClusterState s, DateRange r)
    {
        var (nodes, perWave, all) = Network(s);
        var d = NetworkMetrics.Density(nodes.Count, all.Count);
        if (d is null) return Measure.None("note.fewerThanTwoActors");
        var m = new Measure { Value = Math.Round(d.Value, 4), Numerator = all.Count, Denominator = nodes.Count * (nodes.Count - 1) / 2.0 };
        foreach (var (wave, pairs) in perWave) m.With("wave:" + wave, NetworkMetrics.Density(nodes.Count, pairs.Count));
        return m;
    }

    private static Measure Centralisation(ClusterState s, DateRange r)
    {
        var (nodes, perWave, all) = Network(s);
        var c = NetworkMetrics.DegreeCentralisation(nodes, all);
        if (c is null) return Measure.None("note.fewerThanThreeActors");
        var m = new Measure { Value = Math.Round(c.Value, 4) };
        foreach (var (wave, pairs) in perWave) m.With("wave:" + wave, NetworkMetrics.DegreeCentralisation(nodes, pairs));
        return m;
    }

    private static Measure Coverage(ClusterState s, DateRange r)
    {
        if (s.Areas.Count == 0) return Measure.None("note.noAreas");
        var sectors = s.Actors.Where(InCluster).Select(a => a.Sector).Distinct().ToList();
        var active = s.Actors.Where(IsActive).ToList();
        var covered = s.Areas.Sum(area => sectors.Count(sector => active.Any(a => a.Sector == sector && a.Areas.Contains(area.Id))));
        var m = Measure.Ratio(covered, s.Areas.Count * sectors.Count);
        foreach (var area in s.Areas) m.With("area:" + area.Id, active.Count(a => a.Areas.Contains(area.Id)));
        return m;
    }

    private static IEnumerable<MeetingDoc> Held(ClusterState s, DateRange r) =>
        s.Meetings.Where(m => m.Status != "planned" && r.Contains(Dates.Day(m.Start)) && Dates.Instant(m.Start) <= s.AsOf);

    private static Measure MeetingsHeld(ClusterState s, DateRange r)
    {
        if (s.Meetings.Count == 0) return Measure.None("note.noMeetings");
        var held = Held(s, r).ToList();
        var m = Measure.Count(held.Count);
        foreach (var g in held.GroupBy(x => x.Kind ?? "other")) m.With("kind:" + g.Key, g.Count());
        return m;
    }

    private static Measure AttendanceRate(ClusterState s, DateRange r)
    {
        if (s.Meetings.Count == 0) return Measure.None("note.noMeetings");
        var records = Held(s, r).SelectMany(x => x.Attendance).Where(a => !string.IsNullOrEmpty(a.ActorId)).ToList();
        var m = Measure.Ratio(records.Count(a => a.Present), records.Count);
        foreach (var g in records.GroupBy(a => a.ActorId!))
            m.With("actor:" + g.Key, 100.0 * g.Count(a => a.Present) / g.Count());
        return m;
    }

    private static Measure CompletionRate(ClusterState s, DateRange r)
    {
        if (s.Actions.Count == 0) return Measure.None("note.noActions");
        var due = s.Actions.Where(a => a.Status != "dropped" && r.Contains(Dates.Day(a.Due)) && Dates.Day(a.Due) <= s.Day).ToList();
        return Measure.Ratio(due.Count(a => a.Status == "done"), due.Count);
    }

    private static Measure OverdueRate(ClusterState s, DateRange r)
    {
        if (s.Actions.Count == 0) return Measure.None("note.noActions");
        var asOf = r.To < s.Day ? r.To : s.Day;
        var due = s.Actions.Where(a => a.Status != "dropped" && Dates.Day(a.Due) is { } d && d < asOf).ToList();
        bool Late(ActionDoc a) => a.Status != "done" || (Dates.Day(a.DoneOn) is { } done && done >= asOf);
        return Measure.Ratio(due.Count(Late), due.Count).With("overdue", due.Count(Late));
    }

    /// <summary>The mean pulse score (1–5) of a meeting, or null when nobody scored it.</summary>
    public static double? PulseScore(MeetingDoc meeting)
    {
        var scores = meeting.Pulse.SelectMany(p => new[] { p.Openness, p.Balance, p.Usefulness, p.Trust }).Where(x => x is >= 1 and <= 5).Select(x => x!.Value).ToList();
        return scores.Count == 0 ? null : scores.Average();
    }

    private static Measure DialogueQuality(ClusterState s, DateRange r)
    {
        if (s.Meetings.Count == 0) return Measure.None("note.noMeetings");
        var scored = Held(s, r).OrderBy(x => Dates.Instant(x.Start)).Select(x => PulseScore(x)).Where(x => x is not null).Select(x => x!.Value).ToList();
        if (scored.Count == 0) return Measure.None("note.noPulse");
        var pulses = Held(s, r).SelectMany(x => x.Pulse).ToList();
        var m = new Measure { Value = Math.Round(scored.Average(), 4) };
        m.With("dimension:openness", Avg(pulses.Select(p => p.Openness)));
        m.With("dimension:balance", Avg(pulses.Select(p => p.Balance)));
        m.With("dimension:usefulness", Avg(pulses.Select(p => p.Usefulness)));
        m.With("dimension:trust", Avg(pulses.Select(p => p.Trust)));
        m.With("trend:perMeeting", Slope(scored));
        return m;
    }

    private static double? Avg(IEnumerable<double?> values)
    {
        var list = values.Where(x => x is >= 1 and <= 5).Select(x => x!.Value).ToList();
        return list.Count == 0 ? null : list.Average();
    }

    /// <summary>Least-squares slope of <paramref name="ys"/> against 0, 1, 2…; null with fewer than two points.</summary>
    public static double? Slope(IReadOnlyList<double> ys)
    {
        if (ys.Count < 2) return null;
        var xMean = (ys.Count - 1) / 2.0; var yMean = ys.Average();
        double num = 0, den = 0;
        for (var i = 0; i < ys.Count; i++) { num += (i - xMean) * (ys[i] - yMean); den += (i - xMean) * (i - xMean); }
        return num / den;
    }

    private static Measure Signatories(ClusterState s, DateRange r)
    {
        if (s.Agreements.Count == 0) return Measure.None("note.noAgreements");
        var asOf = r.To <= s.Day ? r.To : s.Day.AddDays(1); // up to now: what happened today counts
        var parties = s.Agreements.Where(a => ActiveAgreementStatus.Contains(a.Status))
            .SelectMany(a => a.Parties)
            .Where(p => Dates.Day(p.SignedOn) is { } d && d < asOf && !(Dates.Day(p.ExitedOn) is { } x && x < asOf))
            .Select(p => p.ActorId).Where(id => id is not null).Distinct().Count();
        return Measure.Count(parties);
    }

    private static Measure Exits(ClusterState s, DateRange r)
    {
        if (s.Agreements.Count == 0) return Measure.None("note.noAgreements");
        return Measure.Count(s.Agreements.SelectMany(a => a.Parties).Count(p => r.Contains(Dates.Day(p.ExitedOn))));
    }

    private static List<ConflictDoc> Open(ClusterState s, DateRange r)
    {
        var asOf = r.To <= s.Day ? r.To : s.Day.AddDays(1); // up to now: what happened today counts
        return s.Conflicts.Where(c => c.Status != "resolved" && Dates.Day(c.RaisedOn) is { } d && d < asOf).ToList();
    }

    private static Measure OpenConflicts(ClusterState s, DateRange r)
    {
        if (s.Conflicts.Count == 0) return Measure.None("note.noConflicts");
        return Measure.Count(Open(s, r).Count);
    }

    private static Measure ConflictAge(ClusterState s, DateRange r)
    {
        if (s.Conflicts.Count == 0) return Measure.None("note.noConflicts");
        var asOf = r.To < s.Day ? r.To : s.Day;
        var open = Open(s, r);
        if (open.Count == 0) return Measure.None("note.noOpenConflicts");
        var ages = open.Select(c => (double)(asOf.DayNumber - Dates.Day(c.RaisedOn)!.Value.DayNumber)).ToList();
        return new Measure { Value = Math.Round(ages.Average(), 2) }.With("oldestDays", ages.Max());
    }

    private static Measure SessionsHeld(ClusterState s, DateRange r)
    {
        if (s.Sessions.Count == 0) return Measure.None("note.noFocusGroups");
        var held = s.Sessions.Where(x => r.Contains(Dates.Day(x.Date))).ToList();
        var m = Measure.Count(held.Count);
        foreach (var g in held.GroupBy(x => x.Kind ?? "focusGroup")) m.With("kind:" + g.Key, g.Count());
        return m;
    }

    private static Measure Consenting(ClusterState s, DateRange r)
    {
        if (s.Sessions.Count == 0) return Measure.None("note.noFocusGroups");
        var people = s.Sessions.Where(x => r.Contains(Dates.Day(x.Date))).SelectMany(x => x.Participants).ToList();
        var consenting = people.Count(p => !p.Withdrawn && p.Consent is { Type: not Newtonsoft.Json.Linq.JTokenType.Null });
        return Measure.Count(consenting).With("participants", people.Count);
    }
}
