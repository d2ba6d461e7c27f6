using System.IO.Compression;
using System.Xml;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tables;

/// <summary>Reads the first sheet of an .xlsx workbook as a table: shared and inline strings, numbers and booleans as written.</summary>
internal static class XlsxTable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A ZIP archive (what every .xlsx is), whatever the file is called.</summary>
    public static bool IsWorkbook(byte[] bytes) => bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;

    /// <summary>Whether <paramref name="bytes"/> open as a zip archive (its central directory reads).</summary>
    public static bool IsZip(byte[] bytes)
    {
        try { using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read); return true; }
        catch (InvalidDataException) { return false; }
    }

    public static Table Read(byte[] bytes, string name, Strings text, TableReadOptions options)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var limit = Math.Max(options.MaxFileBytes, 64L * 1024 * 1024);
            var sheetPath = FirstSheet(zip, name, text, limit);
            var shared = SharedStrings(zip, limit);
            var entry = zip.GetEntry(sheetPath) ?? throw new InputException(text["table.xlsxNoSheet"], name);
            var rows = new List<TableRow>();
            string[]? headers = null;
            using var xml = Open(entry, limit);
            var cells = new List<string>();
            var rowNumber = 0;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main) continue;
                if (xml.LocalName == "row")
                {
                    rowNumber = int.TryParse(xml.GetAttribute("r"), out var r) ? r : rowNumber + 1;
                    cells.Clear();
                    if (xml.IsEmptyElement) continue;
                    var depth = xml.Depth;
                    while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
                    {
                        if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "c") continue;
                        var column = Column(xml.GetAttribute("r"), cells.Count);
                        var value = CellValue(xml, shared, name, rowNumber, text);
                        if (value.Length > options.MaxCellLength)
                            throw new InputException(text["table.cellTooLong", column + 1, value.Length, options.MaxCellLength, TableText.Excerpt(value)], $"{name}:{rowNumber}");
                        while (cells.Count < column) cells.Add("");
                        if (column < cells.Count) cells[column] = value; else cells.Add(value);
                    }
                    if (cells.All(string.IsNullOrWhiteSpace)) continue;
                    if (headers is null) { headers = cells.Select(c => c.Trim()).ToArray(); continue; }
                    rows.Add(new TableRow(rowNumber, cells.ToArray()));
                }
            }
            if (headers is null) throw new InputException(text["table.empty"], name);
            return new Table(name, headers, rows, "xlsx", "xlsx", null);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            throw new InputException(text["table.xlsxDamaged", TableText.Excerpt(e.Message, 80)], name, e);
        }
    }

    private static string FirstSheet(ZipArchive zip, string name, Strings text, long limit)
    {
        var workbook = zip.GetEntry("xl/workbook.xml") ?? throw new InputException(text["table.xlsxNoSheet"], name);
        string? relId = null;
        using (var xml = Open(workbook, limit))
            while (xml.Read())
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet") { relId = xml.GetAttribute("id", Rel); break; }
        if (relId is null) throw new InputException(text["table.xlsxNoSheet"], name);
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (rels is not null)
            using (var xml = Open(rels, limit))
                while (xml.Read())
                    if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") == relId)
                    {
                        var target = xml.GetAttribute("Target") ?? "";
                        return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
                    }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<string> SharedStrings(ZipArchive zip, long limit)
    {
        var list = new List<string>();
        var entry = zip.GetEntry("xl/sharedStrings.xml");
        if (entry is null) return list;
        using var xml = Open(entry, limit);
        while (xml.Read())
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.NamespaceURI == Main)
                list.Add(Text(xml));
        return list;
    }

    // The text of an <si> or <is>: every <t> inside, phonetic runs (<rPh>) left out.
    private static string Text(XmlReader xml)
    {
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        var sb = new System.Text.StringBuilder();
        var skip = 0;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh" && !xml.IsEmptyElement) skip++;
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "rPh") skip--;
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t" && skip == 0) sb.Append(Inner(xml));
        }
        return sb.ToString();
    }

    // The text inside the current element; leaves the reader on its end tag, so the caller's loop reads on normally.
    private static string Inner(XmlReader xml)
    {
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        var sb = new System.Text.StringBuilder();
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace) sb.Append(xml.Value);
        return sb.ToString();
    }

    private static string CellValue(XmlReader xml, List<string> shared, string name, int row, Strings text)
    {
        var type = xml.GetAttribute("t");
        if (xml.IsEmptyElement) return "";
        var depth = xml.Depth;
        string value = "";
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "is") value = Text(xml);
            else if (xml.LocalName == "v") value = Inner(xml);
        }
        if (type == "s")
        {
            if (!int.TryParse(value, out var index) || index < 0 || index >= shared.Count)
                throw new InputException(text["table.xlsxDamaged", TableText.Excerpt(value)], $"{name}:{row}");
            return shared[index];
        }
        if (type == "b") return value == "1" ? "TRUE" : "FALSE";
        return value;
    }

    private static int Column(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference)) return next;
        var col = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            col = col * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return col == 0 ? next : col - 1;
    }

    // Workbooks are archives: a declared size above the limit, or a stream that inflates past it, is refused (no zip bombs).
    private static XmlReader Open(ZipArchiveEntry entry, long limit)
    {
        if (entry.Length > limit) throw new InvalidDataException($"{entry.FullName} inflates to {entry.Length} bytes");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, MaxCharactersInDocument = limit, CloseInput = true };
        return XmlReader.Create(entry.Open(), settings);
    }
}
