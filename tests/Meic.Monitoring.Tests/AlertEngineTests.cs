using Meic.Monitoring.Alerts;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Sdk.Model;

namespace Meic.Monitoring.Tests;

public sealed class AlertEngineTests
{
    private static List<Alert> Run(ClusterState s, MonitoringSettings? settings = null, IEnumerable<IndicatorResult>? results = null) =>
        AlertEngine.Evaluate(s, results ?? [], settings ?? new MonitoringSettings(), "en");

    [Fact]
    public void Should_flag_a_partner_absent_from_the_last_N_meetings_only()
    {
        var s = new ClusterState
        {
            AsOf = Build.Now,
            Actors = [Build.Actor("a", EngagementStage.Member), Build.Actor("b", EngagementStage.Member)],
            Meetings = [Build.Meeting("m1", "2026-01-01", "plenary", ("a", true), ("b", true)),
                        Build.Meeting("m2", "2026-02-01", "plenary", ("a", false), ("b", true)),
                        Build.Meeting("m3", "2026-03-01", "plenary", ("a", false), ("b", false)),
                        Build.Meeting("m4", "2026-04-01", "plenary", ("b", true))],
        };
        var absent = Run(s).Where(a => a.Kind == AlertKinds.Absent).ToList();
        absent.Select(a => a.Subject).ShouldBe(["a"]);
        Run(s, new MonitoringSettings { AbsentMeetings = 4 }).ShouldNotContain(a => a.Kind == AlertKinds.Absent);
    }

    [Fact]
    public void Should_flag_overdue_actions_falling_quality_uncovered_areas_and_expiring_agreements()
    {
        var s = new ClusterState
        {
            AsOf = Build.Now,
            Actors = [Build.Actor("a", EngagementStage.Member, "work"), Build.Actor("b", EngagementStage.Mapped, "housing")],
            Areas = [new AreaDefinition { Id = "work", Label = new LocalizedText { ["en"] = "Work" } }, new AreaDefinition { Id = "housing", Label = new LocalizedText { ["en"] = "Housing" } }],
            Actions = [new ActionDoc { Id = "late", What = "send the map", Due = "2026-06-01", Status = "open" }, new ActionDoc { Id = "fine", Due = "2026-07-01", Status = "open" }],
            Meetings = [Build.Scored("m1", "2026-03-01", 4.5), Build.Scored("m2", "2026-04-01", 4.0), Build.Scored("m3", "2026-05-01", 3.2)],
            Agreements = [new AgreementDoc { Id = "soon", Title = "Protocol", Status = "inForce", ExpiresOn = "2026-07-15" },
                          new AgreementDoc { Id = "later", Status = "inForce", ExpiresOn = "2027-07-15" },
                          new AgreementDoc { Id = "draft", Status = "draft", ExpiresOn = "2026-07-01" }],
        };
        var alerts = Run(s);
        alerts.Where(a => a.Kind == AlertKinds.Overdue).Select(a => a.Subject).ShouldBe(["late"]);
        alerts.ShouldContain(a => a.Kind == AlertKinds.QualityFalling && a.Message.Contains("4.5 → 4.0 → 3.2"));
        alerts.Where(a => a.Kind == AlertKinds.UncoveredArea).Select(a => a.Subject).ShouldBe(["housing"]);
        alerts.Where(a => a.Kind == AlertKinds.Expiring).Select(a => a.Subject).ShouldBe(["soon"]);
        Run(s, new MonitoringSettings { AgreementExpiryDays = 10, OverdueGraceDays = 30, QualityDrop = 2 })
            .ShouldNotContain(a => a.Kind == AlertKinds.Expiring || a.Kind == AlertKinds.Overdue || a.Kind == AlertKinds.QualityFalling);
    }

    [Fact]
    public void Should_flag_a_target_off_track()
    {
        var ind = Build.Entered("PATHWAYS");
        var result = new IndicatorResult { Indicator = ind, Range = Build.Year(2026), Measure = Measure.Count(3), Target = 50, TargetPeriod = "2026", Status = TargetCheck.OffTrack };
        Run(new ClusterState { AsOf = Build.Now }, results: [result]).ShouldContain(a => a.Kind == AlertKinds.OffTrack && a.Subject == "PATHWAYS");
    }
}
