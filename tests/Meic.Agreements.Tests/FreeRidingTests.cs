using Meic.Agreements.Model;
using Meic.Agreements.Services;

namespace Meic.Agreements.Tests;

public sealed class FreeRidingTests
{
    private static void Meeting(TestCluster cluster, string id, string start, params (string Actor, bool Present)[] attendance) =>
        cluster.Store.Collection<MeetingRecord>("meetings").Insert(new MeetingRecord
        {
            Id = id, Title = id, Kind = "plenary", Start = start, Status = "closed",
            Attendance = attendance.Select(a => new MeetingAttendance { ActorId = a.Actor, Present = a.Present }).ToList(),
        });

    private static FreeRidingResult Report(TestCluster cluster, DateOnly asOf)
    {
        var data = cluster.Data(today: asOf);
        var a = data.Agreement("roma");
        return FreeRidingReport.Compute(a, data.CommitmentsOf("roma"), data.ContributionsOf("roma"), data.Meetings.All(), data.ActorName, asOf);
    }

    [Fact]
    public void Should_say_attendance_is_unavailable_without_meetings()
    {
        using var cluster = new TestCluster();
        cluster.InForce();
        var report = Report(cluster, new DateOnly(2026, 1, 1));
        report.AttendanceAvailable.ShouldBeFalse();
        report.Shortfalls.ShouldNotContain(s => s.What.StartsWith("attendance"));
    }

    [Fact]
    public void Should_flag_low_attendance_and_short_contributions_with_the_clause_they_fall_short_of()
    {
        using var cluster = new TestCluster();
        cluster.InForce();
        Meeting(cluster, "m1", "2025-02-10T09:30:00+01:00", ("cies", true), ("cnos", true), ("lumsa", false));
        Meeting(cluster, "m2", "2025-04-10T09:30:00+02:00", ("cies", true), ("cnos", true), ("lumsa", true));
        Meeting(cluster, "m3", "2025-06-10T09:30:00+02:00", ("cies", true), ("cnos", false), ("lumsa", false));
        Meeting(cluster, "m4", "2027-06-10T09:30:00+02:00", ("cies", false)); // after the term: ignored
        var cies = cluster.Data().CommitmentsOf("roma").Single(c => c.ActorId == "cies");
        new ContributionService(cluster.Data(today: new DateOnly(2025, 12, 31))).Contribute("roma", "cies", cies.Id, null, 150, new DateOnly(2025, 6, 1), "segreteria");

        var report = Report(cluster, new DateOnly(2025, 12, 31)); // half the term: expected 100 hours, 2 courses
        report.AttendanceAvailable.ShouldBeTrue();
        report.MeetingsCounted.ShouldBe(3);
        var lumsa = report.Shortfalls.Single(s => s.ActorId == "lumsa");
        lumsa.Expected.ShouldBe(80m);
        lumsa.Actual.ShouldBe(33.3m);
        lumsa.Clause.ShouldBe("interaction");
        lumsa.Article.ShouldBe(8);
        var cnosCourses = report.Shortfalls.Single(s => s.ActorId == "cnos" && s.Unit == "corsi");
        cnosCourses.Clause.ShouldBe("contributions");
        cnosCourses.Actual.ShouldBe(0m);
        report.Shortfalls.ShouldNotContain(s => s.ActorId == "cies"); // 150 ≥ 100 and 100% attendance
        report.Shortfalls.ShouldContain(s => s.ActorId == "cnos" && s.Unit == "%"); // 66.7% < the general 75%
    }
}
