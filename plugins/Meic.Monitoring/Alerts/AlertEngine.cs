using System.Globalization;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Sdk.Model;

namespace Meic.Monitoring.Alerts;

/// <summary>Early warnings over the cluster's present state, with thresholds from toolkit.json.</summary>
public static class AlertEngine
{
    private static readonly string[] LiveAgreement = ["signed", "inForce", "amended", "renewed"];

    public static List<Alert> Evaluate(ClusterState s, IEnumerable<IndicatorResult> results, MonitoringSettings settings, string language)
    {
        var today = s.Day;
        var names = s.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        string Name(string? id) => id is not null && names.TryGetValue(id, out var n) ? n : id ?? "?";
        var alerts = new List<Alert>();
        alerts.AddRange(Absences(s, settings.AbsentMeetings, Name));

        foreach (var a in s.Actions.Where(a => a.Status == "open" && Dates.Day(a.Due) is { } d && today.DayNumber - d.DayNumber > settings.OverdueGraceDays)
                     .OrderBy(a => a.Due, StringComparer.Ordinal))
            alerts.Add(new Alert(AlertKinds.Overdue, a.Id,
                $"action '{a.What}' ({Name(a.OwnerActorId)}) was due {a.Due}, {today.DayNumber - Dates.Day(a.Due)!.Value.DayNumber} days ago"));

        var scored = s.Meetings.Where(m => m.Status != "planned" && Dates.Instant(m.Start) <= s.AsOf)
            .Select(m => (m, score: Calculators.PulseScore(m))).Where(x => x.score is not null)
            .OrderBy(x => Dates.Instant(x.m.Start)).TakeLast(settings.QualityMeetings).ToList();
        if (scored.Count == settings.QualityMeetings)
        {
            var falling = scored.Zip(scored.Skip(1)).All(p => p.Second.score < p.First.score);
            var drop = scored[0].score!.Value - scored[^1].score!.Value;
            if (falling && drop >= settings.QualityDrop - 1e-9)
                alerts.Add(new Alert(AlertKinds.QualityFalling, scored[^1].m.Id, string.Format(CultureInfo.InvariantCulture,
                    "dialogue quality fell over the last {0} meetings: {1}", scored.Count, string.Join(" → ", scored.Select(x => x.score!.Value.ToString("0.0", CultureInfo.InvariantCulture))))));
        }

        foreach (var area in s.Areas.Where(area => !s.Actors.Any(a => Calculators.IsActive(a) && a.Areas.Contains(area.Id))))
            alerts.Add(new Alert(AlertKinds.UncoveredArea, area.Id, $"area '{area.Label.For(language)}' has no active partner (member or signatory)"));

        foreach (var ag in s.Agreements.Where(a => LiveAgreement.Contains(a.Status)))
            if (Dates.Day(ag.ExpiresOn) is { } exp && exp >= today && exp.DayNumber - today.DayNumber <= settings.AgreementExpiryDays)
                alerts.Add(new Alert(AlertKinds.Expiring, ag.Id, $"agreement '{ag.Title ?? ag.Id}' expires on {exp:yyyy-MM-dd}, in {exp.DayNumber - today.DayNumber} days"));

        foreach (var r in results.Where(r => r.Status == TargetCheck.OffTrack))
            alerts.Add(new Alert(AlertKinds.OffTrack, r.Indicator.Code, string.Format(CultureInfo.InvariantCulture,
                "{0} ({1}) is off track: {2} against a target of {3} for {4}", r.Indicator.Code, r.Indicator.Name.For(language), r.Measure.Value, r.Target, r.TargetPeriod)));
        return alerts;
    }

    /// <summary>Partners (members and signatories) absent from the last N held meetings they were expected at (plenaries, and meetings that list them).</summary>
    private static IEnumerable<Alert> Absences(ClusterState s, int n, Func<string?, string> name)
    {
        var held = s.Meetings.Where(m => m.Status == "closed" && m.Attendance.Count > 0 && Dates.Instant(m.Start) <= s.AsOf)
            .OrderByDescending(m => Dates.Instant(m.Start)).ToList();
        if (held.Count == 0) yield break;
        foreach (var actor in s.Actors.Where(Calculators.IsActive).OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var expected = held.Where(m => m.Kind == "plenary" || m.Attendance.Any(x => x.ActorId == actor.Id)).Take(n).ToList();
            if (expected.Count < n) continue;
            if (expected.All(m => !m.Attendance.Any(x => x.ActorId == actor.Id && x.Present)))
                yield return new Alert(AlertKinds.Absent, actor.Id, $"{name(actor.Id)} was absent from the last {n} meetings");
        }
    }
}
