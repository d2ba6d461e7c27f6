namespace Meic.Mapping.Io;

/// <summary>A sheet of text cells with a header row; Line is the 1-based line (or spreadsheet row) each row came from.</summary>
public sealed class Table
{
    public List<string> Headers { get; init; } = new();
    public List<(int Line, string[] Cells)> Rows { get; init; } = new();
    /// <summary>How the file was decoded: "UTF-8", "UTF-8 with BOM", "Windows-1252" or "xlsx".</summary>
    public string Encoding { get; init; } = "";

    public int Column(string name) => Headers.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
}
