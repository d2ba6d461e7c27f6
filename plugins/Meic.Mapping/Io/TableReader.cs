using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Meic.Sdk.Errors;
using Meic.Sdk.Files;

namespace Meic.Mapping.Io;

/// <summary>Reads CSV (UTF-8 with or without BOM, else Windows-1252; comma, semicolon or tab) and .xlsx into a <see cref="Table"/>.</summary>
public static class TableReader
{
    public static Table Read(string file, IReadOnlyDictionary<string, string>? columnMap = null)
    {
        if (!File.Exists(file)) throw new InputException("file not found.", file);
        var table = Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(file) : ReadCsv(file);
        var name = Path.GetFileName(file);
        if (table.Headers.Count == 0 || table.Headers.All(string.IsNullOrWhiteSpace))
            throw new InputException("the file is empty: expected a first row of column names.", name);
        for (var i = 0; i < table.Headers.Count; i++)
        {
            var h = table.Headers[i].Trim();
            if (columnMap is not null && columnMap.TryGetValue(h, out var mapped)) h = mapped;
            table.Headers[i] = h;
        }
        var dup = table.Headers.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InputException($"the column '{dup.Key}' appears {dup.Count()} times in the header row; keep one.", $"{name}:1");
        if (table.Rows.Count == 0) throw new InputException("the file has a header row but no data rows.", name);
        return table;
    }

    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return (new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3), "UTF-8 with BOM");
        try { return (new UTF8Encoding(false, true).GetString(bytes), "UTF-8"); }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return (Encoding.GetEncoding(1252).GetString(bytes), "Windows-1252");
        }
    }

    private static Table ReadCsv(string file)
    {
        var limits = FileLimits.Current;
        var (text, encoding) = Decode(LimitedText.ReadAllBytes(file, limits));
        var name = Path.GetFileName(file);
        LimitedText.CheckLines(text, name, limits);
        if (string.IsNullOrWhiteSpace(text)) return new Table { Encoding = encoding };
        var firstLine = text.Split('\n')[0];
        var delimiter = new[] { ",", ";", "\t" }.OrderByDescending(d => firstLine.Split(d).Length).First();
        var records = Csv.Parse(text, delimiter[0]);
        foreach (var (line, cells) in records)
            foreach (var cell in cells) limits.CheckField(cell, $"{name}:{line}");
        var headers = records[0].Cells.Select(c => c.Trim()).ToList();
        var rows = records.Skip(1).Where(r => !r.Cells.All(string.IsNullOrWhiteSpace)).ToList();
        return new Table { Headers = headers, Rows = rows, Encoding = encoding };
    }

    private static Table ReadXlsx(string file)
    {
        // Entries, sizes, ratio, DTDs, depth and text lengths are checked before the Open XML SDK inflates anything.
        var limits = FileLimits.Current;
        LimitedArchive.Check(file, limits);
        SpreadsheetDocument doc;
        try { doc = SpreadsheetDocument.Open(file, false, new OpenSettings { MaxCharactersInPart = limits.MaxEntryBytes }); }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or InvalidDataException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new InputException($"not a readable .xlsx file ({FileLimits.Excerpt(e.Message, 200)}).", file, e);
        }
        try
        {
            return ReadSheet(doc, file, limits);
        }
        catch (Exception e) when (e is OpenXmlPackageException or System.Xml.XmlException or InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            // A workbook that points at a sheet it does not hold, a shared string that is not there, a cell reference that is not one.
            throw new InputException($"the workbook is inconsistent ({FileLimits.Excerpt(e.Message, 200)}); nothing was imported.", file, e);
        }
        finally { doc.Dispose(); }
    }

    private static Table ReadSheet(SpreadsheetDocument doc, string file, FileLimits limits)
    {
        {
            var wb = doc.WorkbookPart ?? throw new InputException("the workbook has no sheets.", file);
            var sheet = wb.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InputException("the workbook has no sheets.", file);
            var part = (WorksheetPart)wb.GetPartById(sheet.Id!);
            var shared = wb.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? new();
            var rows = new List<(int, string[])>();
            var headers = new List<string>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new SortedDictionary<int, string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var col = ColumnIndex(cell.CellReference?.Value);
                    var value = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                        : cell.CellValue?.Text ?? "";
                    limits.CheckField(value, $"{Path.GetFileName(file)}:{row.RowIndex?.Value}");
                    cells[col] = value;
                }
                var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
                var arr = new string[width];
                for (var i = 0; i < width; i++) arr[i] = cells.TryGetValue(i, out var v) ? v : "";
                var line = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
                if (headers.Count == 0 && rows.Count == 0) { headers = arr.Select(a => a.Trim()).ToList(); continue; }
                if (arr.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add((line, arr));
            }
            return new Table { Headers = headers, Rows = rows, Encoding = "xlsx" };
        }
    }

    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return 0;
        var col = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            col = col * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (col > 16_384) throw new FormatException($"'{FileLimits.Excerpt(reference)}' is not a cell reference (a sheet has at most 16384 columns)");
        }
        return col - 1;
    }
}
