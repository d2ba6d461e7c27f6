using System.Globalization;
using System.Net;
using System.Text;
using Meic.Monitoring.Compute;
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
/// progress towards each target as a bar chart and each indicator's last six months as a small line chart (Word
/// charts, which LibreOffice draws too), notes and alerts with
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
            const long emuPerCm = 360000;
            var height = (long)(Math.Clamp(2 + progress.Count * 0.9, 5, 16) * emuPerCm); // about 0.9 cm a bar, on one page
            body.Append(new Paragraph(new Run(Chart(main, d.Label("report.progressChart"), ProgressXml(d.Label("report.progressChart"), progress), 24 * emuPerCm, height))));
        }
        if (Trends(d) is { Count: > 0 } trends)
        {
            body.Append(Para(d.Label("report.trendChart"), "Heading2"));
            body.Append(TrendGrid(main, d, trends));
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
        // Wide enough for a bold header in the font LibreOffice substitutes for Calibri, which runs wider.
        const int perChar = 130, padding = 300, nameColumn = 1;
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

    // Indicators whose trend has at least two values: one point says nothing about a direction.
    private static List<ResultView> Trends(ReportData d) =>
        d.TrendLabels.Count < 2 ? [] : d.WithData.Where(r => r.Trend.Count == d.TrendLabels.Count && r.Trend.Count(v => v is not null) >= 2).ToList();

    // Small multiples, three to a row: each indicator its own line on its own scale, as units differ (people, %, days).
    private static Table TrendGrid(MainDocumentPart main, ReportData d, IReadOnlyList<ResultView> trends)
    {
        const int perRow = 3;
        const long emuPerCm = 360000;
        var cellWidth = TextWidth / perRow;
        var grid = new Table(new TableProperties(new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed }));
        grid.Append(new TableGrid(Enumerable.Range(0, perRow).Select(_ => new GridColumn { Width = cellWidth.ToString(CultureInfo.InvariantCulture) })));
        for (var i = 0; i < trends.Count; i += perRow)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < perRow; c++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = cellWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                if (i + c < trends.Count)
                {
                    var r = trends[i + c];
                    var title = $"{r.Code} — {r.Name} ({r.Unit})";
                    cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }, new KeepNext()),
                        new Run(new RunProperties(new Bold()), new Text(Clean(title)) { Space = SpaceProcessingModeValues.Preserve })));
                    cell.Append(new Paragraph(new Run(Chart(main, title, TrendXml(title, d.TrendLabels, r.Trend, r.Target), (long)(8.2 * emuPerCm), (long)(4.6 * emuPerCm)))));
                }
                else cell.Append(new Paragraph());
                row.Append(cell);
            }
            grid.Append(row);
        }
        return grid;
    }

    private static Drawing Chart(MainDocumentPart main, string title, string chartXml, long width, long height)
    {
        var part = main.AddNewPart<ChartPart>();
        using (var stream = part.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            writer.Write(chartXml);
        // Each drawing needs its own id in the document.
        var id = (uint)main.ChartParts.Count();
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.DocProperties { Id = id, Name = $"Chart {id}", Description = title },
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Drawing(inline);
    }

    private static string X(string s) => WebUtility.HtmlEncode(Clean(s));

    private static string N(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    private static string ChartSpace(string plotArea) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>" + plotArea + "</c:plotArea><c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>";

    // A month with no value is left out of the series, so the line has a gap there rather than a fall to zero.
    private static string TrendXml(string title, IReadOnlyList<string> months, IReadOnlyList<double?> values, double? target)
    {
        var cats = string.Concat(months.Select((m, i) => $"<c:pt idx=\"{i}\"><c:v>{X(m)}</c:v></c:pt>"));
        var vals = string.Concat(values.Select((v, i) => v is { } x ? $"<c:pt idx=\"{i}\"><c:v>{N(x)}</c:v></c:pt>" : ""));
        var top = Math.Max(values.Max() ?? 0, target ?? 0);
        var scale = top > 0 ? $"<c:max val=\"{N(NiceCeiling(top))}\"/>" : "";
        return ChartSpace("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>"
            + $"<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>{X(title)}</c:v></c:tx>"
            + "<c:spPr><a:ln w=\"28575\"><a:solidFill><a:srgbClr val=\"2E86C1\"/></a:solidFill></a:ln></c:spPr>"
            + "<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/></c:marker>"
            + $"<c:cat><c:strLit><c:ptCount val=\"{months.Count}\"/>{cats}</c:strLit></c:cat>"
            + $"<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val=\"{values.Count}\"/>{vals}</c:numLit></c:val><c:smooth val=\"0\"/></c:ser>"
            + "<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>"
            + "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"700\"/></a:pPr><a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>"
            + "<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
            + $"<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/>{scale}<c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"700\"/></a:pPr><a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>"
            + "<c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>");
    }

    // 1, 2 or 5 times a power of ten at or above the value: an axis that ends on a round number.
    private static double NiceCeiling(double v)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(v)));
        foreach (var step in new[] { 1.0, 2, 5, 10 })
            if (step * power >= v) return step * power;
        return 10 * power;
    }

    private static string ProgressXml(string title, IReadOnlyList<(string Code, double Percent)> bars)
    {
        var cats = string.Concat(bars.Select((b, i) => $"<c:pt idx=\"{i}\"><c:v>{X(b.Code)}</c:v></c:pt>"));
        var vals = string.Concat(bars.Select((b, i) => $"<c:pt idx=\"{i}\"><c:v>{N(Math.Round(b.Percent, 1))}</c:v></c:pt>"));
        // The axis reaches the target (100%) at least, so a short bar reads as short.
        var max = Math.Max(100, Math.Ceiling(bars.Max(b => b.Percent) / 10) * 10);
        return ChartSpace("<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
            + $"<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/><c:tx><c:v>{X(title)}</c:v></c:tx>"
            + "<c:spPr><a:solidFill><a:srgbClr val=\"2E86C1\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>"
            + "<c:dLbls><c:numFmt formatCode=\"0&quot;%&quot;\" sourceLinked=\"0\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
            + $"<c:cat><c:strLit><c:ptCount val=\"{bars.Count}\"/>{cats}</c:strLit></c:cat>"
            + $"<c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val=\"{bars.Count}\"/>{vals}</c:numLit></c:val></c:ser>"
            + "<c:gapWidth val=\"60\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>"
            + "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/>"
            + "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/></c:catAx>"
            + $"<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"{N(max)}\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>"
            + "<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>");
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
