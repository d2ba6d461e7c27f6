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

    /// <summary>Loads the tables embedded in <paramref name="assembly"/> under <paramref name="prefix"/> for <paramref name="language"/>.</summary>
    /// <exception cref="InvalidDataException">A table is not a JSON object of key to text; the message names it and the line.</exception>
    public static Strings Load(Assembly assembly, string prefix, string language)
    {
        var english = Read(assembly, $"{prefix}.en.json") ?? new();
        var active = language == "en" ? english : Read(assembly, $"{prefix}.{language}.json") ?? new();
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
