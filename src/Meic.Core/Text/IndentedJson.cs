using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Meic.Core.Text;

/// <summary>Indented JSON written by hand with the runtime's writer, laid out as Newtonsoft.Json lays out <c>--json</c> output.</summary>
public static class IndentedJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Accents and quotes stay readable, as in every other `--json` output.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What <paramref name="write"/> writes, as text.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
