using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Meic.FocusGroups.Reports;

/// <summary>Quotes per code, pseudonymised, as Markdown or Word.</summary>
public static class QuotesReport
{
    public sealed record Quote(string Code, string Session, string Speaker, int Turn, string Text, IReadOnlyList<string>? Memos = null);

    /// <param name="memosOf">Memos on a code or a coded segment, by their id (none when null).</param>
    public static IReadOnlyList<(string Code, IReadOnlyList<Quote> Quotes)> Build(IReadOnlyList<CodedSegment> segments, Func<string, IReadOnlyList<string>>? memosOf = null) =>
        segments.GroupBy(s => s.Code.Name).OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => (g.Key, (IReadOnlyList<Quote>)g
                .GroupBy(s => (s.Coding.TranscriptId, s.Coding.Start, s.Coding.End)).Select(x => x.First()) // one quote per segment, whoever coded it
                .OrderBy(s => s.Session.Id, StringComparer.Ordinal).ThenBy(s => s.Coding.Start)
                .Select(s => new Quote(g.Key, s.Session.Id, s.Participant?.Pseudonym ?? "?", s.Turn?.Index ?? 0, s.Text.Trim(), memosOf?.Invoke(s.Coding.Id))).ToList()))
            .ToList();

    /// <param name="source">Who said it and where, in the report's language: {0} the pseudonym, {1} the session, {2} the turn.</param>
    public static string Markdown(string title, IReadOnlyList<(string Code, IReadOnlyList<Quote> Quotes)> report, string source = "— {0}, {1}, turn {2}", string memo = "Memo")
    {
        var sb = new StringBuilder($"# {title}\n\n");
        foreach (var (code, quotes) in report)
        {
            sb.Append($"## {code} ({quotes.Count})\n\n");
            foreach (var q in quotes)
            {
                sb.Append($"> {q.Text.Replace("\n", "\n> ")}\n>\n> {Source(source, q)}\n\n");
                foreach (var m in q.Memos ?? []) sb.Append($"*{memo}:* {m}\n\n");
            }
        }
        return sb.ToString();
    }

    private static string Source(string format, Quote q) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, q.Speaker, q.Session, q.Turn);

    public static void Docx(string path, string title, IReadOnlyList<(string Code, IReadOnlyList<Quote> Quotes)> report, string source = "— {0}, {1}, turn {2}", string memo = "Memo")
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        body.Append(Para(title, "Title", bold: true, size: 32));
        foreach (var (code, quotes) in report)
        {
            body.Append(Para($"{code} ({quotes.Count})", "Heading1", bold: true, size: 28));
            foreach (var q in quotes)
            {
                body.Append(Para($"“{q.Text}”", "Quote", italic: true));
                body.Append(Para(Source(source, q), null));
                foreach (var m in q.Memos ?? []) body.Append(Para($"{memo}: {m}", null, italic: true));
            }
        }
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Para(string text, string? style, bool bold = false, bool italic = false, int? size = null)
    {
        var props = new RunProperties();
        if (bold) props.Append(new Bold());
        if (italic) props.Append(new Italic());
        if (size is { } s) props.Append(new FontSize { Val = s.ToString() });
        var p = new Paragraph(new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) p.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return p;
    }
}
