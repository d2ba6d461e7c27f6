namespace Meic.Brokerage.Hsds;

/// <summary>
/// Writing RFC 4180 CSV (reading is the SDK's <see cref="Meic.Sdk.Tables.TableReader"/>).
/// </summary>
public static class Csv
{
    public static string Field(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields) => writer.Write(string.Join(",", fields.Select(Field)) + "\r\n");
}
