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
}
