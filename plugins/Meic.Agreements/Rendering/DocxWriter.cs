using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Meic.Agreements.Rendering;

/// <summary>Writes a rendered agreement as a Word document: Title and Heading styles, numbered articles, a bordered signature table.</summary>
public static class DocxWriter
{
    public static void Write(RenderedAgreement doc, string path)
    {
        using var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        package.PackageProperties.Title = doc.Title;
        package.PackageProperties.Language = doc.Words.Language;
        var main = package.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = Styles(doc.Words.Language);
        var body = new Body();
        body.Append(Para(doc.Title, "Title"));
        body.Append(Para(doc.Subtitle, "Subtitle"));
        foreach (var b in doc.Preamble) body.Append(Block(b));
        foreach (var a in doc.Articles)
        {
            body.Append(Para($"{doc.Words.Article} {a.Number} – {a.Title}", "Heading1"));
            foreach (var b in a.Blocks) body.Append(Block(b));
        }
        body.Append(Para(doc.Words.Signatures, "Heading1"));
        body.Append(SignatureTable(doc));
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1417, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 708U, Footer = 708U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Block(RenderedBlock b)
    {
        if (b.Kind == BlockKind.Bullet)
        {
            var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "ListBullet" }, new Indentation { Left = "720", Hanging = "360" }));
            p.Append(new Run(new Text("•") { Space = SpaceProcessingModeValues.Preserve }), new Run(new TabChar()), TextRun(b.Text));
            return p;
        }
        var para = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Normal" }, new Justification { Val = JustificationValues.Both }));
        if (b.Number is not null) para.Append(new Run(new RunProperties(new Bold()), new Text(b.Number + " ") { Space = SpaceProcessingModeValues.Preserve }));
        para.Append(TextRun(b.Text));
        return para;
    }

    private static Paragraph Para(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    private static Run TextRun(string text) => new(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    // XML 1.0 forbids most control characters; a stray one from data must not make Word refuse the file.
    private static string Clean(string text) => new(text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ').ToArray());

    private static Table SignatureTable(RenderedAgreement doc)
    {
        var w = doc.Words;
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border(), new TableLayout { Type = TableLayoutValues.Fixed }));
        var widths = new[] { 2600, 2000, 1700, 1500, 1800 };
        table.Append(new TableGrid(widths.Select(x => new GridColumn { Width = x.ToString() })));
        table.Append(Row(widths, true, w.Party, w.Representative, w.Role, w.Date, w.Signature));
        foreach (var s in doc.Signatures)
            table.Append(Row(widths, false, s.Party + (s.ByAccession ? $" ({w.Accession})" : ""), s.Representative ?? "", s.Role ?? "", s.Date ?? "", ""));
        return table;
    }

    private static TableRow Row(int[] widths, bool header, params string[] cells)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        else row.Append(new TableRowProperties(new TableRowHeight { Val = 900U, HeightType = HeightRuleValues.AtLeast }));
        for (var i = 0; i < cells.Length; i++)
        {
            var run = TextRun(cells[i]);
            if (header) run.PrependChild(new RunProperties(new Bold()));
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(), Type = TableWidthUnitValues.Dxa }), new Paragraph(run)));
        }
        return row;
    }

    private static Styles Styles(string language)
    {
        Style Make(string id, string name, int sizeHalfPoints, bool bold, int before, int after, bool heading = false)
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            style.Append(new StyleName { Val = name });
            if (id != "Normal") style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
            style.Append(new PrimaryStyle());
            var pPr = new StyleParagraphProperties();
            if (heading) pPr.Append(new KeepNext());
            pPr.Append(new SpacingBetweenLines { Before = before.ToString(), After = after.ToString() });
            if (heading) pPr.Append(new OutlineLevel { Val = 0 });
            style.Append(pPr);
            var rPr = new StyleRunProperties();
            if (bold) rPr.Append(new Bold());
            rPr.Append(new FontSize { Val = sizeHalfPoints.ToString() });
            style.Append(rPr);
            return style;
        }
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                new FontSize { Val = "22" }, new Languages { Val = language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto })));
        var normal = Make("Normal", "Normal", 22, false, 0, 120);
        normal.Default = true;
        return new Styles(defaults, normal,
            Make("Title", "Title", 36, true, 0, 120),
            Make("Subtitle", "Subtitle", 24, false, 0, 240),
            Make("Heading1", "heading 1", 26, true, 240, 120, heading: true),
            Make("ListBullet", "List Bullet", 22, false, 0, 60));
    }
}
