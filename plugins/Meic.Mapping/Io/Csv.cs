namespace Meic.Mapping.Io;

/// <summary>Writing RFC 4180 CSV fields (reading is the SDK's <see cref="Meic.Sdk.Tables.TableReader"/>).</summary>
public static class Csv
{
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
