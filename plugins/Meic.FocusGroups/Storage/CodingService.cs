using Meic.FocusGroups.Model;
using Meic.FocusGroups.Transcripts;
using Meic.Sdk.Errors;

namespace Meic.FocusGroups.Storage;

/// <summary>Applies codes to a turn, a paragraph or a character range, checking the segment lies inside the text.</summary>
public sealed class CodingService(FocusStore fs)
{
    private Meic.Sdk.Text.Strings S => fs.S;

    public Transcript TranscriptFor(string sessionId, string? transcriptId)
    {
        fs.Session(sessionId);
        if (transcriptId is not null)
            return fs.Transcripts.Get(transcriptId) is { } t && t.SessionId == sessionId ? t : throw new InputException(S["refuse.noTranscriptIn", transcriptId, sessionId], "--transcript");
        var all = fs.TranscriptsOf(sessionId);
        return all.Count switch
        {
            0 => throw new InputException(S["refuse.noTranscriptYet", sessionId], "--session"),
            1 => all[0],
            _ => throw new InputException(S["refuse.whichTranscript", sessionId, all.Count, string.Join(", ", all.Select(t => $"{t.Name} ({t.Id})"))], "--transcript"),
        };
    }

    public (int Start, int End, string? TurnId) Segment(Transcript t, int? turn, int? paragraph, string? range)
    {
        var given = (turn is null ? 0 : 1) + (paragraph is null ? 0 : 1) + (range is null ? 0 : 1);
        if (given != 1) throw new InputException(S["refuse.segmentOne"], "--turn");
        var turns = fs.TurnsOf(t.Id);
        if (turn is { } n)
        {
            var tu = turns.FirstOrDefault(x => x.Index == n) ?? throw new InputException(S["refuse.noTurnRange", n, t.Id, turns.FirstOrDefault()?.Index, turns.LastOrDefault()?.Index], "--turn");
            return (tu.TextStart, tu.End, tu.Id);
        }
        if (paragraph is { } pn)
        {
            var ps = Paragraphs.Of(t.Text, turns);
            var p = ps.FirstOrDefault(x => x.Number == pn) ?? throw new InputException(S["refuse.noParagraph", pn, t.Id, ps.Count], "--paragraph");
            return (p.Start, p.End, p.TurnId);
        }
        var parts = range!.Split(':', '-');
        if (parts.Length != 2 || !int.TryParse(parts[0], out var a) || !int.TryParse(parts[1], out var b))
            throw new InputException(S["refuse.rangeShape", range], "--range");
        if (a < 0 || b <= a || b > t.Text.Length)
            throw new InputException(S["refuse.rangeOutside", a, b, t.Text.Length], "--range");
        var owner = turns.LastOrDefault(x => x.Start <= a);
        return (a, b, owner?.Id);
    }

    /// <summary>Removes <paramref name="coder"/>'s codings of <paramref name="code"/> on <paramref name="turn"/>; what was removed.</summary>
    public IReadOnlyList<Coding> RemoveFromTurn(Turn turn, Code code, string coder)
    {
        var found = fs.Codings.Find(("turnId", turn.Id), ("coder", coder), ("codeId", code.Id));
        foreach (var c in found) fs.Codings.Delete(c);
        return found;
    }

    /// <summary>The codes <paramref name="coder"/> applied on <paramref name="turn"/> (others' stay hidden: blind coding).</summary>
    public IReadOnlyList<Code> CodesOn(Turn turn, string coder) =>
        fs.Codings.Find(("turnId", turn.Id), ("coder", coder)).Select(c => fs.Codes.Get(c.CodeId)).OfType<Code>().DistinctBy(c => c.Id).ToList();

    public Coding Apply(Transcript t, Code code, string coder, (int Start, int End, string? TurnId) seg, string unit, string at)
    {
        var existing = fs.Codings.Find(("transcriptId", t.Id), ("codeId", code.Id), ("coder", coder))
            .FirstOrDefault(c => c.Start == seg.Start && c.End == seg.End);
        if (existing is not null) return existing;
        var coding = new Coding
        {
            Id = $"{t.Id}-c{Guid.NewGuid().ToString("N")[..12]}",
            SessionId = t.SessionId, TranscriptId = t.Id, TurnId = seg.TurnId, CodeId = code.Id, Coder = coder,
            Start = seg.Start, End = seg.End, Unit = unit, CodedAt = at,
        };
        fs.Codings.Insert(coding);
        return coding;
    }
}
