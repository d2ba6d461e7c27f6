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

    /// <summary>Serialises <paramref name="value"/> compactly.</summary>
    public static string Serialize(object? value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Deserialises <paramref name="json"/> into <typeparamref name="T"/>.</summary>
    public static T Deserialize<T>(string json) =>
        JsonConvert.DeserializeObject<T>(json, Settings) ?? throw new JsonSerializationException("The JSON holds null.");

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
