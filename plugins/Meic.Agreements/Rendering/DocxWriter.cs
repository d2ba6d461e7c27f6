using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Meic.Agreements.Rendering;

/// <summary>
/// Writes a rendered agreement as a Word document a municipal office can sign: the cluster's name in the header of every
/// page, "pagina X di Y" in the footer, numbered articles, real bulleted lists, the closing formula with the place and
/// date, and a signature table that never splits across pages. The package is complete (styles, settings, numbering,
/// header and footer parts) so Word and LibreOffice open it without repair.
/// </summary>
public static class DocxWriter
{
    // A4 with 2 cm side margins: 11906 − 2 × 1134 twentieths of a point of text width.
    private const int TextWidth = 9638;
    private const int BulletList = 1;

    public static void Write(RenderedAgreement doc, string path)
    {
        using var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        package.PackageProperties.Title = doc.Title;
        package.PackageProperties.Language = doc.Words.Language;
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(doc.Words.Language);
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings(doc.Words.Language);
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Para(doc.Header, "Header"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(PageNumbers(doc.Words));

        var body = new Body();
        body.Append(Para(doc.Title, "Title"));
        body.Append(Para(doc.Subtitle, "Subtitle"));
        foreach (var b in doc.Preamble) body.Append(Block(b));
        foreach (var a in doc.Articles)
        {
            body.Append(Para($"{doc.Words.Article} {a.Number} – {a.Title}", "Heading1"));
            foreach (var b in a.Blocks) body.Append(Block(b));
        }
        // The signature block is one unit: heading, formula, place and date and the table keep with what follows.
        body.Append(Para(doc.Words.Signatures, "Heading1"));
        body.Append(Para(doc.Words.ReadAndSigned, "KeepWithNext"));
        if (doc.PlaceAndDate.Length > 0) body.Append(Para(doc.PlaceAndDate, "KeepWithNext"));
        body.Append(SignatureTable(doc));
        body.Append(new Paragraph());
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1417, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 708U, Footer = 708U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Block(RenderedBlock b)
    {
        if (b.Kind == BlockKind.Bullet)
            return new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "ListBullet" },
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList })),
                TextRun(b.Text));
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

    // "pagina {0} di {1}" with Word's PAGE and NUMPAGES fields in place of the numbers.
    private static Paragraph PageNumbers(DocumentWords words)
    {
        var p = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Center }));
        var parts = words.Page.Split(["{0}", "{1}"], StringSplitOptions.None);
        var fields = new[] { " PAGE ", " NUMPAGES " };
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length > 0) p.Append(TextRun(parts[i]));
            if (i < fields.Length && i < parts.Length - 1)
                p.Append(new SimpleField(new Run(new Text("1"))) { Instruction = fields[i] });
        }
        return p;
    }

    private static Table SignatureTable(RenderedAgreement doc)
    {
        var w = doc.Words;
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            border(), new TableLayout { Type = TableLayoutValues.Fixed }));
        // Measured so the longest header word ("Rappresentante", "Representante") fits on one line at 10 pt.
        var widths = new[] { 2500, 2300, 1500, 1600, 1738 };
        table.Append(new TableGrid(widths.Select(x => new GridColumn { Width = x.ToString(CultureInfo.InvariantCulture) })));
        var rows = new List<string[]> { new[] { w.Party, w.Representative, w.Role, w.Date, w.Signature } };
        rows.AddRange(doc.Signatures.Select(s => new[] { s.Party + (s.ByAccession ? $" ({w.Accession})" : ""), s.Representative ?? "", s.Role ?? "", s.Date ?? "", "" }));
        for (var i = 0; i < rows.Count; i++) table.Append(Row(widths, header: i == 0, keepWithNext: i < rows.Count - 1, rows[i]));
        return table;
    }

    private static TableRow Row(int[] widths, bool header, bool keepWithNext, string[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        else properties.Append(new TableRowHeight { Val = 900U, HeightType = HeightRuleValues.AtLeast });
        var row = new TableRow(properties);
        for (var i = 0; i < cells.Length; i++)
        {
            var run = TextRun(cells[i]);
            if (header) run.PrependChild(new RunProperties(new Bold(), new FontSize { Val = "20" }));
            var pPr = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
            // Every row but the last keeps with the next: the table moves to the next page whole rather than split.
            if (keepWithNext) pPr.Append(new KeepNext());
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(pPr, run)));
        }
        return row;
    }

    private static Numbering Numbering()
    {
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = "•" },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" })) { LevelIndex = 0 };
        return new Numbering(
            new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, level) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletList });
    }

    private static Settings Settings(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 708 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }),
        new ThemeFontLanguages { Val = language });

    private static Styles Styles(string language)
    {
        Style Make(string id, string name, int sizeHalfPoints, bool bold, int before, int after, bool keepNext = false, bool heading = false, string? color = null)
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            style.Append(new StyleName { Val = name });
            if (id != "Normal") style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
            style.Append(new PrimaryStyle());
            var pPr = new StyleParagraphProperties();
            if (keepNext || heading) pPr.Append(new KeepNext());
            pPr.Append(new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = after.ToString(CultureInfo.InvariantCulture) });
            if (heading) pPr.Append(new OutlineLevel { Val = 0 });
            style.Append(pPr);
            var rPr = new StyleRunProperties();
            if (bold) rPr.Append(new Bold());
            if (color is not null) rPr.Append(new Color { Val = color });
            rPr.Append(new FontSize { Val = sizeHalfPoints.ToString(CultureInfo.InvariantCulture) });
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
            Make("ListBullet", "List Bullet", 22, false, 0, 60),
            Make("KeepWithNext", "Signature lead", 22, false, 120, 120, keepNext: true),
            Make("TableText", "Table text", 20, false, 0, 0),
            Make("Header", "header", 18, false, 0, 0, color: "595959"),
            Make("Footer", "footer", 18, false, 0, 0, color: "595959"));
    }
}
