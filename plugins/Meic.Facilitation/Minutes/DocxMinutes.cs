using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Meic.Facilitation.Minutes;

/// <summary>
/// Writes the rendered Markdown minutes as a Word document, so .md and .docx always say the same thing:
/// headings, bullet lines as a real list and paragraphs, with **bold** runs; the meeting's title in the header and
/// "pagina X di Y" in the footer of every page; a complete package (styles, settings, numbering, header, footer).
/// </summary>
internal static partial class DocxMinutes
{
    private const int BulletList = 1;

    /// <param name="pageWords">"pagina {0} di {1}": the footer, {0} the page and {1} the count.</param>
    public static void Write(string markdown, string file, string language, string pageWords)
    {
        using var doc = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body());
        AddStyles(main, language);
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new Zoom { Percent = "100" }, new DefaultTabStop { Val = 708 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
            new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" },
                    new LevelJustification { Val = LevelJustificationValues.Left },
                    new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" })) { LevelIndex = 0 }) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletList });
        var title = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..] ?? "";
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Para(title.Replace("**", ""), "Header"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(PageNumbers(pageWords));
        var body = main.Document.Body!;
        var paragraph = new List<string>();
        void Flush()
        {
            if (paragraph.Count == 0) return;
            body.Append(Para(string.Join(" ", paragraph), null));
            paragraph.Clear();
        }
        foreach (var line in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("### ")) { Flush(); body.Append(Para(line[4..], "Heading3")); }
            else if (line.StartsWith("## ")) { Flush(); body.Append(Para(line[3..], "Heading2")); }
            else if (line.StartsWith("# ")) { Flush(); body.Append(Para(line[2..], "Title")); }
            else if (line.StartsWith("- ")) { Flush(); body.Append(Bullet(line[2..])); }
            else if (line.Trim().Length == 0) Flush();
            else paragraph.Add(line);
        }
        Flush();
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1417, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 708U, Footer = 708U, Gutter = 0U }));
        main.Document.Save();
    }

    private static Paragraph Bullet(string text)
    {
        var p = Para(text, "ListParagraph");
        p.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList }));
        return p;
    }

    // The footer's words with Word's PAGE and NUMPAGES fields in place of {0} and {1}.
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
        foreach (var (segment, bold) in Segments(text))
        {
            var run = new Run();
            if (bold) run.Append(new RunProperties(new Bold()));
            run.Append(new Text(segment) { Space = SpaceProcessingModeValues.Preserve });
            p.Append(run);
        }
        return p;
    }

    private static IEnumerable<(string, bool)> Segments(string text)
    {
        var parts = BoldPattern().Split(text);
        for (var i = 0; i < parts.Length; i++)
            if (parts[i].Length > 0) yield return (parts[i], i % 2 == 1);
    }

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex BoldPattern();

    private static void AddStyles(MainDocumentPart main, string language)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var lang = language switch { "it" => "it-IT", "es" => "es-ES", _ => "en-GB" };
        Style Heading(string id, string name, int halfPoints, bool bold) => new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(bold ? new Bold() : new Bold { Val = false }, new FontSize { Val = halfPoints.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };
        part.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Arial", EastAsia = "Calibri" },
                new FontSize { Val = "22" },
                new Languages { Val = lang, Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 36, true),
            Heading("Heading2", "heading 2", 28, true),
            Heading("Heading3", "heading 3", 24, true),
            new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { Left = "360" })) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" },
            Small("Header", "header"), Small("Footer", "footer"));
        part.Styles.Save();
    }

    private static Style Small(string id, string name) => new(
        new StyleName { Val = name }, new BasedOn { Val = "Normal" },
        new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "18" })) { Type = StyleValues.Paragraph, StyleId = id };
}
