using System.IO.Compression;
using System.Text;

namespace Meic.Testing;

/// <summary>
/// A corpus of hostile files, made at test time so the repository stays small: zip bombs (declared and lying about
/// their size), compression-ratio bombs, too many entries, external entities, billion laughs, malformed and truncated
/// XML, binary junk, 10 MB fields, 500,000 folded lines, deep nesting. Each importer must refuse each with exit 2.
/// </summary>
public static class HostileFiles
{
    /// <summary>One hostile file: its name (kind.extension) and how to write it.</summary>
    public sealed record Hostile(string Name, Action<string> Write)
    {
        public override string ToString() => Name;
    }

    private const string SheetPart = "xl/worksheets/sheet1.xml";
    private const string DocumentPart = "word/document.xml";
    private const string ProjectPart = "project.qde";

    /// <summary>The hostile files for a format: xlsx, docx, qdpx, qdc, csv, ics, txt.</summary>
    public static IReadOnlyList<Hostile> For(string format) => format switch
    {
        "xlsx" => Archive("xlsx", SheetPart, Xlsx, Sheet).Append(new Hostile("missing-sheet.xlsx", p => Zip(p, Xlsx(Sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>")).Where(e => e.Key != SheetPart)))).ToList(),
        "docx" => Archive("docx", DocumentPart, Docx, Document).ToList(),
        "qdpx" => Archive("qdpx", ProjectPart, Qdpx, Project).ToList(),
        "qdc" => Xml("qdc", "CodeBook", "<Codes><Code guid=\"c1\" name=\"x\"/></Codes>").ToList(),
        "csv" => Text("csv", "Name,Sector\n").ToList(),
        "ics" => Text("ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
            .Append(new Hostile("folded-500k.ics", p => File.WriteAllText(p, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDESCRIPTION:x\r\n"
                + string.Concat(Enumerable.Repeat(" abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop\r\n", 500_000)) + "END:VEVENT\r\nEND:VCALENDAR\r\n")))
            .Append(new Hostile("truncated.ics", p => File.WriteAllText(p, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:2026011")))
            .ToList(),
        "txt" => Text("txt", "").ToList(),
        _ => throw new ArgumentException(format),
    };

    /// <summary>Writes every hostile file of every format into <paramref name="directory"/> (for the bench).</summary>
    public static IReadOnlyList<string> WriteAll(string directory)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        foreach (var format in new[] { "xlsx", "docx", "qdpx", "qdc", "csv", "ics", "txt" })
            foreach (var h in For(format))
            {
                var path = Path.Combine(directory, $"{format}-{h.Name}");
                h.Write(path);
                files.Add(path);
            }
        return files;
    }

    // The archive formats: the same attacks on the part each importer reads.
    private static IEnumerable<Hostile> Archive(string ext, string part, Func<string, Dictionary<string, byte[]>> package, Func<string, string> wrap)
    {
        yield return new Hostile($"bomb.{ext}", p => Bomb(p, package(wrap("")), part, 300L * 1024 * 1024, lie: false));
        yield return new Hostile($"lying-bomb.{ext}", p => Bomb(p, package(wrap("")), part, 300L * 1024 * 1024, lie: true));
        yield return new Hostile($"ratio-bomb.{ext}", p => Bomb(p, package(wrap("")), part, 8L * 1024 * 1024, lie: false));
        yield return new Hostile($"entries.{ext}", p => Zip(p, package(wrap("")).Concat(Enumerable.Range(0, 20_000).Select(i => new KeyValuePair<string, byte[]>($"junk/{i}.txt", [(byte)'x'])))));
        yield return new Hostile($"xxe.{ext}", p => Zip(p, With(package(wrap("&xxe;")), part, Doctype("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"))));
        yield return new Hostile($"laughs.{ext}", p => Zip(p, With(package(wrap("&lol9;")), part, Doctype(Laughs))));
        yield return new Hostile($"malformed.{ext}", p => Zip(p, With(package(wrap("")), part, s => s[..(s.Length / 2)])));
        yield return new Hostile($"deep.{ext}", p => Zip(p, package(wrap(string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000))))));
        yield return new Hostile($"huge-field.{ext}", p => Zip(p, package(wrap(HugeText()))));
        yield return new Hostile($"truncated.{ext}", p => { Zip(p, package(wrap("<x>hello</x>"))); var b = File.ReadAllBytes(p); File.WriteAllBytes(p, b[..(b.Length / 2)]); });
        yield return new Hostile($"binary.{ext}", p => File.WriteAllBytes(p, Junk()));
    }

    private static IEnumerable<Hostile> Xml(string ext, string root, string inner)
    {
        string Doc(string body) => $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<{root} xmlns=\"urn:QDA-XML:codebook:1.0\">{body}</{root}>";
        yield return new Hostile($"xxe.{ext}", p => File.WriteAllText(p, Doctype("<!ENTITY xxe SYSTEM \"file:///etc/passwd\">")(Doc("<Codes><Code guid=\"c1\" name=\"&xxe;\"/></Codes>"))));
        yield return new Hostile($"laughs.{ext}", p => File.WriteAllText(p, Doctype(Laughs)(Doc("<Codes><Code guid=\"c1\" name=\"&lol9;\"/></Codes>"))));
        yield return new Hostile($"malformed.{ext}", p => File.WriteAllText(p, Doc(inner)[..40]));
        yield return new Hostile($"deep.{ext}", p => File.WriteAllText(p, Doc("<Codes>" + string.Concat(Enumerable.Repeat("<Code guid=\"g\" name=\"n\">", 100_000)) + string.Concat(Enumerable.Repeat("</Code>", 100_000)) + "</Codes>")));
        yield return new Hostile($"huge-field.{ext}", p => File.WriteAllText(p, Doc($"<Codes><Code guid=\"c1\" name=\"x\"><Description>{HugeText()}</Description></Code></Codes>")));
        yield return new Hostile($"binary.{ext}", p => File.WriteAllBytes(p, Junk()));
    }

    private static IEnumerable<Hostile> Text(string ext, string head)
    {
        yield return new Hostile($"huge-line.{ext}", p => File.WriteAllText(p, head + new string('a', 2 * 1024 * 1024) + "\n"));
        yield return new Hostile($"huge-field.{ext}", p => File.WriteAllText(p, head + "\"" + string.Join("\n", Enumerable.Range(0, 10_000).Select(_ => new string('b', 1000))) + "\",x\n"));
        yield return new Hostile($"many-lines.{ext}", p => File.WriteAllText(p, head + string.Concat(Enumerable.Repeat("a\n", 1_000_001))));
        yield return new Hostile($"binary.{ext}", p => File.WriteAllBytes(p, Junk()));
    }

    private const string Laughs = "<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\"><!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
        + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\"><!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
        + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">";

    // Inserts a DOCTYPE with the given declarations after the XML declaration, naming the document's root.
    private static Func<string, string> Doctype(string declarations) => xml =>
    {
        var start = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
        var rootStart = xml.IndexOf('<', start) + 1;
        var rootName = new string(xml[rootStart..].TakeWhile(c => c is not (' ' or '>')).ToArray());
        return xml[..start] + $"\n<!DOCTYPE {rootName} [{declarations}]>" + xml[start..];
    };

    private static string HugeText()
    {
        var random = new Random(22);
        var chars = new char[10 * 1024 * 1024];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)('a' + random.Next(26));
        return new string(chars);
    }

    private static byte[] Junk()
    {
        var bytes = new byte[64 * 1024];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0; // a NUL early: no text file starts so
        return bytes;
    }

    private static Dictionary<string, byte[]> With(Dictionary<string, byte[]> parts, string part, Func<string, string> change)
    {
        parts[part] = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(parts[part])));
        return parts;
    }

    private static void Zip(string path, IEnumerable<KeyValuePair<string, byte[]>> parts)
    {
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var (name, bytes) in parts)
        {
            using var s = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
            s.Write(bytes);
        }
    }

    // A part of `size` bytes of spaces (inflates to far more than it weighs); `lie` rewrites its headers to claim 1 KiB.
    private static void Bomb(string path, Dictionary<string, byte[]> parts, string part, long size, bool lie)
    {
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in parts)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                if (name != part) { s.Write(bytes); continue; }
                var text = Encoding.UTF8.GetString(bytes);
                var cut = text.LastIndexOf("</", StringComparison.Ordinal);
                s.Write(Encoding.UTF8.GetBytes(text[..cut]));
                var spaces = new byte[1024 * 1024];
                Array.Fill(spaces, (byte)' ');
                for (long written = 0; written < size; written += spaces.Length) s.Write(spaces);
                s.Write(Encoding.UTF8.GetBytes(text[cut..]));
            }
        }
        if (!lie) return;
        var data = File.ReadAllBytes(path);
        var nameBytes = Encoding.UTF8.GetBytes(part);
        for (var i = 0; i + 46 < data.Length; i++)
        {
            var local = data[i] == 0x50 && data[i + 1] == 0x4b && data[i + 2] == 3 && data[i + 3] == 4;
            var central = data[i] == 0x50 && data[i + 1] == 0x4b && data[i + 2] == 1 && data[i + 3] == 2;
            if (!local && !central) continue;
            var nameAt = local ? i + 30 : i + 46;
            var nameLength = BitConverter.ToUInt16(data, local ? i + 26 : i + 28);
            if (nameLength != nameBytes.Length || !data.AsSpan(nameAt, nameLength).SequenceEqual(nameBytes)) continue;
            BitConverter.GetBytes(1024u).CopyTo(data, local ? i + 22 : i + 24); // the uncompressed size it claims
        }
        File.WriteAllBytes(path, data);
    }

    private static string Sheet(string rows) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>{(rows.StartsWith('<') ? "" : rows)}</t></is></c></row>{(rows.StartsWith('<') ? rows : "")}</sheetData></worksheet>";

    private static string Document(string body) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Anna: {(body.StartsWith('<') ? "" : body)}</w:t></w:r></w:p>{(body.StartsWith('<') ? body : "")}</w:body></w:document>";

    private static string Project(string body) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"{(body.StartsWith('<') || body.Length > 100 ? "p" : body)}\"><CodeBook><Codes><Code guid=\"c1\" name=\"x\">{(body.Length > 100 && !body.StartsWith('<') ? "<Description>" + body + "</Description>" : "")}</Code></Codes></CodeBook>{(body.StartsWith('<') ? body : "")}</Project>";

    private static Dictionary<string, byte[]> Xlsx(string sheet) => new(StringComparer.Ordinal)
    {
        ["[Content_Types].xml"] = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"),
        ["_rels/.rels"] = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
        ["xl/workbook.xml"] = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Actors\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
        ["xl/_rels/workbook.xml.rels"] = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
        [SheetPart] = Encoding.UTF8.GetBytes(sheet),
    };

    private static Dictionary<string, byte[]> Docx(string document) => new(StringComparer.Ordinal)
    {
        ["[Content_Types].xml"] = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ["_rels/.rels"] = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
        [DocumentPart] = Encoding.UTF8.GetBytes(document),
    };

    private static Dictionary<string, byte[]> Qdpx(string project) => new(StringComparer.Ordinal) { [ProjectPart] = Encoding.UTF8.GetBytes(project) };
}
