using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Meic.Sdk.Text;

/// <summary>The one JSON shape the toolkit writes: camelCase names, enums as camelCase strings, no nulls.</summary>
public static class Json
{
    /// <summary>Settings for documents and <c>--json</c> output.</summary>
    public static JsonSerializerSettings Settings => Classic.Settings;

    /// <summary>The same settings, indented, for people to read.</summary>
    public static JsonSerializerSettings Indented => Classic.Indented;

    // Newtonsoft.Json's settings are built on first use, not when this class is first touched:
    // commands that only read the SDK's records never load the library.
    private static class Classic
    {
        public static readonly JsonSerializerSettings Settings = Create(Formatting.None);
        public static readonly JsonSerializerSettings Indented = Create(Formatting.Indented);
        // One serializer for the process: building one per call costs more than the serialisation itself.
        public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);
    }

    // The SDK's records go through generated System.Text.Json code (same JSON, see SdkJsonContext);
    // every other type through Newtonsoft.Json with Settings.
    private static readonly System.Text.Json.JsonSerializerOptions Generated = new(SdkJsonContext.Default.Options)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase) },
        // Like Newtonsoft.Json: accents and quotes stay readable in the stored text, only what JSON requires is escaped.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo? GeneratedFor(Type type) =>
        type.Assembly == typeof(Json).Assembly && Generated.TryGetTypeInfo(type, out var info) ? info : null;

    /// <summary>Serialises <paramref name="value"/> compactly.</summary>
    public static string Serialize(object? value) =>
        value is not null && GeneratedFor(value.GetType()) is { } info
            ? System.Text.Json.JsonSerializer.Serialize(value, info)
            : SerializeWithNewtonsoft(value);

    /// <summary>Deserialises <paramref name="json"/> into <typeparamref name="T"/>.</summary>
    public static T Deserialize<T>(string json) =>
        GeneratedFor(typeof(T)) is { } info ? (T)DeserializeGenerated(json, info) : DeserializeWithNewtonsoft<T>(json);

    // The two libraries' paths live in separate methods: compiling a method loads every type it
    // names, and the SDK's records should not load Newtonsoft.Json at all.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static object DeserializeGenerated(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo info)
    {
        try { return System.Text.Json.JsonSerializer.Deserialize(json, info) ?? throw NullJson(); }
        catch (System.Text.Json.JsonException e) // callers catch Newtonsoft's exception for bad JSON, whichever path read it
        {
            throw BadJson(e);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Exception NullJson() => new JsonSerializationException("The JSON holds null.");

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Exception BadJson(System.Text.Json.JsonException e) =>
        new JsonSerializationException(e.Message, e.Path ?? "", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string SerializeWithNewtonsoft(object? value)
    {
        var sb = new System.Text.StringBuilder(256);
        using (var writer = new JsonTextWriter(new StringWriter(sb, System.Globalization.CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
            Classic.Serializer.Serialize(writer, value);
        return sb.ToString();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static T DeserializeWithNewtonsoft<T>(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return Classic.Serializer.Deserialize<T>(reader) ?? throw NullJson();
    }

    private static JsonSerializerSettings Create(Formatting formatting) => new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        Formatting = formatting,
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };
}
