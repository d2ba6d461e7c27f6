using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace Meic.Sdk.Text;

/// <summary>The one JSON shape the toolkit writes: camelCase names, enums as camelCase strings, no nulls.</summary>
public static class Json
{
    /// <summary>Settings for documents and <c>--json</c> output.</summary>
    public static JsonSerializerSettings Settings { get; } = Create(Formatting.None);

    /// <summary>The same settings, indented, for people to read.</summary>
    public static JsonSerializerSettings Indented { get; } = Create(Formatting.Indented);

    // One serializer for the process: building one per call costs more than the serialisation itself.
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>Serialises <paramref name="value"/> compactly.</summary>
    public static string Serialize(object? value)
    {
        var sb = new System.Text.StringBuilder(256);
        using (var writer = new JsonTextWriter(new StringWriter(sb, System.Globalization.CultureInfo.InvariantCulture)) { Formatting = Formatting.None })
            Serializer.Serialize(writer, value);
        return sb.ToString();
    }

    /// <summary>Deserialises <paramref name="json"/> into <typeparamref name="T"/>.</summary>
    public static T Deserialize<T>(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return Serializer.Deserialize<T>(reader) ?? throw new JsonSerializationException("The JSON holds null.");
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
