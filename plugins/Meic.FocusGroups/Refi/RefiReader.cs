using System.Xml.Linq;
using Meic.Sdk.Errors;
using Meic.Sdk.Files;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Refi;

/// <summary>
/// Reads REFI-QDA files from any producer, lenient where a known quirk is harmless (an empty &lt;Sets/&gt;,
/// a <c>Sources/</c> folder, an inner .qde not named project.qde, CRLF line endings) and strict where the
/// file is unusable (zip slip, no .qde, duplicate GUIDs, dangling references, codings outside the text).
/// </summary>
public static class RefiReader
{
    public static RefiProject ReadCodebook(string path, Strings t)
    {
        if (!File.Exists(path)) throw new InputException(t["refuse.noFile"], path);
        var doc = SafeXml.Load(new MemoryStream(LimitedText.ReadAllBytes(path)), path);
        var root = doc.Root!;
        if (root.Name.LocalName != "CodeBook") throw new InputException(t["refi.root", "CodeBook", root.Name.LocalName], path);
        var p = new RefiProject();
        ReadCodes(root.Elements().FirstOrDefault(e => e.Name.LocalName == "Codes"), null, p, path, t);
        ReadSets(root, p, memberAttribute: "guid");
        CheckUnique(doc, path, t);
        CheckSetMembers(p, path, t);
        return p;
    }

    public static RefiProject ReadProject(string path, Strings t)
    {
        if (!File.Exists(path)) throw new InputException(t["refuse.noFile"], path);
        // Entries, sizes and ratio checked on opening, inflated bytes counted while reading, XML read without DTDs.
        using (var zip = LimitedArchive.Open(path))
        {
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith('/') || Path.IsPathRooted(name) || name.Split('/').Any(part => part == "..") || (name.Length > 1 && name[1] == ':'))
                    throw new InputException(t["refi.zipSlip", entry.FullName], path);
            }
            var qde = zip.Entries.FirstOrDefault(e => e.FullName.Equals("project.qde", StringComparison.OrdinalIgnoreCase));
            if (qde is null)
            {
                var candidates = zip.Entries.Where(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".qde", StringComparison.OrdinalIgnoreCase)).ToList();
                if (candidates.Count != 1)
                    throw new InputException(t["refi.noQde"], path);
                qde = candidates[0]; // ATLAS.ti names the inner file after the project
            }
            var doc = zip.LoadXml(qde);
            CheckUnique(doc, path, t);
            var root = doc.Root!;
            if (root.Name.LocalName != "Project") throw new InputException(t["refi.root", "Project", root.Name.LocalName], path);
            var p = new RefiProject { Name = root.Attribute("name")?.Value ?? Path.GetFileNameWithoutExtension(path) };
            foreach (var u in Children(root, "Users", "User"))
                p.Users.Add(new RefiUser(Guid(u, path, t), u.Attribute("name")?.Value ?? u.Attribute("id")?.Value ?? "unknown"));
            ReadCodes(Children(root, "CodeBook", "Codes").FirstOrDefault(), null, p, path, t);
            foreach (var c in Children(root, "Cases", "Case"))
                p.Cases.Add(new RefiCase(Guid(c, path, t), c.Attribute("name")?.Value ?? "", Child(c, "Description")?.Value,
                    c.Elements().Where(e => e.Name.LocalName == "SourceRef").Select(e => e.Attribute("targetGUID")?.Value ?? "").ToList()));
            foreach (var n in Children(root, "Notes", "Note"))
                p.Notes.Add(new RefiNote(Guid(n, path, t), n.Attribute("name")?.Value ?? "", Child(n, "PlainTextContent")?.Value ?? "", n.Attribute("creatingUser")?.Value));
            foreach (var s in Children(root, "Sources", "TextSource")) p.Sources.Add(ReadSource(s, zip, path, t));
            ReadSets(root, p, memberAttribute: "targetGUID");
            CheckReferences(p, path, t);
            return p;
        }
    }

    private static RefiSource ReadSource(XElement s, LimitedArchive zip, string path, Strings t)
    {
        var guid = Guid(s, path, t);
        var name = s.Attribute("name")?.Value ?? guid;
        var inline = Child(s, "PlainTextContent")?.Value;
        var textPath = s.Attribute("plainTextPath")?.Value;
        string raw;
        if (inline is not null) raw = inline;
        else if (textPath is not null)
        {
            var file = textPath.StartsWith("internal://", StringComparison.OrdinalIgnoreCase) ? textPath["internal://".Length..] : textPath;
            var entry = zip.Entries.FirstOrDefault(e => e.FullName.Equals($"sources/{file}", StringComparison.OrdinalIgnoreCase)) // NVivo writes Sources/
                        ?? zip.Entries.FirstOrDefault(e => e.FullName.Equals(file, StringComparison.OrdinalIgnoreCase))
                        ?? throw new InputException(t["refi.noSourceText", name, textPath], path);
            raw = zip.ReadText(entry);
            FileLimits.Current.CheckField(raw, $"{path}!{entry.FullName}");
        }
        else throw new InputException(t["refi.sourceEmpty", name], path);
        if (raw.Length > 0 && raw[0] == '\uFEFF') raw = raw[1..];
        // Producers count positions in the text as stored (CRLF included); normalise to LF and move positions with it.
        var text = Transcripts.TextSource.Normalize(raw);
        int Map(int codePoint)
        {
            var utf16 = CodePoints.ToUtf16(raw, codePoint);
            if (utf16 > raw.Length) return text.Length + 1; // outside: caught below
            var removed = 0;
            for (var i = 0; i < utf16 && i < raw.Length; i++) if (raw[i] == '\r' && i + 1 < raw.Length && raw[i + 1] == '\n') removed++;
            return utf16 - removed;
        }
        var selections = new List<RefiSelection>();
        foreach (var sel in s.Elements().Where(e => e.Name.LocalName == "PlainTextSelection"))
        {
            var sg = Guid(sel, path, t);
            if (!int.TryParse(sel.Attribute("startPosition")?.Value, out var start) || !int.TryParse(sel.Attribute("endPosition")?.Value, out var end))
                throw new InputException(t["refi.selection", name], path);
            if (start < 0 || end < start || end > CodePoints.Count(raw))
                throw new InputException(t["refi.outside", name, start, end, CodePoints.Count(raw)], path);
            var codings = sel.Elements().Where(e => e.Name.LocalName == "Coding").Select(c => new RefiCoding(Guid(c, path, t),
                Child(c, "CodeRef")?.Attribute("targetGUID")?.Value ?? throw new InputException(t["refi.noCodeRef", name], path),
                c.Attribute("creatingUser")?.Value)).ToList();
            var notes = sel.Elements().Where(e => e.Name.LocalName == "NoteRef").Select(e => e.Attribute("targetGUID")?.Value ?? "").ToList();
            selections.Add(new RefiSelection(sg, Map(start), Map(end), sel.Attribute("creatingUser")?.Value, codings, notes));
        }
        var sourceNotes = s.Elements().Where(e => e.Name.LocalName == "NoteRef").Select(e => e.Attribute("targetGUID")?.Value ?? "").ToList();
        return new RefiSource(guid, name, text, selections, sourceNotes);
    }

    private static void ReadCodes(XElement? codes, string? parent, RefiProject p, string path, Strings t)
    {
        if (codes is null) return;
        foreach (var c in codes.Elements().Where(e => e.Name.LocalName == "Code"))
        {
            var guid = Guid(c, path, t);
            var name = c.Attribute("name")?.Value;
            if (string.IsNullOrWhiteSpace(name)) throw new InputException(t["refi.codeName", guid], path);
            var color = c.Attribute("color")?.Value;
            if (color is not null && !System.Text.RegularExpressions.Regex.IsMatch(color, "^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")) color = null;
            p.Codes.Add(new RefiCode(guid, name, color, Child(c, "Description")?.Value, parent,
                Codable(c, path, t),
                c.Elements().Where(e => e.Name.LocalName == "NoteRef").Select(e => e.Attribute("targetGUID")?.Value ?? "").ToList()));
            ReadCodes(c, guid, p, path, t);
        }
    }

    // isCodable is an xsd:boolean: true, false, 1 or 0; anything else ("maybe") is refused rather than read as true.
    private static bool Codable(XElement code, string path, Strings t) => code.Attribute("isCodable")?.Value switch
    {
        null or "true" or "1" => true,
        "false" or "0" => false,
        var v => throw new InputException(t["refi.codable", code.Attribute("name")?.Value, Meic.Sdk.Tables.TableText.Excerpt(v)], path),
    };

    private static void ReadSets(XElement root, RefiProject p, string memberAttribute)
    {
        // Taguette writes an empty <Sets/>: harmless, so it is read as "no sets".
        foreach (var s in Children(root, "Sets", "Set"))
            p.Sets.Add(new RefiSet(s.Attribute("guid")?.Value ?? "", s.Attribute("name")?.Value ?? "",
                s.Elements().Where(e => e.Name.LocalName == "MemberCode").Select(m => m.Attribute(memberAttribute)?.Value ?? m.Attribute("guid")?.Value ?? m.Attribute("targetGUID")?.Value ?? "").ToList()));
    }

    private static void CheckUnique(XDocument doc, string path, Strings t)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in doc.Descendants())
        {
            var g = e.Attribute("guid")?.Value;
            if (g is null) continue;
            // The standard's GUIDs are GUIDs: "not-a-guid" is a broken file, not a name.
            if (!System.Guid.TryParse(g, out _))
                throw new InputException(t["refi.guid", e.Name.LocalName, Meic.Sdk.Tables.TableText.Excerpt(g)], path);
            // A codebook's <MemberCode guid="…"> names a code of the set (a code may be in several sets): a reference, not a definition.
            if (e.Name.LocalName == "MemberCode") continue;
            if (!seen.Add(Norm(g))) throw new InputException(t["refi.guidTwice", g, e.Name.LocalName], path);
        }
    }

    private static void CheckSetMembers(RefiProject p, string path, Strings t)
    {
        var codes = p.Codes.Select(c => Norm(c.Guid)).ToHashSet();
        foreach (var s in p.Sets)
            foreach (var m in s.CodeGuids)
                if (!codes.Contains(Norm(m))) throw new InputException(t["refi.setMember", s.Name, m], path);
    }

    private static void CheckReferences(RefiProject p, string path, Strings t)
    {
        CheckSetMembers(p, path, t);
        var codes = p.Codes.Select(c => Norm(c.Guid)).ToHashSet();
        foreach (var s in p.Sources)
            foreach (var sel in s.Selections)
                foreach (var c in sel.Codings)
                    if (!codes.Contains(Norm(c.CodeGuid)))
                        throw new InputException(t["refi.dangling", s.Name, c.CodeGuid], path);
    }

    public static string Norm(string guid) => guid.Trim('{', '}').ToLowerInvariant();

    private static string Guid(XElement e, string path, Strings t) =>
        e.Attribute("guid")?.Value is { Length: > 0 } g ? Norm(g) : throw new InputException(t["refi.noGuid", e.Name.LocalName], path);

    private static XElement? Child(XElement e, string local) => e.Elements().FirstOrDefault(x => x.Name.LocalName == local);

    private static IEnumerable<XElement> Children(XElement root, string container, string item) =>
        root.Elements().Where(e => e.Name.LocalName == container).SelectMany(c => c.Elements().Where(e => e.Name.LocalName == item));
}
