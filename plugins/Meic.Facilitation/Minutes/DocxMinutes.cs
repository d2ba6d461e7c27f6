using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Meic.Facilitation.Minutes;

/// <summary>
/// Writes the rendered Markdown minutes as a Word document, so .md and .docx always say the same thing:
/// headings, bullet lines and paragraphs, with **bold** runs.
/// </summary>
internal static partial class DocxMinutes
{
    public static void Write(string markdown, string file, string language)
    {
        using var doc = WordprocessingDocument.Create(file, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        main.Document = new Document(new Body());
        AddStyles(main, language);
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
            else if (line.StartsWith("- ")) { Flush(); body.Append(Para("• " + line[2..], "ListParagraph")); }
            else if (line.Trim().Length == 0) Flush();
            else paragraph.Add(line);
        }
        Flush();
        main.Document.Save();
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
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }, new KeepNext()),
            new StyleRunProperties(bold ? new Bold() : new Bold { Val = false }, new FontSize { Val = halfPoints.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };
        part.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Arial", EastAsia = "Calibri" },
                new Languages { Val = lang, Bidi = "ar-SA" },
                new FontSize { Val = "22" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 36, true),
            Heading("Heading2", "heading 2", 28, true),
            Heading("Heading3", "heading 3", 24, true),
            new Style(new StyleName { Val = "List Paragraph" }, new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new Indentation { Left = "360" })) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
        part.Styles.Save();
    }
}
