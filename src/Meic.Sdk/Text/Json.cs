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

    /// <summary>Serialises <paramref name="value"/> compactly.</summary>
    public static string Serialize(object? value) =>
        value is not null && RecordJson.Handles(value.GetType()) ? RecordJson.Write(value) : SerializeWithNewtonsoft(value);

    /// <summary>Deserialises <paramref name="json"/> into <typeparamref name="T"/>.</summary>
    public static T Deserialize<T>(string json) =>
        RecordJson.Handles(typeof(T)) ? (T)ReadRecord(typeof(T), json) : DeserializeWithNewtonsoft<T>(json);

    // The SDK's records are read and written by RecordJson (the same JSON, without Newtonsoft.Json's
    // start-up cost); everything else by Newtonsoft.Json. The two paths live in separate methods:
    // compiling a method loads every type it names.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static object ReadRecord(Type type, string json)
    {
        try { return RecordJson.Read(type, json) ?? throw NullJson(); }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw BadJson(e); // callers catch Newtonsoft's exception for bad JSON, whichever path read it
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Exception NullJson() => new JsonSerializationException("The JSON holds null.");

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Exception BadJson(Exception e) => e is JsonScanException j
        ? new JsonSerializationException(j.Message, "", j.Line, j.Position, e)
        : new JsonSerializationException(e.Message, e);

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
