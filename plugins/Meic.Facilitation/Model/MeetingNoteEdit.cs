using Meic.Sdk.Model;

namespace Meic.Facilitation.Model;

/// <summary>
/// One pause's worth of typing in a note (collection <c>meeting-note-edits</c>): at <see cref="At"/>, <see cref="Removed"/>
/// characters were replaced by <see cref="Inserted"/>. Saved as a small new record so the journal grows with what is typed,
/// not with the whole note each time; folded into the note (<see cref="MeetingNote"/>) when the item is left or the console closes.
/// </summary>
public sealed class MeetingNoteEdit : Document
{
    public const string CollectionName = "meeting-note-edits";

    public string NoteId { get; set; } = "";
    public string MeetingId { get; set; } = "";
    public int Seq { get; set; }
    public int At { get; set; }
    public int Removed { get; set; }
    public string Inserted { get; set; } = "";
}
