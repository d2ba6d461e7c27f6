using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Store;

/// <summary>JSON with sorted keys and no whitespace: equal for equal content whatever store kept it (JSONB reorders keys).</summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerSettings Settings = new() { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };

    /// <summary>The canonical form of <paramref name="json"/>.</summary>
    public static string Of(string json) => Sort(JsonConvert.DeserializeObject<JToken>(json, Settings)!).ToString(Formatting.None);

    /// <summary>Parses without turning date-like strings into dates (so text is kept as written).</summary>
    public static JToken Parse(string json) => JsonConvert.DeserializeObject<JToken>(json, Settings)!;

    private static JToken Sort(JToken token) => token switch
    {
        JObject o => new JObject(o.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, Sort(p.Value)))),
        JArray a => new JArray(a.Select(Sort)),
        _ => token,
    };
}
