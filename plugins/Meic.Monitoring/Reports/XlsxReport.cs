using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Meic.Monitoring.Reports;

/// <summary>An .xlsx workbook: "Indicators" (numbers as numeric cells) and "Alerts"; text cells are inline strings, neutralised.</summary>
public static class XlsxReport
{
    public static void Write(ReportData d, string path)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var wb = doc.AddWorkbookPart();
        wb.Workbook = new Workbook();
        var sheets = wb.Workbook.AppendChild(new Sheets());
        var numeric = new HashSet<int> { 5, 6, 7, 8 };
        // For people, unlike the .csv: headers, kinds, states and yes/no in the workspace's language; the numbers stay numbers.
        var rows = d.Results.Select(r => CsvReport.Row(d, r)).Select(cells => (IReadOnlyList<string>)cells.Select((c, i) => i switch
        {
            2 => d.Label("kind." + c), 10 => d.Label("status." + c), 11 => d.Label(c == "true" ? "yes" : "no"), _ => c,
        }).ToList()).ToList();
        AddSheet(wb, sheets, 1, d.Label("report.sheet.indicators"), Headers.Select(d.Label).ToList(), rows, numeric);
        AddSheet(wb, sheets, 2, d.Label("alerts.title"), [d.Label("col.alertKind"), d.Label("col.subject"), d.Label("col.message"), d.Label("col.todo")],
            d.Alerts.Select(a => (IReadOnlyList<string>)[d.AlertLabel(a), CellGuard.Neutralise(a.Subject), CellGuard.Neutralise(a.Message), d.AlertTodo(a)]).ToList(), []);
        wb.Workbook.Save();
    }

    // The words of CsvReport.Header's columns, in its order.
    internal static readonly string[] Headers = ["col.code", "col.name", "col.kind", "col.unit", "col.period", "col.value", "col.numerator", "col.denominator",
        "col.target", "col.targetPeriod", "col.status", "col.needsCheck", "col.notes"];

    private static void AddSheet(WorkbookPart wb, Sheets sheets, uint id, string name, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, HashSet<int> numeric)
    {
        var part = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, header, []));
        for (var i = 0; i < rows.Count; i++) data.Append(Row((uint)i + 2, rows[i], numeric));
        // Each column as wide as its longest text (within reason), so the sheet reads without resizing.
        var columns = new Columns(header.Select((h, c) => new Column
        {
            Min = (uint)c + 1, Max = (uint)c + 1, CustomWidth = true,
            Width = Math.Clamp(rows.Select(r => c < r.Count ? r[c].Length : 0).Append(h.Length).Max() + 2, 6, 60),
        }));
        part.Worksheet = new Worksheet(columns, data);
        sheets.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id, Name = name });
    }

    /// <summary>The spreadsheet column name of a zero-based index: A…Z, then AA, AB… (a report may have more than 26 columns).</summary>
    internal static string Column(int i) => i < 26 ? ((char)('A' + i)).ToString() : Column(i / 26 - 1) + (char)('A' + i % 26);

    private static Row Row(uint index, IReadOnlyList<string> cells, HashSet<int> numeric)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = $"{Column(c)}{index}";
            if (numeric.Contains(c) && double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                row.Append(new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(cells[c]) });
            else
                row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cells[c]) { Space = SpaceProcessingModeValues.Preserve }) });
        }
        return row;
    }
}
