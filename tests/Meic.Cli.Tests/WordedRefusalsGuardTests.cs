using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Meic.Testing;

namespace Meic.Cli.Tests;

/// <summary>
/// Every refusal a person reads comes from a string table in their language. These checks read the sources and the
/// tables themselves, so an English refusal, or a table missing a language's key, fails here before it ships.
/// </summary>
public sealed partial class WordedRefusalsGuardTests
{
    /// <summary>
    /// Files allowed to build a refusal from a literal, each with its reason. Empty: every refusal in src/ and plugins/
    /// is worded by key (a plugin's <c>Strings</c>, the host's <c>Worded.Input</c>, the SDK's <c>Dates</c> and vocabularies).
    /// Add an entry only for a message no user can see, and say why.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal);

    // An InputException or MeicException whose message is a string literal, plain, interpolated or verbatim,
    // on the same line or the next: `new InputException("…")`, `new InputException($"…")`, `: InputException($"…")`.
    [GeneratedRegex(@"\b(?:InputException|MeicException)\(\s*(?:\$@|@\$|\$|@)?""")]
    private static partial Regex LiteralRefusal();

    private static IEnumerable<string> Sources() =>
        new[] { "src", "plugins" }.SelectMany(d => Directory.EnumerateFiles(Path.Combine(Repo.Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"));

    [Fact]
    public void Should_find_no_refusal_written_as_a_literal_in_the_sources()
    {
        var found = new List<string>();
        foreach (var file in Sources())
        {
            var relative = Path.GetRelativePath(Repo.Root, file).Replace('\\', '/');
            if (Allowed.ContainsKey(relative)) continue;
            var text = File.ReadAllText(file);
            foreach (Match m in LiteralRefusal().Matches(text))
            {
                var line = text.AsSpan(0, m.Index).Count('\n') + 1;
                var end = text.IndexOf('\n', m.Index);
                found.Add($"{relative}:{line}: {text[m.Index..(end < 0 ? text.Length : end)].Trim()}");
            }
        }
        found.ShouldBeEmpty("refusals people read come from the string tables (s[\"key\", args], Worded.Input(\"key\", …)); these are literals:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Should_allow_only_files_that_exist_each_with_a_reason()
    {
        foreach (var (file, reason) in Allowed)
        {
            File.Exists(Path.Combine(Repo.Root, file)).ShouldBeTrue(file);
            reason.Trim().Length.ShouldBeGreaterThan(10, file);
        }
    }

    [Fact]
    public void Should_catch_a_literal_refusal_on_one_line_or_two()
    {
        LiteralRefusal().IsMatch("throw new InputException(\"the file is empty.\", file);").ShouldBeTrue();
        LiteralRefusal().IsMatch("throw new InputException($\"no actor '{id}'.\", where);").ShouldBeTrue();
        LiteralRefusal().IsMatch("throw new InputException(\n    $\"'{id}' is not a party.\", \"--party\");").ShouldBeTrue();
        LiteralRefusal().IsMatch("    : InputException($\"missing variables: {list}\", \"--var\")").ShouldBeTrue();
        LiteralRefusal().IsMatch("throw new InputException(s[\"refuse.noActor\", id], where);").ShouldBeFalse();
        LiteralRefusal().IsMatch("throw Worded.Input(\"manifest.missing\", file, key);").ShouldBeFalse();
    }

    public static TheoryData<string> Tables()
    {
        var data = new TheoryData<string>();
        foreach (var d in new[] { "src", "plugins" })
            foreach (var en in Directory.EnumerateFiles(Path.Combine(Repo.Root, d), "strings.en.json", SearchOption.AllDirectories)
                         .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin")).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(Repo.Root, Path.GetDirectoryName(en)!).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Should_have_the_same_keys_and_placeholders_in_every_language_and_no_key_twice(string folder)
    {
        var tables = new[] { "en", "it", "es" }.ToDictionary(l => l, l => Read(Path.Combine(Repo.Root, folder, $"strings.{l}.json")));
        foreach (var language in new[] { "it", "es" })
        {
            tables["en"].Keys.Except(tables[language].Keys).ShouldBeEmpty($"{folder}/strings.{language}.json lacks these keys");
            tables[language].Keys.Except(tables["en"].Keys).ShouldBeEmpty($"{folder}/strings.{language}.json has keys English has not");
            foreach (var (key, english) in tables["en"])
                if (tables[language].TryGetValue(key, out var text))
                    Placeholders(text).ShouldBe(Placeholders(english), $"{folder}/strings.{language}.json: {key}");
        }
    }

    private static string[] Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex PlaceholderPattern();

    // A flat object of key to text, comments allowed; a key given twice is refused (the loader would keep the last silently).
    private static Dictionary<string, string> Read(string file)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(File.ReadAllText(file)), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        reader.Read().ShouldBeTrue(file);
        reader.TokenType.ShouldBe(JsonTokenType.StartObject, file);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            reader.TokenType.ShouldBe(JsonTokenType.String, $"{file}: {key}");
            table.TryAdd(key, reader.GetString()!).ShouldBeTrue($"{file}: the key {key} appears twice");
        }
        return table;
    }
}
