using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

/// <summary>
/// The SDK's records (cluster, actors, relationships) read and written by hand with the runtime's
/// JSON reader and writer, in exactly the JSON <see cref="Json.Settings"/> gives. Every command
/// reads these on start-up; a serializer's first use (reflection, or generic code compiled at run
/// time) costs more than the whole command. A test fills every property and compares both paths,
/// so a property added to a record and not here fails it.
/// </summary>
internal static partial class RecordJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Like Newtonsoft.Json: accents and quotes stay readable, only what JSON requires is escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private delegate T Reader<T>(ref Utf8JsonReader r);
    private delegate void PropertyReader<T>(ref Utf8JsonReader r, T target, string name);

    public static bool Handles(Type type) => type == typeof(Cluster) || type == typeof(Actor) || type == typeof(Relationship);

    public static string Write(object value)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            switch (value)
            {
                case Cluster c: WriteCluster(w, c); break;
                case Actor a: WriteActor(w, a); break;
                case Relationship rel: WriteRelationship(w, rel); break;
                default: throw new ArgumentException($"{value.GetType()} is not an SDK record.", nameof(value));
            }
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <exception cref="JsonException">The text is not JSON, or a value has the wrong type.</exception>
    public static object? Read(Type type, string json)
    {
        var r = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), ReaderOptions);
        if (!r.Read()) throw new JsonException("The JSON is empty.");
        if (r.TokenType == JsonTokenType.Null) return null;
        object result = type == typeof(Cluster) ? ReadCluster(ref r)
            : type == typeof(Actor) ? ReadActor(ref r)
            : type == typeof(Relationship) ? ReadRelationship(ref r)
            : throw new ArgumentException($"{type} is not an SDK record.", nameof(type));
        return result;
    }

    // ---- reading: one loop per object, property names matched without regard to case (as Newtonsoft.Json does)

    /// <summary>Reads an object into <paramref name="target"/>, one property at a time (names in lower case).</summary>
    private static T Object<T>(ref Utf8JsonReader r, T target, PropertyReader<T> property)
    {
        Expect(ref r, JsonTokenType.StartObject, "an object");
        while (NextProperty(ref r, out var name)) property(ref r, target, name);
        return target;
    }

    /// <summary>Moves to the next property of the object being read (its start first); false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader r, out string name)
    {
        r.Read();
        if (r.TokenType == JsonTokenType.EndObject) { name = ""; return false; }
        name = r.GetString()!.ToLowerInvariant();
        r.Read();
        return true;
    }

    private static void Expect(ref Utf8JsonReader r, JsonTokenType type, string what)
    {
        if (r.TokenType != type) throw Wrong(ref r, what);
    }

    private static JsonException Wrong(ref Utf8JsonReader r, string what) =>
        new($"expected {what}, found {r.TokenType} (at byte {r.TokenStartIndex}).");

    private static string? Str(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.String => r.GetString(),
        JsonTokenType.Null => null,
        // Newtonsoft.Json reads a number or boolean into a string property as its text.
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => Encoding.UTF8.GetString(r.ValueSpan),
        _ => throw Wrong(ref r, "a string"),
    };

    private static string Text(ref Utf8JsonReader r) => Str(ref r) ?? "";

    private static string NumberText(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.Number => Encoding.UTF8.GetString(r.ValueSpan),
        JsonTokenType.String => r.GetString()!,
        _ => throw Wrong(ref r, "a number"),
    };

    private static int Int(ref Utf8JsonReader r) => int.Parse(NumberText(ref r), NumberStyles.Integer, CultureInfo.InvariantCulture);
    private static int? IntOrNull(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : Int(ref r);
    private static double Double(ref Utf8JsonReader r) => double.Parse(NumberText(ref r), NumberStyles.Float, CultureInfo.InvariantCulture);
    private static double? DoubleOrNull(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : Double(ref r);
    private static decimal Decimal(ref Utf8JsonReader r) => decimal.Parse(NumberText(ref r), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool Bool(ref Utf8JsonReader r) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Wrong(ref r, "true or false"),
    };

    private static DateOnly Date(ref Utf8JsonReader r) =>
        DateOnly.ParseExact(Str(ref r) ?? throw Wrong(ref r, "a date"), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? DateOrNull(ref Utf8JsonReader r) => r.TokenType == JsonTokenType.Null ? null : Date(ref r);

    private static DateTimeOffset Instant(ref Utf8JsonReader r) =>
        DateTimeOffset.Parse(Str(ref r) ?? throw Wrong(ref r, "a date and time"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    // Non-generic on purpose: Enum.Parse<T> over each enum would be compiled at run time.
    private static object Enum(ref Utf8JsonReader r, Type type)
    {
        if (r.TokenType == JsonTokenType.Number) return System.Enum.ToObject(type, r.GetInt32());
        var text = r.TokenType == JsonTokenType.String ? r.GetString()! : throw Wrong(ref r, $"a {type.Name} name");
        return System.Enum.TryParse(type, text, ignoreCase: true, out var value) && !char.IsAsciiDigit(text[0]) ? value!
            : throw new JsonException($"'{text}' is not a {type.Name} (at byte {r.TokenStartIndex}).");
    }

    private static List<string>? Strings(ref Utf8JsonReader r) => List(ref r, Text);

    private static List<T>? List<T>(ref Utf8JsonReader r, Reader<T> item)
    {
        if (r.TokenType == JsonTokenType.Null) return null;
        Expect(ref r, JsonTokenType.StartArray, "an array");
        var list = new List<T>();
        while (r.Read() && r.TokenType != JsonTokenType.EndArray) list.Add(item(ref r));
        return list;
    }

    private static LocalizedText? Localized(ref Utf8JsonReader r)
    {
        if (r.TokenType == JsonTokenType.Null) return null;
        Expect(ref r, JsonTokenType.StartObject, "an object of language to text");
        var text = new LocalizedText();
        while (r.Read() && r.TokenType != JsonTokenType.EndObject)
        {
            var language = r.GetString()!;
            r.Read();
            text[language] = Text(ref r);
        }
        return text;
    }

    // ---- writing: Newtonsoft.Json's text for every value, nulls left out

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, List<string>? values)
    {
        if (values is null) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
    }

    // Newtonsoft.Json writes 1.0, not 1, for a whole double or decimal.
    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is not { } v) return;
        var text = v.ToString("R", CultureInfo.InvariantCulture);
        w.WritePropertyName(name);
        if (double.IsFinite(v)) w.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E', 'e') < 0 ? text + ".0" : text, skipInputValidation: true);
        else w.WriteStringValue(text);
    }

    private static void Number(Utf8JsonWriter w, string name, decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        w.WritePropertyName(name);
        w.WriteRawValue(text.Contains('.') ? text : text + ".0", skipInputValidation: true);
    }

    private static void Date(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } v) w.WriteString(name, v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static void Enum(Utf8JsonWriter w, string name, object? value)
    {
        if (value is null) return;
        var text = value.ToString()!;
        if (char.IsAsciiDigit(text[0]) || text[0] == '-') { w.WritePropertyName(name); w.WriteRawValue(text, skipInputValidation: true); } // not a named value: its number
        else w.WriteString(name, char.ToLowerInvariant(text[0]) + text[1..]);
    }

    private static void Localized(Utf8JsonWriter w, string name, LocalizedText? text)
    {
        if (text is null) return;
        w.WriteStartObject(name);
        foreach (var (language, value) in text) w.WriteString(language, value);
        w.WriteEndObject();
    }

    private static void List<T>(Utf8JsonWriter w, string name, List<T>? items, Action<Utf8JsonWriter, T> write)
    {
        if (items is null) return;
        w.WriteStartArray(name);
        foreach (var item in items) write(w, item);
        w.WriteEndArray();
    }
}
