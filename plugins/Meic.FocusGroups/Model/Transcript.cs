using Meic.Sdk.Model;

namespace Meic.FocusGroups.Model;

/// <summary>A pseudonymised transcript with line endings normalised to LF (collection <c>fg-transcripts</c>). Offsets are UTF-16 positions in <see cref="Text"/>.</summary>
public sealed class Transcript : Document
{
    public string SessionId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Format { get; set; } = "txt";
    public string Text { get; set; } = "";
    public string? ImportedAt { get; set; }
    public string? Guid { get; set; }
}

/// <summary>One speaker turn (collection <c>fg-turns</c>, full-text searchable on <c>text</c>).</summary>
public sealed class Turn : Document
{
    public string SessionId { get; set; } = "";
    public string TranscriptId { get; set; } = "";
    public int Index { get; set; }
    public string ParticipantId { get; set; } = "";
    public string Speaker { get; set; } = "";
    public string? Time { get; set; }
    /// <summary>Start of the whole turn, marker included.</summary>
    public int Start { get; set; }
    /// <summary>Start of the spoken text, after the marker.</summary>
    public int TextStart { get; set; }
    public int End { get; set; }
    public string Text { get; set; } = "";
}
