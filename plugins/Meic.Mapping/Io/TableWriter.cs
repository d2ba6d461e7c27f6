using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Meic.Mapping.Io;

/// <summary>Writes sheets to CSV (UTF-8 with BOM, so Excel reads accents) and .xlsx, neutralising formula-like cells.</summary>
public static class TableWriter
{
    /// <summary>A cell starting with = + - @ TAB or CR is prefixed with an apostrophe so spreadsheets never run it.</summary>
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    public static void Csv(string file, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var writer = new StreamWriter(file, false, new UTF8Encoding(true));
        writer.Write(string.Join(",", headers.Select(Io.Csv.Field)) + "\r\n");
        foreach (var row in rows) writer.Write(string.Join(",", row.Select(c => Io.Csv.Field(Neutralise(c)))) + "\r\n");
    }

    public static void Xlsx(string file, params (string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<string?>> Rows)[] sheets)
    {
        using var doc = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var sheetList = wb.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var (name, headers, rows) in sheets)
        {
            var part = wb.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, headers));
            uint r = 2;
            foreach (var row in rows) data.Append(Row(r++, row.Select(Neutralise).ToList()));
            part.Worksheet = new Worksheet(data);
            sheetList.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        wb.Workbook.Save();
    }

    private static Row Row(uint index, IReadOnlyList<string?> cells)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Count; i++)
            row.Append(new Cell
            {
                CellReference = Column(i) + index.ToString(CultureInfo.InvariantCulture),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(cells[i] ?? "") { Space = SpaceProcessingModeValues.Preserve }),
            });
        return row;
    }

    private static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : Column(i / 26 - 1) + (char)('A' + i % 26);
}
