using Meic.Facilitation.Model;

namespace Meic.Facilitation.Store;

/// <summary>
/// Writes one item's note as it is typed: <see cref="Save"/> stores only what changed since the last save (one small
/// <see cref="MeetingNoteEdit"/>), <see cref="Fold"/> writes the whole text into the note once and drops the edits.
/// </summary>
internal sealed class NoteWriter
{
    private readonly Facilitation _f;
    private readonly string _meetingId, _itemId, _noteId;
    private int _seq;

    public NoteWriter(Facilitation f, string meetingId, string itemId)
    {
        _f = f; _meetingId = meetingId; _itemId = itemId;
        _noteId = MeetingNote.IdFor(meetingId, itemId);
        Saved = NoteText.Of(f, meetingId, itemId);
        _seq = NoteText.Edits(f, _noteId).Select(e => e.Seq).DefaultIfEmpty(0).Max();
    }

    /// <summary>The text as the store has it now.</summary>
    public string Saved { get; private set; }

    public string ItemId => _itemId;

    /// <summary>Stores <paramref name="text"/>; false when nothing changed.</summary>
    public bool Save(string text)
    {
        if (text == Saved) return false;
        var (at, removed, inserted) = NoteText.Diff(Saved, text);
        _f.NoteEdits.Insert(new MeetingNoteEdit { NoteId = _noteId, MeetingId = _meetingId, Seq = ++_seq, At = at, Removed = removed, Inserted = inserted });
        Saved = text;
        return true;
    }

    /// <summary>Writes the note whole and removes its edits, in one transaction; the minutes and search read the note.</summary>
    public void Fold()
    {
        var edits = NoteText.Edits(_f, _noteId);
        var note = _f.Notes.Get(_noteId);
        if (edits.Count == 0 && (note?.Text ?? "") == Saved) return;
        using var tx = _f.Context.Store.BeginTransaction();
        if (note is null)
        {
            if (Saved.Length > 0) _f.Notes.Insert(new MeetingNote { Id = _noteId, MeetingId = _meetingId, AgendaItemId = _itemId, Text = Saved, UpdatedAt = _f.Context.Clock.Now });
        }
        else if (note.Text != Saved) { note.Text = Saved; note.UpdatedAt = _f.Context.Clock.Now; _f.Notes.Update(note); }
        foreach (var e in edits) _f.NoteEdits.Delete(e);
        tx.Commit();
    }
}
