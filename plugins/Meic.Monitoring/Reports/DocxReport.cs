using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Meic.Monitoring.Reports;

/// <summary>A Word document: title, a table of values against targets, notes and alerts.</summary>
public static class DocxReport
{
    public static void Write(ReportData d, string path)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);
        body.Append(Para($"{d.Title} — {d.Cluster} — {d.Period}", bold: true, size: 32));
        body.Append(Para(d.Generated));
        var table = new Table(new TableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        table.Append(Row(ReportData.Columns.Select(d.Label).ToList(), bold: true));
        foreach (var r in d.Results) table.Append(Row(d.Cells(r), bold: false));
        body.Append(table);
        if (d.Results.Any(r => r.NeedsCheck)) body.Append(Para("(!) " + d.Label("needsCheck")));
        var notes = d.Results.SelectMany(r => r.Notes.Select(n => $"{r.Code}: {n}")).ToList();
        if (notes.Count > 0)
        {
            body.Append(Para(d.Label("report.notes"), bold: true, size: 26));
            foreach (var n in notes) body.Append(Para("• " + n));
        }
        body.Append(Para(d.Label("alerts.title"), bold: true, size: 26));
        if (d.Alerts.Count == 0) body.Append(Para(d.Label("noAlerts")));
        foreach (var a in d.Alerts) body.Append(Para($"• {a.Kind}: {a.Message}"));
        main.Document.Save();
    }

    private static Paragraph Para(string text, bool bold = false, int? size = null)
    {
        var props = new RunProperties();
        if (bold) props.Append(new Bold());
        if (size is { } s) props.Append(new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Paragraph(new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(c => new TableCell(Para(c, bold))));
}
