using System.Globalization;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

/// <summary>
/// The SDK's records (cluster, actors, relationships) read and written by hand, with
/// <see cref="JsonScanner"/> and <see cref="JsonPrinter"/>, in exactly the JSON <see cref="Json.Settings"/>
/// gives. Every command reads these on start-up; a serializer's first use (reflection, or generic code
/// compiled at run time) costs more than the whole command. A test fills every property and compares
/// both paths, so a property added to a record and not here fails it.
/// </summary>
internal static partial class RecordJson
{
    private delegate T Reader<T>(JsonScanner r);
    private delegate void PropertyReader<T>(JsonScanner r, T target, string name);

    public static bool Handles(Type type) => type == typeof(Cluster) || type == typeof(Actor) || type == typeof(Relationship);

    public static string Write(object value)
    {
        var w = new JsonPrinter(indented: false);
        switch (value)
        {
            case Cluster c: WriteCluster(w, c); break;
            case Actor a: WriteActor(w, a); break;
            case Relationship rel: WriteRelationship(w, rel); break;
            default: throw new ArgumentException($"{value.GetType()} is not an SDK record.", nameof(value));
        }
        return w.ToString();
    }

    /// <summary>Reads a record of <paramref name="type"/>, or null for the JSON <c>null</c>.</summary>
    /// <exception cref="JsonScanException">The text is not JSON, or a value has the wrong type.</exception>
    public static object? Read(Type type, string json)
    {
        // Comments and trailing commas as the runtime's reader took them here before, and as Newtonsoft.Json does.
        var r = new JsonScanner(json, allowComments: true, allowTrailingCommas: true);
        if (!r.Read()) throw new JsonScanException("the JSON is empty", r.Line, r.Position);
        if (r.Token == JsonTokenKind.Null) return null;
        object result = type == typeof(Cluster) ? ReadCluster(r)
            : type == typeof(Actor) ? ReadActor(r)
            : type == typeof(Relationship) ? ReadRelationship(r)
            : throw new ArgumentException($"{type} is not an SDK record.", nameof(type));
        r.Read(); // nothing may follow the record
        return result;
    }

    // ---- reading: one loop per object, property names matched without regard to case (as Newtonsoft.Json does)

    /// <summary>Reads an object into <paramref name="target"/>, one property at a time (names in lower case).</summary>
    private static T Object<T>(JsonScanner r, T target, PropertyReader<T> property)
    {
        Expect(r, JsonTokenKind.StartObject, "an object");
        while (NextProperty(r, out var name)) property(r, target, name);
        return target;
    }

    /// <summary>Moves to the next property of the object being read (its start first); false at its end.</summary>
    private static bool NextProperty(JsonScanner r, out string name)
    {
        r.Read();
        if (r.Token == JsonTokenKind.EndObject) { name = ""; return false; }
        name = r.GetString().ToLowerInvariant();
        r.Read();
        return true;
    }

    private static void Expect(JsonScanner r, JsonTokenKind token, string what)
    {
        if (r.Token != token) throw Wrong(r, what);
    }

    private static JsonScanException Wrong(JsonScanner r, string what) => r.Error($"expected {what}; found {r.TokenName}");

    private static string? Str(JsonScanner r) => r.Token switch
    {
        JsonTokenKind.String => r.GetString(),
        JsonTokenKind.Null => null,
        // Newtonsoft.Json reads a number or boolean into a string property as its text.
        JsonTokenKind.Number or JsonTokenKind.True or JsonTokenKind.False => r.GetString(),
        _ => throw Wrong(r, "a string"),
    };

    private static string Text(JsonScanner r) => Str(r) ?? "";

    private static string NumberText(JsonScanner r) => r.Token switch
    {
        JsonTokenKind.Number or JsonTokenKind.String => r.GetString(),
        _ => throw Wrong(r, "a number"),
    };

    private static int Int(JsonScanner r)
    {
        var text = NumberText(r);
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : throw r.Error($"expected a whole number from {int.MinValue} to {int.MaxValue}; found {text}");
    }

    private static int? IntOrNull(JsonScanner r) => r.Token == JsonTokenKind.Null ? null : Int(r);

    private static double Double(JsonScanner r)
    {
        var text = NumberText(r);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
            : throw r.Error($"expected a number; found {text}");
    }

    private static double? DoubleOrNull(JsonScanner r) => r.Token == JsonTokenKind.Null ? null : Double(r);

    private static decimal Decimal(JsonScanner r)
    {
        var text = NumberText(r);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
            : throw r.Error($"expected a decimal number; found {text}");
    }

    private static bool Bool(JsonScanner r) => r.Token switch
    {
        JsonTokenKind.True => true,
        JsonTokenKind.False => false,
        _ => throw Wrong(r, "true or false"),
    };

    private static DateOnly Date(JsonScanner r)
    {
        var text = Str(r) ?? throw Wrong(r, "a date");
        return IsoDates.TryParseDate(text, out var value) ? value
            : throw r.Error($"expected a date like 2026-11-22; found '{text}'");
    }

    private static DateOnly? DateOrNull(JsonScanner r) => r.Token == JsonTokenKind.Null ? null : Date(r);

    private static DateTimeOffset Instant(JsonScanner r)
    {
        var text = Str(r) ?? throw Wrong(r, "a date and time");
        return IsoDates.TryParseInstant(text, out var value) || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value) ? value
            : throw r.Error($"expected a date and time like 2026-11-22T10:30:00+01:00; found '{text}'");
    }

    // Non-generic on purpose: Enum.Parse<T> over each enum would be compiled at run time.
    private static object Enum(JsonScanner r, Type type)
    {
        if (r.Token == JsonTokenKind.Number) return System.Enum.ToObject(type, Int(r));
        var text = r.Token == JsonTokenKind.String ? r.GetString() : throw Wrong(r, $"a {type.Name} name");
        return text.Length > 0 && !char.IsAsciiDigit(text[0]) && System.Enum.TryParse(type, text, ignoreCase: true, out var value) ? value!
            : throw r.Error($"'{text}' is not a {type.Name}");
    }

    private static List<string>? Strings(JsonScanner r) => List(r, Text);

    private static List<T>? List<T>(JsonScanner r, Reader<T> item)
    {
        if (r.Token == JsonTokenKind.Null) return null;
        Expect(r, JsonTokenKind.StartArray, "an array");
        var list = new List<T>();
        while (r.Read() && r.Token != JsonTokenKind.EndArray) list.Add(item(r));
        return list;
    }

    private static LocalizedText? Localized(JsonScanner r)
    {
        if (r.Token == JsonTokenKind.Null) return null;
        Expect(r, JsonTokenKind.StartObject, "an object of language to text");
        var text = new LocalizedText();
        while (r.Read() && r.Token != JsonTokenKind.EndObject)
        {
            var language = r.GetString();
            r.Read();
            text[language] = Text(r);
        }
        return text;
    }

    // ---- writing: Newtonsoft.Json's text for every value, nulls left out

    private static void String(JsonPrinter w, string name, string? value)
    {
        if (value is not null) w.String(name, value);
    }

    private static void Strings(JsonPrinter w, string name, List<string>? values)
    {
        if (values is null) return;
        w.StartArray(name);
        foreach (var v in values) w.String(v);
        w.EndArray();
    }

    private static void Number(JsonPrinter w, string name, int? value)
    {
        if (value is { } v) w.Number(name, v);
    }

    // Newtonsoft.Json writes 1.0, not 1, for a whole double or decimal, and a double that is not a
    // number (NaN, infinities) as a string.
    private static void Number(JsonPrinter w, string name, double? value)
    {
        if (value is not { } v) return;
        var text = v.ToString("R", CultureInfo.InvariantCulture);
        if (!double.IsFinite(v)) w.String(name, text);
        else w.Raw(name, HasPointOrExponent(text) ? text : text + ".0");
    }

    private static void Number(JsonPrinter w, string name, decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        w.Raw(name, HasPointOrExponent(text) ? text : text + ".0");
    }

    // A plain loop rather than IndexOfAny: the vectorised search is compiled at run time.
    private static bool HasPointOrExponent(string number)
    {
        foreach (var c in number)
            if (c is '.' or 'e' or 'E') return true;
        return false;
    }

    private static void Date(JsonPrinter w, string name, DateOnly? value)
    {
        if (value is { } v) w.String(name, v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    // Newtonsoft.Json's ISO 8601 form: fractions of a second without trailing zeros (and without the
    // point when there are none), the offset always as +hh:mm.
    private static void Instant(JsonPrinter w, string name, DateTimeOffset value) =>
        w.String(name, value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture));

    private static void Enum(JsonPrinter w, string name, object? value)
    {
        if (value is null) return;
        var text = value.ToString()!;
        if (char.IsAsciiDigit(text[0]) || text[0] == '-') w.Raw(name, text); // not a named value: its number
        else w.String(name, char.ToLowerInvariant(text[0]) + text[1..]);
    }

    private static void Localized(JsonPrinter w, string name, LocalizedText? text)
    {
        if (text is null) return;
        w.StartObject(name);
        foreach (var (language, value) in text) w.String(language, value);
        w.EndObject();
    }

    private static void List<T>(JsonPrinter w, string name, List<T>? items, Action<JsonPrinter, T> write)
    {
        if (items is null) return;
        w.StartArray(name);
        foreach (var item in items) write(w, item);
        w.EndArray();
    }
}
