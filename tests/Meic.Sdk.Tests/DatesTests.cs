using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

public sealed class DatesTests
{
    [Theory]
    [InlineData("20/03/2027")]
    [InlineData("20/3/2027")]
    [InlineData("20.03.2027")]
    [InlineData("20-03-2027")]
    [InlineData("2027-03-20")]
    [InlineData(" 2027-03-20 ")]
    [InlineData("2027-03-20T10:30:00+01:00")]
    [InlineData("2027-03-20T23:30:00.5Z")]
    public void Should_read_a_date_day_first_or_iso_or_from_an_instant(string text)
    {
        Dates.TryParse(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(2027, 3, 20));
    }

    [Theory]
    [InlineData("03/20/2027")]  // month first: never read
    [InlineData("20/03/27")]    // two-digit year: ambiguous
    [InlineData("20/03-2027")]
    [InlineData("2027/03/20")]
    [InlineData("tomorrow")]
    [InlineData("")]
    public void Should_not_read_what_is_not_one_of_the_accepted_forms(string text)
    {
        Dates.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_in_the_users_language_naming_both_forms_and_exit_code_2()
    {
        var e = Should.Throw<InputException>(() => Dates.Parse("marzo", "it", "--date"));
        e.ExitCode.ShouldBe(2);
        e.Message.ShouldBe("--date: «marzo» non è una data: scrivila come gg/mm/aaaa (20/03/2027) o aaaa-mm-gg (2027-03-20).");

        Should.Throw<InputException>(() => Dates.Parse("31/02/2027", "es")).Message
            .ShouldStartWith("«31/02/2027» no es un día del calendario");
    }

    [Theory]
    [InlineData("20/03/2027 10:00")]
    [InlineData("2027-03-20 10:00")]
    [InlineData("2027-03-20T10:00")]
    [InlineData("20/03/2027 10:00:00")]
    [InlineData("20/03/2027 10.00")] // as Italy writes the time
    [InlineData("20/03/2027 ore 10:00")]
    [InlineData("20/03/2027 alle 10.00")]
    [InlineData("20/03/2027 a las 10:00")]
    public void Should_read_a_date_and_time_of_day(string text)
    {
        Dates.TryParseDateTime(text, out var local).ShouldBeTrue();
        local.ShouldBe(new DateTime(2027, 3, 20, 10, 0, 0));
        local.Kind.ShouldBe(DateTimeKind.Unspecified);
    }

    [Theory]
    [InlineData("20/03/2027 25:00")]
    [InlineData("20/03/2027")]
    [InlineData("20/03/2027 10")]
    [InlineData("20/03/2027 10.0")]
    [InlineData("20/03/2027 ore")]
    public void Should_not_read_a_date_and_time_without_a_valid_time(string text)
    {
        Dates.TryParseDateTime(text, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("it", 2027, 1, 1, "1° gennaio 2027")]
    [InlineData("it", 2027, 2, 5, "5 febbraio 2027")]
    [InlineData("es", 2027, 1, 1, "1 de enero de 2027")]
    [InlineData("es", 2027, 2, 5, "5 de febrero de 2027")]
    [InlineData("en", 2027, 1, 1, "1 January 2027")]
    public void Should_write_a_date_in_words_as_each_language_does(string language, int y, int m, int d, string expected)
    {
        Dates.Format(new DateOnly(y, m, d), language).ShouldBe(expected);
    }

    [Fact]
    public void Should_write_weekdays_times_and_short_dates()
    {
        var day = new DateOnly(2027, 3, 20);
        Dates.FormatWithWeekday(day, "it").ShouldBe("sabato 20 marzo 2027");
        Dates.FormatWithWeekday(day, "es").ShouldBe("sábado, 20 de marzo de 2027");
        Dates.Format(new DateTime(2027, 3, 20, 10, 0, 0), "it").ShouldBe("20 marzo 2027, ore 10:00");
        Dates.FormatShort(day, "it").ShouldBe("20/03/2027");
        Dates.TryParse(Dates.FormatShort(day, "es"), out var back).ShouldBeTrue();
        back.ShouldBe(day);
        Dates.Iso(day).ShouldBe("2027-03-20");
    }

    [Fact]
    public void Should_word_durations_through_humanizer_in_italian_and_spanish()
    {
        Dates.Duration(TimeSpan.FromDays(21), "it").ShouldBe("3 settimane");
        Dates.Duration(TimeSpan.FromDays(2), "es").ShouldBe("2 días");
        Dates.Duration(TimeSpan.FromHours(1), "en").ShouldBe("1 hour");
    }
}
