using Meic.Sdk.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Monitoring.Model;

/// <summary>Any document, kept as raw JSON fields.</summary>
public sealed class RawDocument : Document
{
    [JsonExtensionData]
    public IDictionary<string, JToken> Extra { get; set; } = new Dictionary<string, JToken>();
}
