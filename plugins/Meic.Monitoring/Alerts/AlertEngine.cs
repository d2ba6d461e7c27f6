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
        var text = Sdk.Text.Strings.Load(typeof(MonitoringPlugin).Assembly, "Meic.Monitoring.strings", language);
        string Day(DateOnly d) => Sdk.Text.Dates.Format(d, language);
        string Number(double? v) => Commands.Ui.Show(v, text);
        var today = s.Day;
        var names = s.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        string Name(string? id) => id is not null && names.TryGetValue(id, out var n) ? n : id ?? "?";
        var alerts = new List<Alert>();
        alerts.AddRange(Absences(s, settings.AbsentMeetings, Name, text));

        foreach (var a in s.Actions.Where(a => a.Status == "open" && Dates.Day(a.Due) is { } d && today.DayNumber - d.DayNumber > settings.OverdueGraceDays)
                     .OrderBy(a => a.Due, StringComparer.Ordinal))
            alerts.Add(new Alert(AlertKinds.Overdue, a.Id,
                text["alert.overdue", a.What, Name(a.OwnerActorId), Day(Dates.Day(a.Due)!.Value), today.DayNumber - Dates.Day(a.Due)!.Value.DayNumber]));

        var scored = s.Meetings.Where(m => m.Status != "planned" && Dates.Instant(m.Start) <= s.AsOf)
            .Select(m => (m, score: Calculators.PulseScore(m))).Where(x => x.score is not null)
            .OrderBy(x => Dates.Instant(x.m.Start)).TakeLast(settings.QualityMeetings).ToList();
        if (scored.Count == settings.QualityMeetings)
        {
            var falling = scored.Zip(scored.Skip(1)).All(p => p.Second.score < p.First.score);
            var drop = scored[0].score!.Value - scored[^1].score!.Value;
            if (falling && drop >= settings.QualityDrop - 1e-9)
                alerts.Add(new Alert(AlertKinds.QualityFalling, scored[^1].m.Id,
                    text["alert.quality", scored.Count, string.Join(" → ", scored.Select(x => Sdk.Text.Numbers.Format(x.score!.Value, language, 1)))]));
        }

        foreach (var area in s.Areas.Where(area => !s.Actors.Any(a => Calculators.IsActive(a) && a.Areas.Contains(area.Id))))
            alerts.Add(new Alert(AlertKinds.UncoveredArea, area.Id, text["alert.uncovered", area.Label.For(language)]));

        foreach (var ag in s.Agreements.Where(a => LiveAgreement.Contains(a.Status)))
            if (Dates.Day(ag.ExpiresOn) is { } exp && exp >= today && exp.DayNumber - today.DayNumber <= settings.AgreementExpiryDays)
                alerts.Add(new Alert(AlertKinds.Expiring, ag.Id, text["alert.expiring", ag.Title ?? ag.Id, Day(exp), exp.DayNumber - today.DayNumber]));

        foreach (var r in results.Where(r => r.Status == TargetCheck.OffTrack))
            alerts.Add(new Alert(AlertKinds.OffTrack, r.Indicator.Code,
                text["alert.offTrack", r.Indicator.Code, r.Indicator.Name.For(language), Number(r.Measure.Value), Number(r.Target), r.TargetPeriod ?? ""]));
        return alerts;
    }

    /// <summary>Partners (members and signatories) absent from the last N held meetings they were expected at (plenaries, and meetings that list them).</summary>
    private static IEnumerable<Alert> Absences(ClusterState s, int n, Func<string?, string> name, Sdk.Text.Strings text)
    {
        var held = s.Meetings.Where(m => m.Status == "closed" && m.Attendance.Count > 0 && Dates.Instant(m.Start) <= s.AsOf)
            .OrderByDescending(m => Dates.Instant(m.Start)).ToList();
        if (held.Count == 0) yield break;
        foreach (var actor in s.Actors.Where(Calculators.IsActive).OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var expected = held.Where(m => m.Kind == "plenary" || m.Attendance.Any(x => x.ActorId == actor.Id)).Take(n).ToList();
            if (expected.Count < n) continue;
            if (expected.All(m => !m.Attendance.Any(x => x.ActorId == actor.Id && x.Present)))
                yield return new Alert(AlertKinds.Absent, actor.Id, text["alert.absent", name(actor.Id), n]);
        }
    }
}
