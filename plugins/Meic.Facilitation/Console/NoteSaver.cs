namespace Meic.Facilitation.Console;

/// <summary>
/// Coalesces typing into few store changes: the text is saved once the typist pauses for <see cref="Pause"/>, and at
/// the latest <see cref="Longest"/> after the first unsaved key while typing runs on, so a killed console loses at most
/// the keys of that last moment. The time comes from a <see cref="TimeProvider"/> so tests drive it by hand.
/// </summary>
internal sealed class NoteSaver(TimeProvider time, Func<string, bool> save)
{
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(2);

    private string? _pending;
    private DateTimeOffset _first, _last;

    /// <summary>Whether typed text is waiting to be saved.</summary>
    public bool Pending => _pending is not null;

    public void Typed(string text)
    {
        var now = time.GetUtcNow();
        if (_pending is null) _first = now;
        _pending = text;
        _last = now;
    }

    /// <summary>Saves when the pause (or the longest wait) has come; true when it saved.</summary>
    public bool Tick()
    {
        if (_pending is null) return false;
        var now = time.GetUtcNow();
        return (now - _last >= Pause || now - _first >= Longest) && Flush();
    }

    /// <summary>Saves what is waiting now (leaving the item, closing, quitting).</summary>
    public bool Flush()
    {
        if (_pending is not { } text) return false;
        _pending = null;
        return save(text);
    }
}
