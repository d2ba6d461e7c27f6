using System.Globalization;
using System.Reflection;

namespace Meic.Sdk.Text;

/// <summary>
/// A localizer over JSON string tables embedded in an assembly as
/// <c>&lt;prefix&gt;.en.json</c>, <c>&lt;prefix&gt;.it.json</c>, <c>&lt;prefix&gt;.es.json</c>: flat objects of key to text.
/// </summary>
public sealed class Strings : ILocalizer
{
    /// <summary>The languages every string table must cover.</summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["it", "es", "en"];

    /// <summary>
    /// A test language (<c>qps</c>): every text is the English one with its words marked as <c>⟦…⟧</c> (see
    /// <see cref="Mark"/>) and what is formatted into it left unmarked, so a test can find any word that did not come
    /// from a table. Never offered to users.
    /// </summary>
    public const string PseudoLanguage = "qps";

    /// <summary>The opening mark of a pseudo-language text.</summary>
    public const char MarkOpen = '⟦';

    /// <summary>The closing mark of a pseudo-language text.</summary>
    public const char MarkClose = '⟧';

    /// <summary><paramref name="text"/> as the pseudo-language shows it: <c>⟦text⟧</c>.</summary>
    public static string Mark(string text) => $"{MarkOpen}{text}{MarkClose}";

    private readonly Dictionary<string, string> _active;
    private readonly Dictionary<string, string> _english;

    private Strings(string language, Dictionary<string, string> active, Dictionary<string, string> english)
    {
        Language = language; _active = active; _english = english;
    }

    /// <inheritdoc />
    public string Language { get; }

    /// <summary>Every key of the English table (the reference), for completeness checks.</summary>
    public IReadOnlyCollection<string> Keys => _english.Keys;

    /// <summary>Whether the active language's table has <paramref name="key"/> of its own.</summary>
    public bool HasOwn(string key) => _active.ContainsKey(key);

    /// <inheritdoc />
    public string this[string key, params object?[] args]
    {
        get
        {
            var text = _active.TryGetValue(key, out var t) ? t : _english.TryGetValue(key, out var e) ? e : key;
            return args.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, args);
        }
    }

    /// <summary>
    /// The plural form of <paramref name="key"/> for <paramref name="count"/>: the table's <c>&lt;key&gt;.one</c> when the count is
    /// one, else <c>&lt;key&gt;.other</c> (the two forms Italian, Spanish and English have), formatted with the count as
    /// <c>{0}</c>, written in the language's conventions (<see cref="Numbers.Format(long, string)"/>), and
    /// <paramref name="args"/> as <c>{1}</c> onwards: <c>"1 risposta"</c>, <c>"3 risposte"</c>.
    /// </summary>
    public string Plural(string key, long count, params object?[] args)
    {
        object?[] all = [Numbers.Format(count, Language), .. args];
        return this[$"{key}.{(count == 1 ? "one" : "other")}", all];
    }

    // The pseudo-language marks a table's own words, not what is formatted into them: an English word passed as an
    // argument ("Sector: {0}" with a list of ids) then stands outside the marks, where the tests find it.
    private static string MarkWords(string template)
    {
        var parts = System.Text.RegularExpressions.Regex.Split(template, @"(\{\d+(?:[,:][^}]*)?\})");
        var sb = new System.Text.StringBuilder(template.Length + 8);
        foreach (var part in parts)
            sb.Append(part.Length > 0 && part[0] != '{' && part.Any(char.IsLetter) ? Mark(part) : part);
        return sb.ToString();
    }

    /// <summary>Loads the tables embedded in <paramref name="assembly"/> under <paramref name="prefix"/> for <paramref name="language"/>.</summary>
    /// <exception cref="InvalidDataException">A table is not a JSON object of key to text; the message names it and the line.</exception>
    public static Strings Load(Assembly assembly, string prefix, string language)
    {
        var english = Read(assembly, $"{prefix}.en.json") ?? new();
        var active = language == "en" ? english
            : language == PseudoLanguage ? english.ToDictionary(kv => kv.Key, kv => MarkWords(kv.Value), StringComparer.Ordinal)
            : Read(assembly, $"{prefix}.{language}.json") ?? new();
        return new Strings(language, active, english);
    }

    // Read with the SDK's own small reader, neither Newtonsoft.Json nor the runtime's: every command
    // loads strings, and either library's first use costs milliseconds that `meic status` should not pay.
    private static Dictionary<string, string>? Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null) return null;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var reader = new JsonScanner(System.Text.Encoding.UTF8.GetString(bytes), allowComments: true);
            if (!reader.Read()) return table;
            if (reader.Token != JsonTokenKind.StartObject) throw reader.Error($"expected an object of key to text; found {reader.TokenName}");
            while (reader.Read() && reader.Token == JsonTokenKind.PropertyName)
            {
                var key = reader.GetString();
                reader.Read();
                if (reader.Token != JsonTokenKind.String) throw reader.Error($"expected the text of \"{key}\"; found {reader.TokenName}");
                table[key] = reader.GetString();
            }
            reader.Read(); // nothing may follow the table
        }
        catch (JsonScanException e)
        {
            // A broken table is a build mistake: say which one, and where.
            throw new InvalidDataException($"The string table {name} is not valid: {e.Message}.", e);
        }
        return table;
    }
}
