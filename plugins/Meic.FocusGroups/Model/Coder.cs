using Meic.Sdk.Model;

namespace Meic.FocusGroups.Model;

/// <summary>
/// A person who codes transcripts (collection <c>fg-coders</c>), named once so that a typo on the command line is refused
/// instead of becoming a second coder. On PostgreSQL the coder is the login, so this list matters on SQLite.
/// </summary>
public sealed class Coder : Document
{
    public string Name { get; set; } = "";
    public string? AddedAt { get; set; }
}

/// <summary>
/// One coder's pass over one transcript (collection <c>fg-passes</c>): the turns they have looked at and whether they
/// ended the pass. Until it is ended the coder sees only their own codes (blind coding).
/// </summary>
public sealed class CodingPass : Document
{
    public string SessionId { get; set; } = "";
    public string TranscriptId { get; set; } = "";
    public string Coder { get; set; } = "";
    /// <summary>Turn numbers the coder has had the cursor on (or coded), ascending.</summary>
    public List<int> Seen { get; set; } = new();
    public string? StartedAt { get; set; }
    public string? EndedAt { get; set; }
}
