using Meic.Facilitation.Ics;
using Meic.Facilitation.Model;

namespace Meic.Facilitation.Tests;

public sealed class IcsZoneTests
{
    private static readonly TimeZoneInfo Rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    private static List<Meeting> WeeklySeriesAcrossDaylightSaving()
    {
        // 21 March 2030, 10:00 in Rome (UTC+1); summer time starts on 31 March, so the third meeting is at UTC+2.
        var first = new DateTimeOffset(2030, 3, 21, 10, 0, 0, TimeSpan.FromHours(1));
        var starts = Recurrence.FromEvery("weekly", 4).Starts(first, Rome, out _);
        return starts.Select((s, i) => new Meeting
        {
            Id = $"m{i}", Uid = $"m{i}@meic-toolkit", Title = "Tavolo lavoro", Kind = MeetingKind.ThematicTable,
            Start = s, End = s.AddMinutes(90), SeriesId = "m0", SeriesUid = "series@meic-toolkit", SeriesStart = s,
            Recurrence = "FREQ=WEEKLY;COUNT=4",
            Agenda = [new AgendaItem { Id = "a", Title = "Giro di tavolo", Minutes = 20 }, new AgendaItem { Id = "b", Title = "Casa", Minutes = 40 }],
        }).ToList();
    }

    [Fact]
    public void Should_write_wall_clock_times_with_the_cluster_zone_and_its_vtimezone()
    {
        var text = new IcsWriter(DateTimeOffset.UnixEpoch, id => id ?? "", Rome, k => k.ToString()).Write(WeeklySeriesAcrossDaylightSaving());

        text.ShouldContain("DTSTART;TZID=Europe/Rome:20300321T100000");
        text.ShouldContain("BEGIN:VTIMEZONE");
        text.ShouldContain("TZID:Europe/Rome");
        text.ShouldNotContain("DTSTART:2030");
        text.ShouldContain("RRULE:FREQ=WEEKLY;COUNT=4");
    }

    [Fact]
    public void Should_keep_a_weekly_series_at_ten_oclock_across_daylight_saving_when_a_calendar_client_expands_it()
    {
        var text = new IcsWriter(DateTimeOffset.UnixEpoch, id => id ?? "", Rome, k => k.ToString()).Write(WeeklySeriesAcrossDaylightSaving());

        var calendar = Ical.Net.Calendar.Load(text)!;
        var occurrences = calendar.GetOccurrences(new Ical.Net.DataTypes.CalDateTime(2030, 3, 1)).Take(10).ToList();

        occurrences.Count.ShouldBe(4);
        foreach (var o in occurrences)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(o.Period.StartTime.AsUtc, Rome);
            local.Hour.ShouldBe(10);
            local.Minute.ShouldBe(0);
        }
        occurrences.Select(o => o.Period.StartTime.AsUtc.Hour).Distinct().Count().ShouldBe(2); // 09:00Z before the change, 08:00Z after
    }

    [Fact]
    public void Should_read_back_what_it_wrote_at_the_same_instants()
    {
        var meetings = WeeklySeriesAcrossDaylightSaving();
        var text = new IcsWriter(DateTimeOffset.UnixEpoch, id => id ?? "", Rome, k => k.ToString()).Write(meetings);

        var back = new IcsReader("series.ics", TimeZoneInfo.Utc, Meic.Sdk.Text.Strings.Load(typeof(FacilitationPlugin).Assembly, "Meic.Facilitation.strings", "en")).Read(text).Single();

        back.Start.ShouldBe(meetings[0].Start);
        back.End.ShouldBe(meetings[0].End);
        back.RRule.ShouldBe("FREQ=WEEKLY;COUNT=4");
    }

    [Fact]
    public void Should_give_clock_times_in_the_description_not_minutes_from_the_start()
    {
        var text = new IcsWriter(DateTimeOffset.UnixEpoch, id => id ?? "", Rome, k => k.ToString()).Write(WeeklySeriesAcrossDaylightSaving().Take(1));
        var description = Ical.Net.Calendar.Load(text)!.Events.Single().Description!;

        description.ShouldContain("10:00 Giro di tavolo (20')");
        description.ShouldContain("10:20 Casa (40')");
        description.ShouldNotStartWith("0:00");
    }
}
