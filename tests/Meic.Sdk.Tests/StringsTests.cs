using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

public sealed class StringsTests
{
    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_translate_every_host_string(string language)
    {
        var assembly = typeof(Meic.Core.Hosting.MeicContext).Assembly;
        var strings = Strings.Load(assembly, "Meic.Core.strings", language);
        strings.Keys.ShouldNotBeEmpty();
        strings.Keys.Where(k => !strings.HasOwn(k)).ShouldBeEmpty($"keys missing in {language}");
    }

    [Fact]
    public void Should_read_a_table_with_comments_and_escapes()
    {
        var strings = Strings.Load(typeof(StringsTests).Assembly, "Meic.Sdk.Tests.tables", "en");

        strings["plain"].ShouldBe("Hello");
        strings["escaped"].ShouldBe("Tab\there, \"quoted\", back\\slash, é and 😀");
        strings["format", 1, 2].ShouldBe("1 of 2");
    }

    [Fact]
    public void Should_fall_back_to_english_then_to_the_key()
    {
        var strings = Strings.Load(typeof(StringsTests).Assembly, "Meic.Sdk.Tests.tables", "it");

        strings["plain"].ShouldBe("Ciao");
        strings.HasOwn("escaped").ShouldBeFalse();
        strings["escaped"].ShouldStartWith("Tab");
        strings["missing"].ShouldBe("missing");
    }

    [Fact]
    public void Should_name_a_broken_table_and_where_it_breaks()
    {
        var e = Should.Throw<InvalidDataException>(() => Strings.Load(typeof(StringsTests).Assembly, "Meic.Sdk.Tests.broken", "en"));

        e.Message.ShouldContain("Meic.Sdk.Tests.broken.en.json");
        e.Message.ShouldContain("expected the text of \"count\"; found a number (line 3, position 12)");
    }
}
