using System.Text.RegularExpressions;
using Meic.Sdk.Text;

namespace Meic.Mapping.Tests;

public sealed class StringsTests
{
    private static Strings Table(string language) => Strings.Load(typeof(MappingPlugin).Assembly, "Meic.Mapping.strings", language);

    private static IReadOnlyDictionary<string, string> Own(string language)
    {
        var table = Table(language);
        return table.Keys.Concat(Table("en").Keys).Distinct().Where(table.HasOwn).ToDictionary(k => k, k => table[k]);
    }

    private static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{(\d+)(?:[:,][^}]*)?\}").Select(m => int.Parse(m.Groups[1].Value)).Distinct().Order());

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_translate_every_english_key(string language)
    {
        var english = Table("en");
        var other = Table(language);
        english.Keys.Count.ShouldBeGreaterThan(100);
        english.Keys.Where(k => !other.HasOwn(k)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_have_no_key_that_english_lacks(string language)
    {
        var english = Table("en");
        Own(language).Keys.Where(k => !english.HasOwn(k)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_use_the_same_placeholders_as_english(string language)
    {
        var english = Own("en");
        var other = Own(language);
        english.Where(e => other.ContainsKey(e.Key) && Placeholders(other[e.Key]) != Placeholders(e.Value))
            .Select(e => $"{e.Key}: en {{{Placeholders(e.Value)}}}, {language} {{{Placeholders(other[e.Key])}}}")
            .ShouldBeEmpty();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_give_every_plural_both_its_forms(string language)
    {
        var keys = Own(language).Keys.ToHashSet();
        keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal) && !keys.Contains(k[..^4] + ".other"))
            .Concat(keys.Where(k => k.EndsWith(".other", StringComparison.Ordinal) && !keys.Contains(k[..^6] + ".one")))
            .ShouldBeEmpty();
    }
}
