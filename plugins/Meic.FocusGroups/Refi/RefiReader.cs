using System.Xml.Linq;
using Meic.Sdk.Errors;
using Meic.Sdk.Files;

namespace Meic.FocusGroups.Refi;

/// <summary>
/// Reads REFI-QDA files from any producer, lenient where a known quirk is harmless (an empty &lt;Sets/&gt;,
/// a <c>Sources/</c> folder, an inner .qde not named project.qde, CRLF line endings) and strict where the
/// file is unusable (zip slip, no .qde, duplicate GUIDs, dangling references, codings outside the text).
/// </summary>
public static class RefiReader
{
    public static RefiProject ReadCodebook(string path)
    {
        if (!File.Exists(path)) throw new InputException("file not found.", path);
        var doc = SafeXml.Load(new MemoryStream(LimitedText.ReadAllBytes(path)), path);
        var root = doc.Root!;
        if (root.Name.LocalName != "CodeBook") throw new InputException($"expected a REFI-QDA <CodeBook>, found <{root.Name.LocalName}>.", path);
        var p = new RefiProject();
        ReadCodes(root.Elements().FirstOrDefault(e => e.Name.LocalName == "Codes"), null, p, path);
        ReadSets(root, p, memberAttribute: "guid");
        CheckUnique(doc, path);
        CheckSetMembers(p, path);
        return p;
    }

    public static RefiProject ReadProject(string path)
    {
        if (!File.Exists(path)) throw new InputException("file not found.", path);
        // Entries, sizes and ratio checked on opening, inflated bytes counted while reading, XML read without DTDs.
        using (var zip = LimitedArchive.Open(path))
        {
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.Replace('\\', '/');
                if (name.StartsWith('/') || Path.IsPathRooted(name) || name.Split('/').Any(part => part == "..") || (name.Length > 1 && name[1] == ':'))
                    throw new InputException($"the archive holds a path that escapes its folder ('{entry.FullName}'); refusing it, nothing was imported.", path);
            }
            var qde = zip.Entries.FirstOrDefault(e => e.FullName.Equals("project.qde", StringComparison.OrdinalIgnoreCase));
            if (qde is null)
            {
                var candidates = zip.Entries.Where(e => !e.FullName.Contains('/') && e.FullName.EndsWith(".qde", StringComparison.OrdinalIgnoreCase)).ToList();
                if (candidates.Count != 1)
                    throw new InputException("the archive has no project.qde (the REFI-QDA project file); nothing was imported.", path);
                qde = candidates[0]; // ATLAS.ti names the inner file after the project
            }
            var doc = zip.LoadXml(qde);
            CheckUnique(doc, path);
            var root = doc.Root!;
            if (root.Name.LocalName != "Project") throw new InputException($"expected a REFI-QDA <Project>, found <{root.Name.LocalName}>.", path);
            var p = new RefiProject { Name = root.Attribute("name")?.Value ?? Path.GetFileNameWithoutExtension(path) };
            foreach (var u in Children(root, "Users", "User"))
                p.Users.Add(new RefiUser(Guid(u, path), u.Attribute("name")?.Value ?? u.Attribute("id")?.Value ?? "unknown"));
            ReadCodes(Children(root, "CodeBook", "Codes").FirstOrDefault(), null, p, path);
            foreach (var c in Children(root, "Cases", "Case"))
                p.Cases.Add(new RefiCase(Guid(c, path), c.Attribute("name")?.Value ?? "", Child(c, "Description")?.Value,
                    c.Elements().Where(e => e.Name.LocalName == "SourceRef").Select(e => e.Attribute("targetGUID")?.Value ?? "").ToList()));
            foreach (var n in Children(root, "Notes", "Note"))
                p.Notes.Add(new RefiNote(Guid(n, path), n.Attribute("name")?.Value ?? "", Child(n, "PlainTextContent")?.Value ?? "", n.Attribute("creatingUser")?.Value));
            foreach (var s in Children(root, "Sources", "TextSource")) p.Sources.Add(ReadSource(s, zip, path));
            ReadSets(root, p, memberAttribute: "targetGUID");
            CheckReferences(p, path);
            return p;
        }
    }

    private static RefiSource ReadSource(XElement s, LimitedArchive zip, string path)
    {
        var guid = Guid(s, path);
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
                        ?? throw new InputException($"the source '{name}' points to '{textPath}', which the archive does not hold; nothing was imported.", path);
            raw = zip.ReadText(entry);
            FileLimits.Current.CheckField(raw, $"{path}!{entry.FullName}");
        }
        else throw new InputException($"the source '{name}' has neither text nor plainTextPath; nothing was imported.", path);
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
            var sg = Guid(sel, path);
            if (!int.TryParse(sel.Attribute("startPosition")?.Value, out var start) || !int.TryParse(sel.Attribute("endPosition")?.Value, out var end))
                throw new InputException($"a selection in '{name}' has no valid startPosition/endPosition; nothing was imported.", path);
            if (start < 0 || end < start || end > CodePoints.Count(raw))
                throw new InputException($"a coding in '{name}' points outside the text (characters {start}–{end} of {CodePoints.Count(raw)}); nothing was imported.", path);
            var codings = sel.Elements().Where(e => e.Name.LocalName == "Coding").Select(c => new RefiCoding(Guid(c, path),
                Child(c, "CodeRef")?.Attribute("targetGUID")?.Value ?? throw new InputException($"a coding in '{name}' has no CodeRef; nothing was imported.", path),
                c.Attribute("creatingUser")?.Value)).ToList();
            var notes = sel.Elements().Where(e => e.Name.LocalName == "NoteRef").Select(e => e.Attribute("targetGUID")?.Value ?? "").ToList();
            selections.Add(new RefiSelection(sg, Map(start), Map(end), sel.Attribute("creatingUser")?.Value, codings, notes));
        }
        var sourceNotes = s.Elements().Where(e => e.Name.LocalName == "NoteRef").Select(e => e.Attribute("targetGUID")?.Value ?? "").ToList();
        return new RefiSource(guid, name, text, selections, sourceNotes);
    }

    private static void ReadCodes(XElement? codes, string? parent, RefiProject p, string path)
    {
        if (codes is null) return;
        foreach (var c in codes.Elements().Where(e => e.Name.LocalName == "Code"))
        {
            var guid = Guid(c, path);
            var name = c.Attribute("name")?.Value;
            if (string.IsNullOrWhiteSpace(name)) throw new InputException($"the code {guid} has no name; nothing was imported.", path);
            var color = c.Attribute("color")?.Value;
            if (color is not null && !System.Text.RegularExpressions.Regex.IsMatch(color, "^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")) color = null;
            p.Codes.Add(new RefiCode(guid, name, color, Child(c, "Description")?.Value, parent,
                Codable(c, path),
                c.Elements().Where(e => e.Name.LocalName == "NoteRef").Select(e => e.Attribute("targetGUID")?.Value ?? "").ToList()));
            ReadCodes(c, guid, p, path);
        }
    }

    // isCodable is an xsd:boolean: true, false, 1 or 0; anything else ("maybe") is refused rather than read as true.
    private static bool Codable(XElement code, string path) => code.Attribute("isCodable")?.Value switch
    {
        null or "true" or "1" => true,
        "false" or "0" => false,
        var v => throw new InputException($"the code '{code.Attribute("name")?.Value}' has isCodable=\"{Meic.Sdk.Tables.TableText.Excerpt(v)}\": expected true or false; nothing was imported.", path),
    };

    private static void ReadSets(XElement root, RefiProject p, string memberAttribute)
    {
        // Taguette writes an empty <Sets/>: harmless, so it is read as "no sets".
        foreach (var s in Children(root, "Sets", "Set"))
            p.Sets.Add(new RefiSet(s.Attribute("guid")?.Value ?? "", s.Attribute("name")?.Value ?? "",
                s.Elements().Where(e => e.Name.LocalName == "MemberCode").Select(m => m.Attribute(memberAttribute)?.Value ?? m.Attribute("guid")?.Value ?? m.Attribute("targetGUID")?.Value ?? "").ToList()));
    }

    private static void CheckUnique(XDocument doc, string path)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in doc.Descendants())
        {
            var g = e.Attribute("guid")?.Value;
            if (g is null) continue;
            // The standard's GUIDs are GUIDs: "not-a-guid" is a broken file, not a name.
            if (!System.Guid.TryParse(g, out _))
                throw new InputException($"<{e.Name.LocalName} guid=\"{Meic.Sdk.Tables.TableText.Excerpt(g)}\">: expected a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e; nothing was imported.", path);
            // A codebook's <MemberCode guid="…"> names a code of the set (a code may be in several sets): a reference, not a definition.
            if (e.Name.LocalName == "MemberCode") continue;
            if (!seen.Add(Norm(g))) throw new InputException($"the GUID {g} is used twice (<{e.Name.LocalName}>); the file is inconsistent, nothing was imported.", path);
        }
    }

    private static void CheckSetMembers(RefiProject p, string path)
    {
        var codes = p.Codes.Select(c => Norm(c.Guid)).ToHashSet();
        foreach (var s in p.Sets)
            foreach (var m in s.CodeGuids)
                if (!codes.Contains(Norm(m))) throw new InputException($"the set '{s.Name}' names a code {m} that is not in the codebook; nothing was imported.", path);
    }

    private static void CheckReferences(RefiProject p, string path)
    {
        CheckSetMembers(p, path);
        var codes = p.Codes.Select(c => Norm(c.Guid)).ToHashSet();
        foreach (var s in p.Sources)
            foreach (var sel in s.Selections)
                foreach (var c in sel.Codings)
                    if (!codes.Contains(Norm(c.CodeGuid)))
                        throw new InputException($"a coding in '{s.Name}' refers to code {c.CodeGuid}, which the codebook does not hold; nothing was imported.", path);
    }

    public static string Norm(string guid) => guid.Trim('{', '}').ToLowerInvariant();

    private static string Guid(XElement e, string path) =>
        e.Attribute("guid")?.Value is { Length: > 0 } g ? Norm(g) : throw new InputException($"a <{e.Name.LocalName}> has no guid; nothing was imported.", path);

    private static XElement? Child(XElement e, string local) => e.Elements().FirstOrDefault(x => x.Name.LocalName == local);

    private static IEnumerable<XElement> Children(XElement root, string container, string item) =>
        root.Elements().Where(e => e.Name.LocalName == container).SelectMany(c => c.Elements().Where(e => e.Name.LocalName == item));
}
