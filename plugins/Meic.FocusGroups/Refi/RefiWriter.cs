using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Meic.FocusGroups.Refi;

/// <summary>Writes schema-valid REFI-QDA 1.0: a codebook (.qdc) or a project (.qdpx: project.qde + sources/*.txt).</summary>
public static class RefiWriter
{
    public static readonly XNamespace Cb = "urn:QDA-XML:codebook:1.0";
    public static readonly XNamespace Pr = "urn:QDA-XML:project:1.0";

    public static XDocument Codebook(RefiProject p)
    {
        var root = new XElement(Cb + "CodeBook", new XAttribute("origin", "MEIC Toolkit"),
            new XElement(Cb + "Codes", CodeElements(p, Cb, null, withNotes: false)));
        if (p.Sets.Count > 0)
            root.Add(new XElement(Cb + "Sets", p.Sets.Select(s => new XElement(Cb + "Set", new XAttribute("guid", s.Guid), new XAttribute("name", s.Name),
                s.CodeGuids.Select(g => new XElement(Cb + "MemberCode", new XAttribute("guid", g)))))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    public static XDocument Project(RefiProject p)
    {
        var root = new XElement(Pr + "Project", new XAttribute("name", p.Name), new XAttribute("origin", "MEIC Toolkit"));
        if (p.Users.Count > 0)
            root.Add(new XElement(Pr + "Users", p.Users.Select(u => new XElement(Pr + "User", new XAttribute("guid", u.Guid), new XAttribute("name", u.Name)))));
        if (p.Codes.Count > 0)
            root.Add(new XElement(Pr + "CodeBook", new XElement(Pr + "Codes", CodeElements(p, Pr, null, withNotes: true))));
        if (p.Cases.Count > 0)
            root.Add(new XElement(Pr + "Cases", p.Cases.Select(c => new XElement(Pr + "Case", new XAttribute("guid", c.Guid), new XAttribute("name", c.Name),
                c.Description is null ? null : new XElement(Pr + "Description", c.Description),
                c.SourceGuids.Select(g => new XElement(Pr + "SourceRef", new XAttribute("targetGUID", g)))))));
        if (p.Sources.Count > 0)
            root.Add(new XElement(Pr + "Sources", p.Sources.Select(s => new XElement(Pr + "TextSource",
                new XAttribute("guid", s.Guid), new XAttribute("name", s.Name), new XAttribute("plainTextPath", $"internal://{s.Guid}.txt"),
                s.Selections.Select(sel => new XElement(Pr + "PlainTextSelection",
                    new XAttribute("guid", sel.Guid),
                    new XAttribute("startPosition", CodePoints.FromUtf16(s.Text, sel.Start)),
                    new XAttribute("endPosition", CodePoints.FromUtf16(s.Text, sel.End)),
                    sel.UserGuid is null ? null : new XAttribute("creatingUser", sel.UserGuid),
                    sel.Codings.Select(c => new XElement(Pr + "Coding", new XAttribute("guid", c.Guid),
                        c.UserGuid is null ? null : new XAttribute("creatingUser", c.UserGuid),
                        new XElement(Pr + "CodeRef", new XAttribute("targetGUID", c.CodeGuid)))),
                    sel.NoteGuids.Select(n => new XElement(Pr + "NoteRef", new XAttribute("targetGUID", n))))),
                s.NoteGuids.Select(n => new XElement(Pr + "NoteRef", new XAttribute("targetGUID", n)))))));
        if (p.Notes.Count > 0)
            root.Add(new XElement(Pr + "Notes", p.Notes.Select(n => new XElement(Pr + "Note", new XAttribute("guid", n.Guid), new XAttribute("name", n.Name),
                n.UserGuid is null ? null : new XAttribute("creatingUser", n.UserGuid),
                new XElement(Pr + "PlainTextContent", n.Text)))));
        if (p.Sets.Count > 0)
            root.Add(new XElement(Pr + "Sets", p.Sets.Select(s => new XElement(Pr + "Set", new XAttribute("guid", s.Guid), new XAttribute("name", s.Name),
                s.CodeGuids.Select(g => new XElement(Pr + "MemberCode", new XAttribute("targetGUID", g)))))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    private static IEnumerable<XElement> CodeElements(RefiProject p, XNamespace ns, string? parent, bool withNotes) =>
        p.Codes.Where(c => c.ParentGuid == parent).Select(c => new XElement(ns + "Code",
            new XAttribute("guid", c.Guid), new XAttribute("name", c.Name), new XAttribute("isCodable", c.IsCodable ? "true" : "false"),
            c.Color is null ? null : new XAttribute("color", c.Color),
            c.Description is null ? null : new XElement(ns + "Description", c.Description),
            withNotes ? c.NoteGuids.Select(n => new XElement(ns + "NoteRef", new XAttribute("targetGUID", n))) : null,
            CodeElements(p, ns, c.Guid, withNotes)));

    public static void SaveCodebook(RefiProject p, string path) => Save(Codebook(p), File.Create(path));

    /// <summary>Writes the .qdpx to a temporary file first, then moves it into place: a failure leaves no half file.</summary>
    public static void SaveProject(RefiProject p, string path)
    {
        var temp = path + ".part";
        try
        {
            using (var zip = new ZipArchive(File.Create(temp), ZipArchiveMode.Create))
            {
                using (var entry = zip.CreateEntry("project.qde").Open()) Save(Project(p), entry);
                foreach (var s in p.Sources)
                {
                    using var entry = zip.CreateEntry($"sources/{s.Guid}.txt").Open();
                    var bytes = new UTF8Encoding(false).GetBytes(s.Text);
                    entry.Write(bytes);
                }
            }
            File.Move(temp, path, overwrite: true);
        }
        finally { if (File.Exists(temp)) File.Delete(temp); }
    }

    private static void Save(XDocument doc, Stream stream)
    {
        using (stream)
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            doc.Save(writer);
    }
}
