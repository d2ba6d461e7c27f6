using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;

namespace Meic.FocusGroups.Screens;

/// <summary>
/// The state of turn-by-turn coding for one coder: which turn, which codes this coder applied to it.
/// Other coders' codings are never read here, so each coder codes blind until they compare.
/// </summary>
public sealed class CodingWalk
{
    private readonly FocusStore _fs;
    private readonly CodingService _service;
    private readonly string _at;

    public CodingWalk(FocusStore fs, string sessionId, string coder, string at)
    {
        _fs = fs; _service = new CodingService(fs); Coder = coder; _at = at;
        Turns = fs.TranscriptsOf(sessionId).SelectMany(t => fs.TurnsOf(t.Id)).ToList();
        var codes = fs.Codes.All();
        var keys = new Dictionary<char, Code>();
        var free = "123456789abcdefghijklmopqrstuvwxyz".ToList(); // n (next) is kept for navigation
        foreach (var c in codes.Where(c => c.Key is { Length: 1 }))
            if (free.Remove(char.ToLowerInvariant(c.Key![0]))) keys[char.ToLowerInvariant(c.Key[0])] = c;
        foreach (var c in codes.Where(c => !keys.ContainsValue(c)))
        {
            if (free.Count == 0) break;
            keys[free[0]] = c; free.RemoveAt(0);
        }
        Keys = keys;
    }

    public string Coder { get; }
    public IReadOnlyList<Turn> Turns { get; }
    public IReadOnlyDictionary<char, Code> Keys { get; }
    public int Position { get; private set; }
    public Turn? Current => Position < Turns.Count ? Turns[Position] : null;

    /// <summary>The codes this coder applied to the current turn.</summary>
    public IReadOnlyList<Code> Applied()
    {
        if (Current is not { } turn) return [];
        return _fs.Codings.Find(("turnId", turn.Id), ("coder", Coder))
            .Select(c => _fs.Codes.Get(c.CodeId)).Where(c => c is not null).Select(c => c!).ToList();
    }

    /// <summary>Handles a key: arrows or n/p move, a code key toggles that code on the turn. Returns false on Esc.</summary>
    public bool Handle(ConsoleKeyInfo key)
    {
        switch (key.Key)
        {
            case ConsoleKey.Escape: return false;
            case ConsoleKey.RightArrow or ConsoleKey.DownArrow or ConsoleKey.Enter: Move(1); return true;
            case ConsoleKey.LeftArrow or ConsoleKey.UpArrow: Move(-1); return true;
        }
        var ch = char.ToLowerInvariant(key.KeyChar);
        if (ch == 'n') { Move(1); return true; }
        if (ch == 'p' && !Keys.ContainsKey('p')) { Move(-1); return true; }
        if (Current is { } turn && Keys.TryGetValue(ch, out var code)) Toggle(turn, code);
        return true;
    }

    private void Move(int delta) => Position = Math.Clamp(Position + delta, 0, Math.Max(0, Turns.Count - 1));

    private void Toggle(Turn turn, Code code)
    {
        var existing = _fs.Codings.Find(("turnId", turn.Id), ("coder", Coder), ("codeId", code.Id));
        if (existing.Count > 0) { foreach (var c in existing) _fs.Codings.Delete(c); return; }
        var transcript = _fs.Transcripts.Get(turn.TranscriptId)!;
        _service.Apply(transcript, code, Coder, (turn.TextStart, turn.End, turn.Id), "turn", _at);
    }
}
