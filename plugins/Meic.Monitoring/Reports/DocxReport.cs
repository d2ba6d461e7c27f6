using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Meic.Monitoring.Reports;

/// <summary>
/// A Word report fit to print: landscape A4 so the table has room, columns measured from their longest word so none
/// breaks mid-word, the table's header repeated on every page, indicators with no data folded into one line, the
/// progress towards each target as a bar chart (a Word chart, which LibreOffice draws too), notes and alerts with
/// what to do, the cluster's name in the header and "pagina X di Y" in the footer.
/// </summary>
public static class DocxReport
{
    // A4 landscape with 2 cm margins: the text is 16838 − 2 × 1134 twentieths of a point wide.
    private const int TextWidth = 14570;

    public static void Write(ReportData d, string path)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        doc.PackageProperties.Title = d.Title;
        var main = doc.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(d.Language);
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new Zoom { Percent = "100" }, new DefaultTabStop { Val = 708 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Para($"{d.Cluster} — {d.Title}", "Header"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(PageNumbers(d.Label("report.page")));

        var body = new Body();
        body.Append(Para($"{d.Title} — {d.Period}", "Title"));
        body.Append(Para(d.Generated, null));
        body.Append(ResultsTable(d));
        if (d.NoDataLine is { } none) body.Append(Para(none, null));
        if (d.WithData.Any(r => r.NeedsCheck)) body.Append(Para("(!) " + d.Label("needsCheck"), null));
        if (Progress(d) is { Count: > 0 } progress)
        {
            body.Append(Para(d.Label("report.progressChart"), "Heading2"));
            body.Append(new Paragraph(new Run(Chart(main, d.Label("report.progressChart"), progress))));
        }
        // Indicators without data are named once, in the folded line; their "no data" notes would only repeat it.
        var notes = d.WithData.SelectMany(r => r.Notes.Select(n => $"{r.Code}: {n}")).ToList();
        if (notes.Count > 0)
        {
            body.Append(Para(d.Label("report.notes"), "Heading2"));
            foreach (var n in notes) body.Append(Para("• " + n, null));
        }
        body.Append(Para(d.Label("alerts.title"), "Heading2"));
        if (d.Alerts.Count == 0) body.Append(Para(d.Label("noAlerts"), null));
        foreach (var a in d.Alerts)
        {
            var p = new Paragraph(new ParagraphProperties(new KeepLines()));
            p.Append(new Run(new RunProperties(new Bold()), new Text(Clean(d.AlertLabel(a)) + ": ") { Space = SpaceProcessingModeValues.Preserve }));
            p.Append(new Run(new Text(Clean($"{a.Message}. {d.AlertTodo(a)}")) { Space = SpaceProcessingModeValues.Preserve }));
            body.Append(p);
        }
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Table ResultsTable(ReportData d)
    {
        var header = ReportData.Columns.Select(d.Label).ToList();
        var rows = d.WithData.Select(d.Cells).ToList();
        var widths = Widths(header, rows);
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            border(), new TableLayout { Type = TableLayoutValues.Fixed }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(header, widths, header: true));
        foreach (var r in rows) table.Append(Row(r, widths, header: false));
        return table;
    }

    // Each column gets room for its longest word (so "orientamento" never breaks), the name column the rest.
    private static int[] Widths(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        const int perChar = 110, padding = 240, nameColumn = 1;
        var widths = new int[header.Count];
        for (var c = 0; c < header.Count; c++)
        {
            var words = rows.Select(r => r[c]).Append(header[c]).SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var longest = c == nameColumn ? 0 : rows.Select(r => r[c].Length).Append(header[c].Length).Max();
            var word = words.Select(w => w.Length).DefaultIfEmpty(4).Max();
            widths[c] = Math.Max(word, Math.Min(longest, 28)) * perChar + padding;
        }
        widths[nameColumn] = Math.Max(2000, TextWidth - widths.Where((_, i) => i != nameColumn).Sum());
        var total = widths.Sum();
        if (total > TextWidth) widths = widths.Select(w => w * TextWidth / total).ToArray();
        return widths;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            var run = new Run(new Text(Clean(cells[i])) { Space = SpaceProcessingModeValues.Preserve });
            if (header) run.PrependChild(new RunProperties(new Bold()));
            var numeric = !header && i is 3 or 4;
            var pPr = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
            if (numeric) pPr.Append(new Justification { Val = JustificationValues.Right });
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(pPr, run)));
        }
        return row;
    }

    // Indicators with a value and a target: the value's share of the target, in percent.
    private static List<(string Code, double Percent)> Progress(ReportData d) =>
        d.WithData.Where(r => r.Target is { } t && t > 0 && r.Value is not null)
            .Select(r => (r.Code, Math.Round(r.Value!.Value / r.Target!.Value * 100, 1))).ToList();

    private static Drawing Chart(MainDocumentPart main, string title, IReadOnlyList<(string Code, double Percent)> bars)
    {
        var part = main.AddNewPart<ChartPart>();
        using (var stream = part.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            writer.Write(ChartXml(title, bars));
        // About 0.9 cm a bar, within a height that stays on one page.
        const long emuPerCm = 360000;
        var height = Math.Clamp(2 + bars.Count * 0.9, 5, 16) * emuPerCm;
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = 24 * emuPerCm, Cy = (long)height },
            new Wp.DocProperties { Id = 1U, Name = "Chart 1", Description = title },
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Drawing(inline);
    }

    private static string ChartXml(string title, IReadOnlyList<(string Code, double Percent)> bars)
    {
        static string X(string s) => WebUtility.HtmlEncode(Clean(s));
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var cats = string.Concat(bars.Select((b, i) => $"<c:pt idx=\"{i}\"><c:v>{X(b.Code)}</c:v></c:pt>"));
        var vals = string.Concat(bars.Select((b, i) => $"<c:pt idx=\"{i}\"><c:v>{N(b.Percent)}</c:v></c:pt>"));
        // The axis reaches the target (100%) at least, so a short bar reads as short.
        var max = Math.Max(100, Math.Ceiling(bars.Max(b => b.Percent) / 10) * 10);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>"
            + "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
            + $"<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>{X(title)}</c:v></c:tx>"
            + "<c:spPr><a:solidFill><a:srgbClr val=\"2E86C1\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
            + "<c:dLbls><c:numFmt formatCode=\"0&quot;%&quot;\" sourceLinked=\"0\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
            + $"<c:cat><c:strLit><c:ptCount val=\"{bars.Count}\"/>{cats}</c:strLit></c:cat>"
            + $"<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val=\"{bars.Count}\"/>{vals}</c:numLit></c:val></c:ser>"
            + "<c:gapWidth val=\"60\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
            + "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
            + $"<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"{N(max)}\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>"
            + "<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>"
            + "</c:plotArea><c:plotVisOnly val=\"1\"/></c:chart></c:chartSpace>";
    }

    private static Paragraph PageNumbers(string words)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }));
        var parts = words.Split(["{0}", "{1}"], StringSplitOptions.None);
        string[] fields = [" PAGE ", " NUMPAGES "];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0) p.Append(new Run(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve }));
            if (i < fields.Length && i < parts.Length - 1) p.Append(new SimpleField(new Run(new Text("1"))) { Instruction = fields[i] });
        }
        return p;
    }

    private static Paragraph Para(string text, string? style)
    {
        var p = new Paragraph();
        if (style is not null) p.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        p.Append(new Run(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
        return p;
    }

    // XML 1.0 forbids most control characters; a stray one from data must not make Word refuse the file.
    private static string Clean(string text) => new(text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());

    private static Styles Styles(string language)
    {
        Style Make(string id, string name, int halfPoints, bool bold, int before, int after, bool keepNext = false, string? color = null)
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            style.Append(new StyleName { Val = name });
            if (id != "Normal") style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
            style.Append(new PrimaryStyle());
            var pPr = new StyleParagraphProperties();
            if (keepNext) pPr.Append(new KeepNext());
            pPr.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
            style.Append(pPr);
            var rPr = new StyleRunProperties();
            if (bold) rPr.Append(new Bold());
            if (color is not null) rPr.Append(new Color { Val = color });
            rPr.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
            style.Append(rPr);
            return style;
        }
        var normal = Make("Normal", "Normal", 20, false, 0, 100);
        normal.Default = true;
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "20" }, new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "100", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            normal,
            Make("Title", "Title", 32, true, 0, 120),
            Make("Heading2", "heading 2", 24, true, 240, 120, keepNext: true),
            Make("TableText", "Table text", 18, false, 0, 0),
            Make("Header", "header", 16, false, 0, 0, color: "595959"),
            Make("Footer", "footer", 16, false, 0, 0, color: "595959"));
    }
}
