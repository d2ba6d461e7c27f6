using Meic.Facilitation.Model;

namespace Meic.Facilitation.Store;

/// <summary>A note as it stands: the folded text of <c>meeting-notes</c> with the edits saved since replayed over it.</summary>
internal static class NoteText
{
    public static string Of(Facilitation f, string meetingId, string itemId)
    {
        var id = MeetingNote.IdFor(meetingId, itemId);
        var text = f.Notes.Get(id)?.Text ?? "";
        foreach (var e in Edits(f, id)) text = Apply(text, e);
        return text;
    }

    public static IReadOnlyList<MeetingNoteEdit> Edits(Facilitation f, string noteId) =>
        f.NoteEdits.Find(("noteId", noteId)).OrderBy(e => e.Seq).ToList();

    // Clamped, so an edit saved against a text changed since (another console, a restore) cannot throw.
    public static string Apply(string text, MeetingNoteEdit e)
    {
        var at = Math.Clamp(e.At, 0, text.Length);
        var removed = Math.Clamp(e.Removed, 0, text.Length - at);
        return string.Concat(text.AsSpan(0, at), e.Inserted, text.AsSpan(at + removed));
    }

    /// <summary>The one change that turns <paramref name="before"/> into <paramref name="after"/>: common start and end kept.</summary>
    public static (int At, int Removed, string Inserted) Diff(string before, string after)
    {
        var start = 0;
        var shortest = Math.Min(before.Length, after.Length);
        while (start < shortest && before[start] == after[start]) start++;
        var end = 0;
        while (end < shortest - start && before[before.Length - 1 - end] == after[after.Length - 1 - end]) end++;
        // Never split a surrogate pair: the saved piece must be text on its own.
        if (start > 0 && char.IsHighSurrogate(after[start - 1])) start--;
        if (end > 0 && after.Length - end < after.Length && char.IsLowSurrogate(after[after.Length - end])) end--;
        return (start, before.Length - start - end, after.Substring(start, after.Length - start - end));
    }
}
