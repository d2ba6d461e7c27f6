namespace Meic.Sdk.Tables;

/// <summary>A table read from a CSV, TSV or .xlsx file: the header row and the data rows, each with the line it starts on.</summary>
public sealed class Table
{
    /// <summary>Creates a table.</summary>
    public Table(string file, IReadOnlyList<string> headers, IReadOnlyList<TableRow> rows, string encoding, string format, char? delimiter)
    {
        File = file;
        Headers = headers;
        Rows = rows;
        Encoding = encoding;
        Format = format;
        Delimiter = delimiter;
    }

    /// <summary>The file's name (without folders), as messages quote it.</summary>
    public string File { get; }

    /// <summary>The header row, trimmed.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The data rows; empty rows are skipped.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The encoding the reader chose ("UTF-8", "UTF-8 with BOM", "UTF-16 LE", "Windows-1252", or "xlsx").</summary>
    public string Encoding { get; }

    /// <summary>"csv", "tsv" or "xlsx".</summary>
    public string Format { get; }

    /// <summary>The separator of a CSV or TSV file; null for a workbook.</summary>
    public char? Delimiter { get; }

    /// <summary>"file:line", the place messages name for <paramref name="line"/>.</summary>
    public string Where(int line) => $"{File}:{line}";
}

/// <summary>One data row: the line it starts on (1-based; the row number in a workbook) and its cells.</summary>
/// <param name="Line">The line (or sheet row) the row starts on.</param>
/// <param name="Cells">The cells, as written; missing trailing cells are absent.</param>
public readonly record struct TableRow(int Line, string[] Cells)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed; "" when the row is shorter or the index is negative.</summary>
    public string this[int index] => index >= 0 && index < Cells.Length ? Cells[index].Trim() : "";
}
