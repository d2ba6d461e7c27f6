using Meic.Sdk.Text;

namespace Meic.Core.Text;

/// <summary>Indented JSON written by hand, laid out as Newtonsoft.Json lays out <c>--json</c> output.</summary>
internal static class IndentedJson
{
    /// <summary>What <paramref name="write"/> writes, as text.</summary>
    public static string Write(Action<JsonPrinter> write)
    {
        var printer = new JsonPrinter(indented: true, capacity: 1024);
        write(printer);
        return printer.ToString();
    }
}
