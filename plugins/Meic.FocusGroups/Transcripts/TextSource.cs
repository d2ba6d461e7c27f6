using Meic.Sdk.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Meic.Sdk.Errors;
using Meic.Sdk.Files;

namespace Meic.FocusGroups.Transcripts;

/// <summary>Reads a transcript file (.txt, .md, .docx) as text with LF line endings.</summary>
public static class TextSource
{
    public static (string Text, string Format) Read(string path, Strings s)
    {
        if (!File.Exists(path)) throw new InputException(s["refuse.noFile"], path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".text" => (Normalize(LimitedText.ReadAllText(path)), "txt"),
            ".md" or ".markdown" => (Normalize(LimitedText.ReadAllText(path)), "md"),
            ".docx" => (Normalize(ReadDocx(path, s)), "docx"),
            _ => throw new InputException(s["refuse.fileKind", ext], path),
        };
    }

    /// <summary>CRLF and lone CR become LF; a BOM is dropped. Offsets are then stable whatever produced the file.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    public static string ReadDocx(string path, Strings s)
    {
        // Entries, sizes, ratio, DTDs, depth and text lengths are checked before the Open XML SDK inflates anything.
        LimitedArchive.Check(path);
        try
        {
            using var doc = WordprocessingDocument.Open(path, false, new OpenSettings { MaxCharactersInPart = FileLimits.Current.MaxEntryBytes });
            var body = doc.MainDocumentPart?.Document?.Body
                       ?? throw new InputException(s["refuse.docxBody"], path);
            var lines = new List<string>();
            foreach (var p in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>())
            {
                var sb = new System.Text.StringBuilder();
                foreach (var el in p.Descendants())
                {
                    if (el is Text t) sb.Append(t.Text);
                    else if (el is TabChar) sb.Append('\t');
                    else if (el is Break) sb.Append('\n');
                }
                lines.Add(sb.ToString());
            }
            return string.Join("\n", lines);
        }
        catch (InputException) { throw; }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            throw new InputException(s["refuse.docxUnreadable", $"{e.GetType().Name}: {FileLimits.Excerpt(e.Message, 200)}"], path, e);
        }
    }
}
