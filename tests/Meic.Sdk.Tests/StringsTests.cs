using System.Text.Json;
using System.Text.RegularExpressions;
using Meic.Sdk.Text;
using Meic.Testing;

namespace Meic.Sdk.Tests;

public sealed class StringsTests
{
    private static readonly System.Reflection.Assembly Host = typeof(Meic.Core.Hosting.MeicContext).Assembly;

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_translate_every_host_string(string language)
    {
        var strings = Strings.Load(Host, "Meic.Core.strings", language);
        strings.Keys.ShouldNotBeEmpty();
        strings.Keys.Where(k => !strings.HasOwn(k)).ShouldBeEmpty($"keys missing in {language}");
    }

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_translate_every_sdk_string_both_ways_with_the_same_placeholders(string language)
    {
        Dictionary<string, string> Raw(string l)
        {
            using var stream = typeof(Strings).Assembly.GetManifestResourceStream($"Meic.Sdk.strings.{l}.json")!;
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stream, new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        }
        var (english, own) = (Raw("en"), Raw(language));
        english.Keys.ShouldContain("table.unclosedQuote");
        english.Keys.Where(k => !own.ContainsKey(k)).ShouldBeEmpty($"SDK keys missing in {language}");
        own.Keys.Where(k => !english.ContainsKey(k)).ShouldBeEmpty($"SDK keys in {language} that English does not have");
        english.Keys.Where(k => Placeholders(english[k]) != Placeholders(own[k])).ShouldBeEmpty($"SDK keys whose placeholders differ in {language}");
    }

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_have_no_host_translation_without_an_english_original(string language)
    {
        var english = Table("en");
        Table(language).Keys.Where(k => !english.ContainsKey(k)).ShouldBeEmpty($"keys in {language} that English does not have");
    }

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_keep_the_placeholders_of_every_host_string_in_translation(string language)
    {
        var english = Table("en");
        var translated = Table(language);
        english.Where(kv => translated.TryGetValue(kv.Key, out var t) && Placeholders(t) != Placeholders(kv.Value))
            .Select(kv => kv.Key).ShouldBeEmpty($"keys whose {{n}} placeholders differ in {language}");
    }

    [Fact]
    public void Should_have_an_english_host_string_for_every_key_the_host_code_names()
    {
        var english = Table("en");
        var prefixes = english.Keys.Select(k => k.Split('.')[0]).Distinct().Select(Regex.Escape);
        var key = new Regex($"\"((?:{string.Join('|', prefixes)})(?:\\.[A-Za-z0-9_-]+)+)\"");
        var named = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .SelectMany(f => key.Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        named.ShouldContain("privacy.erase.done"); // the scan finds keys at all
        // File names such as "cluster.db" share a prefix with the cluster.* keys: a name ending in a file extension is not a key.
        var fileName = new Regex(@"\.(db|json|key|litedb|csv|xlsx|docx|md|lock)$");
        named.Where(k => !english.ContainsKey(k) && !fileName.IsMatch(k)).Order().ShouldBeEmpty("keys named in src/ but missing from strings.en.json");
    }

    private static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{(\d+)[^}]*\}").Select(m => m.Groups[1].Value).Distinct().Order());

    private static Dictionary<string, string> Table(string language)
    {
        using var stream = Host.GetManifestResourceStream($"Meic.Core.strings.{language}.json")!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream, new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
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
