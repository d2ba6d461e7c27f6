using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

public sealed class NumbersTests
{
    [Theory]
    [InlineData("it", 4.0, 1, "4,0")]
    [InlineData("es", 4.0, 1, "4,0")]
    [InlineData("en", 4.0, 1, "4.0")]
    [InlineData("it", 1234.56, 1, "1.234,6")]
    [InlineData("es", 1234.56, 1, "1234,6")]
    [InlineData("es", 12345.5, 1, "12.345,5")]
    [InlineData("en", 1234567.891, 2, "1,234,567.89")]
    [InlineData("it", -0.25, 2, "-0,25")]
    public void Should_write_numbers_with_the_languages_separators(string language, double value, int decimals, string expected)
    {
        Numbers.Format((decimal)value, language, decimals).ShouldBe(expected);
    }

    [Fact]
    public void Should_write_whole_numbers_and_percentages()
    {
        Numbers.Format(25L, "it").ShouldBe("25");
        Numbers.Format(1250000L, "it").ShouldBe("1.250.000");
        Numbers.Percent(45, "it").ShouldBe("45%");
        Numbers.Percent(12.5m, "es", 1).ShouldBe("12,5\u00a0%");
    }

    [Theory]
    [InlineData("it", 21, "ventuno")]
    [InlineData("es", 21, "veintiuno")]
    [InlineData("en", 21, "twenty-one")]
    public void Should_write_numbers_in_words_through_humanizer(string language, long value, string expected)
    {
        Numbers.Words(value, language).ShouldBe(expected);
    }

    [Theory]
    [InlineData("4,5", 4.5)]
    [InlineData("4.5", 4.5)]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("-3", -3)]
    [InlineData(" 12 ", 12)]
    public void Should_read_numbers_with_a_decimal_comma_or_point(string text, double expected)
    {
        Numbers.TryParse(text, out var value).ShouldBeTrue();
        value.ShouldBe((decimal)expected);
    }

    [Theory]
    [InlineData("1,2,3")]
    [InlineData("1.234.567")] // groups alone could be decimals: refused, never guessed
    [InlineData("abc")]
    public void Should_refuse_numbers_it_would_have_to_guess(string text)
    {
        Numbers.TryParse(text, out _).ShouldBeFalse();
    }
}
