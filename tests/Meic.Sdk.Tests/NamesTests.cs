using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

public sealed class NamesTests
{
    [Theory]
    [InlineData("third-sector")]
    [InlineData("third_sector")]
    [InlineData("ThirdSector")]
    [InlineData("THIRD SECTOR")]
    public void Should_parse_enum_values_as_people_type_them(string text)
    {
        Names.TryParse<Sector>(text, out var sector).ShouldBeTrue();
        sector.ShouldBe(Sector.ThirdSector);
    }

    [Fact]
    public void Should_suggest_the_nearest_valid_name()
    {
        Names.Nearest("thrid-sector", Enum.GetValues<Sector>().Select(s => Names.Kebab(s))).ShouldBe("third-sector");
        Names.Nearest("zzzzzzzzzzzz", ["housing", "work"]).ShouldBeNull();
    }

    [Fact]
    public void Should_fall_back_to_english_for_a_missing_language()
    {
        var text = new LocalizedText { ["en"] = "Housing", ["it"] = "Accoglienza abitativa" };
        text.For("it").ShouldBe("Accoglienza abitativa");
        text.For("es").ShouldBe("Housing");
    }
}
