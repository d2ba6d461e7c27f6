using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Meic.FocusGroups.Model;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Reports;

/// <summary>
/// Quotes per code, pseudonymised, as Markdown or Word. Only people who consented to quotation are quoted; every quote
/// left out is counted, under its code and by pseudonym with the reason, so a report never drops one unseen.
/// </summary>
public static class QuotesReport
{
    public sealed record Quote(string Code, string Session, string Speaker, int Turn, string Text, IReadOnlyList<string>? Memos = null);

    /// <summary>A code's quotes, and how many of its coded segments were not quoted for consent.</summary>
    public sealed record CodeQuotes(string Code, IReadOnlyList<Quote> Quotes, int LeftOut);

    /// <summary>Whose words were not quoted and why (<see cref="ConsentPurposes.NoConsent"/>, <see cref="ConsentPurposes.NoQuotation"/>, <see cref="ConsentPurposes.UnknownSpeaker"/>).</summary>
    /// <param name="Purposes">What the person did consent to (ids; old words the vocabulary does not know, as written).</param>
    public sealed record LeftOut(string Session, string Speaker, string Reason, IReadOnlyList<string> Purposes, int Quotes);

    public sealed record Report(IReadOnlyList<CodeQuotes> Codes, IReadOnlyList<LeftOut> LeftOut)
    {
        public int QuotesLeftOut => LeftOut.Sum(l => l.Quotes);
    }

    /// <param name="memosOf">Memos on a code or a coded segment, by their id (none when null).</param>
    public static Report Build(IReadOnlyList<CodedSegment> segments, Func<string, IReadOnlyList<string>>? memosOf = null, Vocabularies? vocabularies = null)
    {
        var codes = new List<CodeQuotes>();
        var leftOut = new List<(CodedSegment Segment, string Reason)>();
        foreach (var g in segments.GroupBy(s => s.Code.Name).OrderBy(g => g.Key, StringComparer.CurrentCulture))
        {
            var unique = g.GroupBy(s => (s.Coding.TranscriptId, s.Coding.Start, s.Coding.End)).Select(x => x.First()) // one quote per segment, whoever coded it
                .OrderBy(s => s.Session.Id, StringComparer.Ordinal).ThenBy(s => s.Coding.Start).ToList();
            var quotes = new List<Quote>();
            var skipped = 0;
            foreach (var s in unique)
            {
                if (ConsentPurposes.WhyNotQuoted(s.Participant, vocabularies) is { } why) { leftOut.Add((s, why)); skipped++; continue; }
                quotes.Add(new Quote(g.Key, s.Session.Id, s.Participant!.Pseudonym, s.Turn?.Index ?? 0, s.Text.Trim(), memosOf?.Invoke(s.Coding.Id)));
            }
            codes.Add(new CodeQuotes(g.Key, quotes, skipped));
        }
        var people = leftOut
            .GroupBy(x => (x.Segment.Session.Id, Speaker: x.Segment.Participant?.Pseudonym ?? "?", x.Reason))
            .Select(x =>
            {
                var (ids, unknown) = ConsentPurposes.Read(x.First().Segment.Participant?.Consent, vocabularies);
                return new LeftOut(x.Key.Id, x.Key.Speaker, x.Key.Reason, [.. ids, .. unknown], x.Count());
            })
            .OrderBy(l => l.Session, StringComparer.Ordinal).ThenBy(l => l.Speaker, StringComparer.Ordinal).ToList();
        return new Report(codes, people);
    }

    /// <summary>The words of a quotes report in the user's language: heads, sources, memos and what was left out.</summary>
    public sealed class Words(Strings s, Vocabularies? vocabularies = null)
    {
        public string Title => s["quotes.title"];
        public string Memo => s["quotes.memo"];
        public string Source(Quote q) => s["quotes.source", q.Speaker, q.Session, q.Turn];
        public string Heading(CodeQuotes c) => c.LeftOut == 0
            ? s["quotes.code", c.Code, Numbers.Format(c.Quotes.Count, s.Language)]
            : s["quotes.codeLeftOut", c.Code, Numbers.Format(c.Quotes.Count, s.Language), s.Plural("quotes.leftOut", c.LeftOut)];
        public string LeftOutHeading(Report r) => s.Plural("quotes.leftOut", r.QuotesLeftOut);
        public string LeftOutNote => s["quotes.leftOutNote"];
        public string LeftOutCommand => s["quotes.leftOutCommand"];
        public string LeftOutCommandLine => s["quotes.leftOutCommandLine"];

        public string Why(LeftOut l)
        {
            var v = ConsentPurposes.Vocabulary(vocabularies);
            var agreed = string.Join(", ", l.Purposes.Select(p => v.Find(p) is { } t ? t.LabelFor(s.Language) : $"'{p}'"));
            var count = s.Plural("quotes.count", l.Quotes);
            return l.Reason switch
            {
                ConsentPurposes.NoQuotation => agreed.Length == 0 ? s["quotes.why.noPurpose", l.Speaker, l.Session, count] : s["quotes.why.noQuotation", l.Speaker, l.Session, agreed, count],
                ConsentPurposes.NoConsent => s["quotes.why.noConsent", l.Speaker, l.Session, count],
                _ => s["quotes.why.unknownSpeaker", l.Session, count],
            };
        }
    }

    private static Words English => new(Commands.Ui.S("en"));

    public static string Markdown(Report report, Words? words = null)
    {
        var w = words ?? English;
        var sb = new StringBuilder($"# {w.Title}\n\n");
        foreach (var c in report.Codes)
        {
            sb.Append($"## {w.Heading(c)}\n\n");
            foreach (var q in c.Quotes)
            {
                sb.Append($"> {q.Text.Replace("\n", "\n> ")}\n>\n> {w.Source(q)}\n\n");
                foreach (var m in q.Memos ?? []) sb.Append($"*{w.Memo}:* {m}\n\n");
            }
        }
        if (report.LeftOut.Count > 0)
        {
            sb.Append($"## {w.LeftOutHeading(report)}\n\n");
            foreach (var l in report.LeftOut) sb.Append($"- {w.Why(l)}\n");
            sb.Append($"\n{w.LeftOutNote}\n");
        }
        return sb.ToString();
    }

    public static void Docx(string path, Report report, Words? words = null)
    {
        var w = words ?? English;
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        body.Append(Para(w.Title, "Title", bold: true, size: 32));
        foreach (var c in report.Codes)
        {
            body.Append(Para(w.Heading(c), "Heading1", bold: true, size: 28));
            foreach (var q in c.Quotes)
            {
                body.Append(Para($"“{q.Text}”", "Quote", italic: true));
                body.Append(Para(w.Source(q), null));
                foreach (var m in q.Memos ?? []) body.Append(Para($"{w.Memo}: {m}", null, italic: true));
            }
        }
        if (report.LeftOut.Count > 0)
        {
            body.Append(Para(w.LeftOutHeading(report), "Heading1", bold: true, size: 28));
            foreach (var l in report.LeftOut) body.Append(Para(w.Why(l), null));
            body.Append(Para(w.LeftOutNote, null, italic: true));
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
