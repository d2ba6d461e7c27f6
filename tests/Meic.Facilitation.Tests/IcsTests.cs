using System.Text;
using Meic.Facilitation.Ics;
using Meic.Facilitation.Model;
using Meic.Sdk.Errors;

namespace Meic.Facilitation.Tests;

public sealed class IcsTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    private static Meeting Sample(string title) => new()
    {
        Id = "2030-03-14-plenary", Uid = "abc123@meic-toolkit", Title = title, Kind = MeetingKind.Plenary,
        Start = new DateTimeOffset(2030, 3, 14, 9, 0, 0, TimeSpan.Zero), End = new DateTimeOffset(2030, 3, 14, 11, 0, 0, TimeSpan.Zero),
        Place = new Place { Address = "Via Roma 1; Sala, piano 2" },
    };

    [Fact]
    public void Should_fold_lines_at_75_octets_without_splitting_characters_and_use_crlf()
    {
        var title = string.Concat(Enumerable.Repeat("Tavolo تعاون ሰላም নমস্কার, ", 8));
        var text = new IcsWriter(DateTimeOffset.UnixEpoch, id => id ?? "", Utc, k => k.ToString()).Write([Sample(title)]);

        text.Replace("\r\n", "").ShouldNotContain("\n");
        foreach (var line in text.Split("\r\n"))
            Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(75);
        text.ShouldContain("LOCATION:Via Roma 1\\; Sala\\, piano 2");
        var back = new IcsReader("x.ics", Utc, Words("en")).Read(text).Single();
        back.Summary.ShouldBe(title);
        back.Location.ShouldBe("Via Roma 1; Sala, piano 2");
        back.Uid.ShouldBe("abc123@meic-toolkit");
        back.Start.ShouldBe(Sample(title).Start);
    }

    [Fact]
    public void Should_export_a_series_as_one_recurring_event_with_a_stable_uid()
    {
        var first = Sample("Tavolo lavoro");
        var meetings = Enumerable.Range(0, 3).Select(i =>
        {
            var m = Sample("Tavolo lavoro");
            m.Id = $"m{i}"; m.SeriesId = "m0"; m.SeriesUid = "series-1@meic-toolkit"; m.Recurrence = "FREQ=WEEKLY;COUNT=3";
            m.Start = first.Start.AddDays(7 * i); m.End = first.End.AddDays(7 * i); m.SeriesStart = m.Start;
            return m;
        }).ToList();
        meetings[2].Start = meetings[2].Start.AddHours(1); meetings[2].End = meetings[2].End.AddHours(1);

        var text = new IcsWriter(DateTimeOffset.UnixEpoch, id => id ?? "", Utc, k => k.ToString()).Write(meetings);

        text.ShouldContain("RRULE:FREQ=WEEKLY;COUNT=3\r\n");
        text.Split("BEGIN:VEVENT").Length.ShouldBe(3); // the rule, plus one override for the moved meeting
        text.ShouldMatch(@"RECURRENCE-ID[^:\r\n]*:20300328T090000");
        var events = new IcsReader("s.ics", Utc, Words("en")).Read(text);
        events.ShouldAllBe(e => e.Uid == "series-1@meic-toolkit");
        events[0].Series!.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20300314T090000Z\r\nSUMMARY no colon here\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "bad.ics:5", "NAME:VALUE")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:2030-03-14\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "bad.ics:4", "DTSTART")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20300314T090000Z\r\n", "bad.ics:2", "never closed")]
    [InlineData(" folded first\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "bad.ics:1", "continuation")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20300314T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "bad.ics:2", "UID")]
    [InlineData("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20300314T090000Z\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", "bad.ics:5", "closes BEGIN:VEVENT")]
    public void Should_name_the_line_of_a_broken_calendar(string text, string where, string message)
    {
        var e = Should.Throw<InputException>(() => new IcsReader("bad.ics", Utc, Words("en")).Read(text));
        e.Where.ShouldBe(where);
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void Should_read_folded_lines_with_tabs_and_bare_newlines_and_durations()
    {
        var text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=Europe/Rome:20300714T100000\nDURATION:PT1H30M\nSUMMARY:Tavolo \n\tlavoro\\, casa\nEND:VEVENT\nEND:VCALENDAR\n";
        var e = new IcsReader("x.ics", Utc, Words("en")).Read(text).Single();
        e.Summary.ShouldBe("Tavolo lavoro, casa");
        e.Start.ShouldBe(new DateTimeOffset(2030, 7, 14, 8, 0, 0, TimeSpan.Zero));
        (e.End - e.Start).ShouldBe(TimeSpan.FromMinutes(90));
    }

    [Fact]
    public void Should_keep_local_wall_clock_time_across_daylight_saving_in_a_weekly_series()
    {
        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var first = new DateTimeOffset(2030, 3, 21, 10, 0, 0, TimeSpan.FromHours(1));
        var starts = Recurrence.FromEvery("weekly", 3).Starts(first, rome, out _);
        starts.Select(s => TimeZoneInfo.ConvertTime(s, rome).Hour).ShouldAllBe(h => h == 10);
        starts[2].Offset.ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public void Should_expand_a_calendar_programs_weekly_series_by_weekday_at_the_same_hour_across_daylight_saving()
    {
        // What Google Calendar and Outlook export: a zone of their own, BYDAY, an exception date.
        var text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:tavolo@example.org\r\nDTSTART;TZID=Europe/Rome:20300319T100000\r\n"
            + "DTEND;TZID=Europe/Rome:20300319T113000\r\nRRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4\r\nEXDATE;TZID=Europe/Rome:20300402T100000\r\n"
            + "SUMMARY:Tavolo lavoro\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var e = new IcsReader("tavolo.ics", rome, Words("it")).Read(text).Single();
        e.Series.ShouldNotBeNull();
        var local = e.Series!.Select(s => TimeZoneInfo.ConvertTime(s, rome)).ToList();
        local.Select(s => s.Hour).ShouldAllBe(h => h == 10); // 10:00 before and after the change on 31 March
        local.Select(s => s.Day).ShouldBe([19, 26, 9]); // the 2 April is an exception
        local[0].Offset.ShouldBe(TimeSpan.FromHours(1));
        local[^1].Offset.ShouldBe(TimeSpan.FromHours(2));
        e.SeriesCut.ShouldBeFalse();
    }

    [Fact]
    public void Should_cut_an_endless_series_and_say_so()
    {
        var text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:sempre\r\nDTSTART:20300101T090000\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var e = new IcsReader("x.ics", Utc, Words("en")).Read(text).Single();
        e.Series!.Count.ShouldBe(IcsReader.MaxOccurrences);
        e.SeriesCut.ShouldBeTrue();
    }

    [Theory]
    [InlineData("it", "non viene mai chiuso")]
    [InlineData("es", "no se cierra nunca")]
    public void Should_refuse_a_broken_calendar_in_the_users_language(string language, string words)
    {
        var e = Should.Throw<InputException>(() => new IcsReader("rotto.ics", Utc, Words(language)).Read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n"));
        e.Where.ShouldBe("rotto.ics:2");
        e.Message.ShouldContain(words);
    }

    private static Meic.Sdk.Text.Strings Words(string language) =>
        Meic.Sdk.Text.Strings.Load(typeof(FacilitationPlugin).Assembly, "Meic.Facilitation.strings", language);
}
