using Meic.Sdk.Model;

namespace Meic.FocusGroups.Model;

/// <summary>A code of the codebook (collection <c>fg-codes</c>).</summary>
public sealed class Code : Document
{
    public string Name { get; set; } = "";
    public string? ParentId { get; set; }
    public string? Definition { get; set; }
    public string? Inclusion { get; set; }
    public string? Exclusion { get; set; }
    public string? Example { get; set; }
    public string? Color { get; set; }
    public List<string> Sets { get; set; } = new();
    /// <summary>Stable REFI-QDA identifier.</summary>
    public string Guid { get; set; } = "";
    /// <summary>Translations of the name, by language.</summary>
    public Dictionary<string, string> Names { get; set; } = new();
    /// <summary>A key for the coding screen (1–9, a–z).</summary>
    public string? Key { get; set; }
}

/// <summary>One application of a code by one coder (collection <c>fg-codings</c>). Offsets are positions in the transcript text.</summary>
public sealed class Coding : Document
{
    public string SessionId { get; set; } = "";
    public string TranscriptId { get; set; } = "";
    public string? TurnId { get; set; }
    public string CodeId { get; set; } = "";
    public string Coder { get; set; } = "";
    public int Start { get; set; }
    public int End { get; set; }
    /// <summary>turn, paragraph or range: how the coder chose the segment.</summary>
    public string Unit { get; set; } = "range";
    public string? CodedAt { get; set; }
    public string? Guid { get; set; }
}

/// <summary>A memo on a code, a session, a transcript or a coded segment (collection <c>fg-memos</c>).</summary>
public sealed class Memo : Document
{
    public string TargetKind { get; set; } = "session";
    public string TargetId { get; set; } = "";
    public string? SessionId { get; set; }
    public string Text { get; set; } = "";
    public string Author { get; set; } = "";
    public string? Date { get; set; }
    public string? Guid { get; set; }
}
