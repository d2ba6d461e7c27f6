using Meic.Monitoring.Periods;
using Meic.Sdk.Errors;

namespace Meic.Monitoring.Tests;

public sealed class PeriodTests
{
    private static readonly Meic.Sdk.Text.Strings En = Commands.Ui.Strings("en");

    [Theory]
    [InlineData("2025", "2025-01-01", "2026-01-01")]
    [InlineData("2025-H2", "2025-07-01", "2026-01-01")]
    [InlineData("2025-q2", "2025-04-01", "2025-07-01")]
    [InlineData("2025-12", "2025-12-01", "2026-01-01")]
    public void Should_parse_years_halves_quarters_and_months(string text, string start, string end)
    {
        var p = Period.Parse(text, En);
        p.Start.ShouldBe(DateOnly.Parse(start));
        p.End.ShouldBe(DateOnly.Parse(end));
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-13")]
    [InlineData("last year")]
    public void Should_refuse_what_is_not_a_period(string text)
    {
        Should.Throw<InputException>(() => Period.Parse(text, En)).Message.ShouldContain("--period");
        Should.Throw<InputException>(() => Period.Parse(text, Commands.Ui.Strings("it"))).Message.ShouldContain($"atteso un periodo come 2025, 2025-H1, 2025-Q2 o 2025-06; trovato '{text}'.");
    }

    [Fact]
    public void Should_refuse_an_unknown_series_in_the_users_words() =>
        Should.Throw<InputException>(() => Period.CheckKind("week", Commands.Ui.Strings("es"))).Message
            .ShouldBe("--series: se esperaba uno de mes (month), trimestre (quarter), semestre (half), año (year); se encontró 'week'.");

    [Fact]
    public void Should_cover_a_range_with_consecutive_periods()
    {
        var months = Period.Series(new DateOnly(2025, 11, 15), new DateOnly(2026, 2, 1), "month");
        months.Select(m => m.Code).ShouldBe(["2025-11", "2025-12", "2026-01"]);
        Period.Parse("2025", En).Overlaps(Period.Parse("2025-Q3", En)).ShouldBeTrue();
        Period.Parse("2025-Q1", En).Overlaps(Period.Parse("2025-04", En)).ShouldBeFalse();
    }
}
