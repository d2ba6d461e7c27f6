using System.Text.Json.Serialization;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

// The SDK's own records, (de)serialised by System.Text.Json from generated code: the same JSON as
// Json.Settings writes, without the reflection that makes a general serializer's first use slow
// (`meic status` reads the cluster and its actors on every start).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(Cluster))]
[JsonSerializable(typeof(Actor))]
[JsonSerializable(typeof(Relationship))]
internal sealed partial class SdkJsonContext : JsonSerializerContext;
