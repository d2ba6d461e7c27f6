using System.Text;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;
using nietras.SeparatedValues;

namespace Meic.Sdk.Tables;

/// <summary>
/// The one reader of tables every import uses: CSV and TSV (encoding and separator detected and
/// reported, quotes checked strictly) and .xlsx workbooks (the first sheet). A malformed file is refused
/// with an <see cref="InputException"/> naming the file and line, in the user's language, quoting at most
/// a short excerpt of the bad value.
/// </summary>
public static class TableReader
{
    /// <summary>Reads <paramref name="path"/>; messages in <paramref name="language"/>.</summary>
    /// <exception cref="InputException">The file is missing, empty, binary, in an unknown encoding, badly quoted, too large, or its header is unusable.</exception>
    public static Table Read(string path, string language, TableReadOptions? options = null)
    {
        options ??= new TableReadOptions();
        var text = TableText.For(language);
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) throw new InputException(text["table.notFound"], path);
        var length = new FileInfo(path).Length;
        if (length > options.MaxFileBytes)
            throw new InputException(text["table.tooLarge", length / (1024 * 1024), options.MaxFileBytes / (1024 * 1024)], name);
        var bytes = File.ReadAllBytes(path);
        // A workbook is checked whole first (entries, sizes, ratios, DTDs, depth, well-formedness), so a bomb or a bad
        // part is refused naming the part and the toolkit.json limit, not as a damaged file.
        // (A file that is no zip at all is left to XlsxTable, which says "damaged or truncated" in the language asked for.)
        if (XlsxTable.IsWorkbook(bytes) && XlsxTable.IsZip(bytes)) Files.LimitedArchive.Check(path);
        var table = XlsxTable.IsWorkbook(bytes) ? XlsxTable.Read(bytes, name, text, options) : ReadDelimited(bytes, name, text, options);
        CheckHeader(table, text);
        return table;
    }

    /// <summary>Reads CSV or TSV from <paramref name="bytes"/> (a file named <paramref name="name"/>).</summary>
    public static Table ReadDelimited(byte[] bytes, string name, Strings text, TableReadOptions? options = null)
    {
        options ??= new TableReadOptions();
        var (content, encoding) = TextDecoding.Decode(bytes, name, text);
        if (content.Length == 0 || content.AsSpan().Trim().IsEmpty) throw new InputException(text["table.empty"], name);
        var delimiter = options.Delimiter ?? DetectDelimiter(content);
        var rows = new List<TableRow>();
        string[]? headers = null;
        var headerLine = 1;
        using (var reader = Sep.Reader(o => o with { HasHeader = false, Sep = new Sep(delimiter), DisableColCountCheck = true, Unescape = false })
                   .FromText(content))
        {
            foreach (var row in reader)
            {
                var line = row.LineNumberFrom;
                var cells = new string[row.ColCount];
                var blank = true;
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = Cell(row[i].Span, name, line, i, text, options.MaxCellLength);
                    if (blank && !string.IsNullOrWhiteSpace(cells[i])) blank = false;
                }
                if (blank) continue;
                if (headers is null) { headers = cells; headerLine = line; continue; }
                rows.Add(new TableRow(line, cells));
            }
        }
        if (headers is null) throw new InputException(text["table.empty"], name);
        for (var i = 0; i < headers.Length; i++) headers[i] = headers[i].Trim();
        if (headers.Length == 1) OneColumn(headers[0], rows, name, headerLine, delimiter, text);
        // A file cut off mid-row: no line end after the last row, and fewer cells than the header names.
        if (rows.Count > 0 && content[^1] is not ('\n' or '\r') && rows[^1].Cells.Length < headers.Length)
            throw new InputException(text["table.truncated", rows[^1].Cells.Length, headers.Length], $"{name}:{rows[^1].Line}");
        return new Table(name, headers, rows, encoding, delimiter == '\t' ? "tsv" : "csv", delimiter);
    }

    /// <summary>',', ';' or tab: whichever the first line holds most outside quotes (a comma when none).</summary>
    public static char DetectDelimiter(string content)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in content)
        {
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c is '\n' or '\r') break;
            else if (c == ',') commas++;
            else if (c == ';') semicolons++;
            else if (c == '\t') tabs++;
        }
        if (tabs > 0 && tabs >= commas && tabs >= semicolons) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    // Strict RFC 4180: a quoted cell is "..." with inner quotes doubled; a quote anywhere else is an error with its line.
    private static string Cell(ReadOnlySpan<char> raw, string name, int line, int column, Strings text, int max)
    {
        if (raw.Length > max) throw new InputException(text["table.cellTooLong", column + 1, raw.Length, max, TableText.Excerpt(raw[..Math.Min(raw.Length, 40)].ToString())], $"{name}:{line}");
        var quote = raw.IndexOf('"');
        if (quote < 0) return raw.ToString();
        var trimmed = raw.TrimStart(' ');
        if (trimmed.Length == 0 || trimmed[0] != '"')
            throw new InputException(text["table.strayQuote", column + 1, TableText.Excerpt(raw.ToString())], $"{name}:{line}");
        var end = trimmed.TrimEnd(' ');
        if (end.Length < 2 || end[^1] != '"')
            throw new InputException(text["table.unclosedQuote", column + 1, TableText.Excerpt(raw.ToString())], $"{name}:{line}");
        var inner = end[1..^1];
        var sb = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '"') { sb.Append(inner[i]); continue; }
            if (i + 1 < inner.Length && inner[i + 1] == '"') { sb.Append('"'); i++; continue; }
            throw new InputException(text["table.unclosedQuote", column + 1, TableText.Excerpt(raw.ToString())], $"{name}:{line}");
        }
        return sb.ToString();
    }

    // "All your data is in one column": the header has no separator but the rows hold another one.
    private static void OneColumn(string header, List<TableRow> rows, string name, int line, char delimiter, Strings text)
    {
        foreach (var candidate in new[] { ';', ',', '\t', '|' })
        {
            if (candidate == delimiter) continue;
            var inHeader = header.Contains(candidate);
            var inRows = rows.Count > 0 && rows.Take(20).All(r => r.Cells.Length == 1 && r.Cells[0].Contains(candidate));
            if (inHeader || inRows)
                throw new InputException(text["table.oneColumn", candidate == '\t' ? "tab" : candidate.ToString(), delimiter == '\t' ? "tab" : delimiter.ToString()], $"{name}:{line}");
        }
    }

    private static void CheckHeader(Table table, Strings text)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var h = table.Headers[i];
            if (h.Length == 0)
            {
                if (table.Rows.Any(r => r[i].Length > 0)) throw new InputException(text["table.unnamedColumn", i + 1], table.Where(1));
                continue;
            }
            if (seen.TryGetValue(h, out var first)) throw new InputException(text["table.duplicateColumn", TableText.Excerpt(h), first + 1, i + 1], table.Where(1));
            seen[h] = i;
        }
        if (table.Rows.Count == 0) throw new InputException(text["table.noRows"], table.File);
    }
}
