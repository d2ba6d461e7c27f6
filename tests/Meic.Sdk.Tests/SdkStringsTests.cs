using System.Text.RegularExpressions;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

/// <summary>The SDK's own tables (vocabulary and date wording) are complete both ways in it, es and en; plurals pick their form.</summary>
public sealed class SdkStringsTests
{
    private static readonly System.Reflection.Assembly Sdk = typeof(Strings).Assembly;

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_translate_every_sdk_string_and_nothing_english_lacks(string language)
    {
        var strings = Strings.Load(Sdk, "Meic.Sdk.strings", language);
        strings.Keys.Where(k => !strings.HasOwn(k)).ShouldBeEmpty($"SDK keys missing in {language}");
        var english = Strings.Load(Sdk, "Meic.Sdk.strings", "en");
        var own = Own(language);
        own.Where(k => !english.Keys.Contains(k)).ShouldBeEmpty($"SDK keys in {language} that English does not have");
        foreach (var key in english.Keys)
            Placeholders(strings[key]).ShouldBe(Placeholders(english[key]), $"placeholders of {key} in {language}");
    }

    [Fact]
    public void Should_pick_the_plural_form_by_count_and_write_the_count_in_the_languages_conventions()
    {
        var it = Strings.Load(typeof(SdkStringsTests).Assembly, "Meic.Sdk.Tests.tables", "it");
        it.Plural("answers", 1, "Roma").ShouldBe("1 risposta da Roma");
        it.Plural("answers", 3, "Roma").ShouldBe("3 risposte da Roma");
        it.Plural("answers", 0, "Roma").ShouldBe("0 risposte da Roma");
        it.Plural("answers", 1200, "Roma").ShouldBe("1.200 risposte da Roma");
        Strings.Load(typeof(SdkStringsTests).Assembly, "Meic.Sdk.Tests.tables", "en").Plural("answers", 1, "Rome").ShouldBe("1 answer from Rome");
    }

    [Fact]
    public void Should_mark_every_text_of_the_pseudo_language()
    {
        var qps = Strings.Load(typeof(SdkStringsTests).Assembly, "Meic.Sdk.Tests.tables", Strings.PseudoLanguage);
        qps["plain"].ShouldBe("⟦Hello⟧");
        qps["format", 1, 2].ShouldBe("1⟦ of ⟧2"); // what is formatted in stays outside the marks, to be checked on its own
        qps["format", "x", "y"].ShouldBe("x⟦ of ⟧y");
        Dates.Format(new DateOnly(2027, 1, 1), Strings.PseudoLanguage).ShouldBe("1 ⟦January⟧ 2027");
    }

    private static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{(\d+)[^}]*\}").Select(m => m.Groups[1].Value).Distinct().Order());

    private static IEnumerable<string> Own(string language)
    {
        using var stream = Sdk.GetManifestResourceStream($"Meic.Sdk.strings.{language}.json")!;
        var text = new StreamReader(stream).ReadToEnd();
        return Regex.Matches(text, "^\\s*\"([^\"]+)\"\\s*:", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
    }
}
