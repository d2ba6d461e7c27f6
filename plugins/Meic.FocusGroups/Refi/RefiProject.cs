namespace Meic.FocusGroups.Refi;

/// <summary>What MEIC reads from and writes to REFI-QDA files, independent of XML. Positions are UTF-16 offsets in <see cref="RefiSource.Text"/>.</summary>
public sealed class RefiProject
{
    public string Name { get; set; } = "MEIC";
    public List<RefiUser> Users { get; } = new();
    public List<RefiCode> Codes { get; } = new();
    public List<RefiCase> Cases { get; } = new();
    public List<RefiSource> Sources { get; } = new();
    public List<RefiNote> Notes { get; } = new();
    public List<RefiSet> Sets { get; } = new();
}

public sealed record RefiUser(string Guid, string Name);
public sealed record RefiCode(string Guid, string Name, string? Color, string? Description, string? ParentGuid, bool IsCodable, List<string> NoteGuids);
public sealed record RefiCase(string Guid, string Name, string? Description, List<string> SourceGuids);
public sealed record RefiSource(string Guid, string Name, string Text, List<RefiSelection> Selections, List<string> NoteGuids);
public sealed record RefiSelection(string Guid, int Start, int End, string? UserGuid, List<RefiCoding> Codings, List<string> NoteGuids);
public sealed record RefiCoding(string Guid, string CodeGuid, string? UserGuid);
public sealed record RefiNote(string Guid, string Name, string Text, string? UserGuid);
public sealed record RefiSet(string Guid, string Name, List<string> CodeGuids);

/// <summary>REFI-QDA counts positions in Unicode characters (code points); .NET strings count UTF-16 units.</summary>
public static class CodePoints
{
    public static int FromUtf16(string text, int index)
    {
        var cp = 0;
        for (var i = 0; i < index && i < text.Length; i++) if (!char.IsLowSurrogate(text[i])) cp++;
        return cp;
    }

    public static int ToUtf16(string text, int codePoint)
    {
        var cp = 0; var i = 0;
        while (i < text.Length && cp < codePoint) { i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1; cp++; }
        return cp < codePoint ? text.Length + (codePoint - cp) : i;
    }

    public static int Count(string text) => FromUtf16(text, text.Length);
}
