using Meic.Sdk.Text;

namespace Meic.Mapping.Tests;

public sealed class StringsTests
{
    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_translate_every_english_key(string language)
    {
        var english = Strings.Load(typeof(MappingPlugin).Assembly, "Meic.Mapping.strings", "en");
        var other = Strings.Load(typeof(MappingPlugin).Assembly, "Meic.Mapping.strings", language);
        english.Keys.Count.ShouldBeGreaterThan(100);
        english.Keys.Where(k => !other.HasOwn(k)).ShouldBeEmpty();
    }
}
