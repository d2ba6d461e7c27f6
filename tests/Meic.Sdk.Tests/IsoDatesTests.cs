using System.Globalization;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

public sealed class IsoDatesTests
{
    [Fact]
    public void Should_read_every_instant_as_the_runtime_parser_does()
    {
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 4, 14 * 4 + 1) * 15);
            var ticks = random.NextInt64(DateTime.MinValue.AddDays(2).Ticks, DateTime.MaxValue.AddDays(-2).Ticks);
            if (n % 3 == 0) ticks -= ticks % TimeSpan.TicksPerSecond; // whole seconds: no fraction written
            var instant = new DateTimeOffset(ticks, offset);
            foreach (var text in new[]
            {
                instant.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture), // how records are written
                instant.ToString("O", CultureInfo.InvariantCulture),
                instant.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
            })
            {
                IsoDates.TryParseInstant(text, out var fast).ShouldBeTrue(text);
                var expected = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
                fast.ShouldBe(expected, text);
                fast.Offset.ShouldBe(expected.Offset, text);
            }
        }
    }

    [Fact]
    public void Should_read_every_date_as_the_runtime_parser_does()
    {
        for (var d = new DateOnly(1, 1, 1); d < new DateOnly(9997, 1, 1); d = d.AddDays(997))
            foreach (var day in new[] { d, new DateOnly(2024, 2, 29), new DateOnly(2026, 12, 31) })
            {
                var text = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                IsoDates.TryParseDate(text, out var parsed).ShouldBeTrue(text);
                parsed.ShouldBe(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        foreach (var bad in new[] { "2026-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "2026-1-01", "2026/01/01", "2026-01-01T00:00:00Z", "" })
            IsoDates.TryParseDate(bad, out _).ShouldBeFalse(bad);
    }

    [Theory]
    [InlineData("2026-02-30T10:00:00Z")]
    [InlineData("2026-11-22T24:00:00Z")]
    [InlineData("2026-11-22T10:30:00")]
    [InlineData("2026-11-22 10:30:00Z")]
    [InlineData("2026-11-22T10:30:00.Z")]
    [InlineData("2026-11-22T10:30:00.12345678Z")]
    [InlineData("2026-11-22T10:30:00+15:00")]
    [InlineData("2026-11-22T10:30:00+0100")]
    [InlineData("22/11/2026 10:30")]
    public void Should_leave_any_other_form_to_the_general_parser(string text) =>
        IsoDates.TryParseInstant(text, out _).ShouldBeFalse();
}
