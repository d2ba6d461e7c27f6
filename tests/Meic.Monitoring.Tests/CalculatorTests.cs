using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Sdk.Model;

namespace Meic.Monitoring.Tests;

public sealed class CalculatorTests
{
    private static Measure Run(string key, ClusterState s, DateRange? r = null) => Calculators.All[key](s, r ?? Build.Year(2026));

    [Fact]
    public void Should_give_no_data_not_a_crash_when_a_collection_is_missing()
    {
        var empty = new ClusterState { AsOf = Build.Now };
        foreach (var (key, calc) in Calculators.All)
        {
            var m = calc(empty, Build.Year(2026));
            m.Value.ShouldBeNull(key);
            m.Notes.ShouldNotBeEmpty(key);
        }
    }

    [Fact]
    public void Should_count_members_by_network_kind_and_the_funnel()
    {
        var a = Build.Actor("a", EngagementStage.Member); a.NetworkKind = NetworkKind.Coordinated;
        var b = Build.Actor("b", EngagementStage.Signatory); b.NetworkKind = NetworkKind.Collaborative;
        var s = new ClusterState { AsOf = Build.Now, Actors = [a, b, Build.Actor("c", EngagementStage.Mapped), Build.Actor("d", EngagementStage.Exited)] };
        var members = Run("actors.members", s);
        members.Value.ShouldBe(2);
        members.Breakdown["networkKind:coordinated"].ShouldBe(1);
        var funnel = Run("funnel.signatoryRate", s);
        funnel.Value!.Value.ShouldBe(100.0 / 3, 1e-3);
        funnel.Breakdown["funnel:1-mapped"].ShouldBe(3);
        funnel.Breakdown["funnel:4-member"].ShouldBe(2);
        Run("actors.mapped", s).Value.ShouldBe(3);
    }

    [Fact]
    public void Should_count_what_was_signed_and_raised_today()
    {
        var today = DateOnly.FromDateTime(Build.Now.UtcDateTime).ToString("yyyy-MM-dd");
        var s = new ClusterState
        {
            AsOf = Build.Now,
            Agreements = [new AgreementDoc { Id = "ag", Status = "inForce", Parties = [new PartyDoc { ActorId = "a", SignedOn = today }, new PartyDoc { ActorId = "b", SignedOn = today }] }],
            Conflicts = [new ConflictDoc { Id = "c1", RaisedOn = today, Status = "open" }],
        };

        Run("agreements.signatories", s).Value.ShouldBe(2);
        Run("conflicts.open", s).Value.ShouldBe(1);
    }

    [Fact]
    public void Should_give_no_data_for_attendance_when_nobody_was_expected()
    {
        var s = new ClusterState { AsOf = Build.Now, Meetings = [Build.Meeting("m1", "2026-03-01")] };
        var m = Run("meetings.attendanceRate", s);
        m.Value.ShouldBeNull();
        m.Denominator.ShouldBe(0);
        Run("meetings.held", s).Value.ShouldBe(1);
    }

    [Fact]
    public void Should_compute_attendance_actions_quality_agreements_conflicts_and_focus_groups()
    {
        var s = new ClusterState
        {
            AsOf = Build.Now,
            Meetings = [Build.Meeting("m1", "2026-03-01", "plenary", ("a", true), ("b", false)), Build.Meeting("m2", "2025-03-01", "plenary", ("a", false)),
                        Build.Scored("m3", "2026-04-01", 4), Build.Scored("m4", "2026-05-01", 3)],
            Actions = [new ActionDoc { Id = "x1", Due = "2026-02-01", Status = "done", DoneOn = "2026-01-30" },
                       new ActionDoc { Id = "x2", Due = "2026-03-01", Status = "open" },
                       new ActionDoc { Id = "x3", Due = "2026-12-01", Status = "open" },
                       new ActionDoc { Id = "x4", Due = "2026-03-01", Status = "dropped" }],
            Agreements = [new AgreementDoc { Id = "ag", Status = "inForce", Parties = [new PartyDoc { ActorId = "a", SignedOn = "2026-01-10" }, new PartyDoc { ActorId = "b", SignedOn = "2026-01-10", ExitedOn = "2026-05-01" }] }],
            Conflicts = [new ConflictDoc { Id = "c1", RaisedOn = "2026-06-05", Status = "open" }, new ConflictDoc { Id = "c2", RaisedOn = "2026-01-01", Status = "resolved" }],
            Sessions = [new FocusSessionDoc { Id = "f", Date = "2026-02-02", Participants = [new FocusParticipantDoc { Consent = Newtonsoft.Json.Linq.JToken.Parse("{\"version\":\"1\"}") }, new FocusParticipantDoc { Withdrawn = true, Consent = Newtonsoft.Json.Linq.JToken.Parse("{}") }, new FocusParticipantDoc()] }],
        };
        Run("meetings.attendanceRate", s).Value.ShouldBe(50);
        Run("actions.completionRate", s).Value.ShouldBe(50);   // due so far this year: x1 done, x2 open; x3 is not due yet, x4 dropped
        Run("actions.overdueRate", s).Value.ShouldBe(50);      // due before 15 June: x1 (on time), x2 (late)
        var q = Run("dialogue.quality", s);
        q.Value.ShouldBe(3.5);
        q.Breakdown["trend:perMeeting"].ShouldBe(-1);
        Run("agreements.signatories", s).Value.ShouldBe(1);
        Run("agreements.exits", s).Value.ShouldBe(1);
        Run("conflicts.open", s).Value.ShouldBe(1);
        Run("conflicts.averageAge", s).Value.ShouldBe(10);
        Run("focusgroups.held", s).Value.ShouldBe(1);
        Run("focusgroups.consenting", s).Value.ShouldBe(1);
    }
}
