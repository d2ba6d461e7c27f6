using Meic.Sdk.Text;

namespace Meic.FocusGroups.Tests;

public sealed class StringsTests
{
    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_translate_every_english_string(string language)
    {
        var strings = Strings.Load(typeof(FocusGroupsPlugin).Assembly, "Meic.FocusGroups.strings", language);
        strings.Keys.Count.ShouldBeGreaterThan(100);
        strings.Keys.Where(k => !strings.HasOwn(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Should_ship_the_rome_and_madrid_codebooks_in_three_languages()
    {
        foreach (var city in new[] { "rome", "madrid" })
        {
            var file = Path.Combine(Meic.Testing.Repo.Root, "templates", "clusters", city, "codebook", "codebook.json");
            foreach (var lang in Strings.SupportedLanguages)
            {
                var codes = Templates.CodebookFile.Read(File.ReadAllText(file), lang, file);
                codes.Count.ShouldBeGreaterThanOrEqualTo(10);
                codes.ShouldAllBe(c => c.Names.ContainsKey(lang) && c.Definition != null);
            }
        }
    }
}
