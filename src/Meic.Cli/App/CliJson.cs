using System.Text.Json.Serialization;
using Meic.Cli.Commands;

namespace Meic.Cli.App;

// `--json` of the commands that must start fast, written by generated code in the shape
// Meic.Sdk.Text.Json.Indented gives everything else: camelCase, indented, no nulls.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ClusterSummary))]
internal sealed partial class CliJson : JsonSerializerContext
{
    // Accents and quotes stay readable, as in every other `--json` output (not HTML-escaped).
    public static CliJson Readable { get; } = new(new System.Text.Json.JsonSerializerOptions
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
