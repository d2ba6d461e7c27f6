using Meic.Sdk.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Imports;

/// <summary>A document of any collection, its fields kept as they are: what undo writes back from the journal.</summary>
internal sealed class LooseDocument : Document
{
    [JsonExtensionData]
    public IDictionary<string, JToken> Fields { get; set; } = new Dictionary<string, JToken>();
}
