using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;

namespace Meic.FocusGroups.Reports;

/// <summary>A coded segment with what the reports need: its code, session, speaker, the speaker's sector and areas, the text.</summary>
public sealed record CodedSegment(Coding Coding, Code Code, FgSession Session, Turn? Turn, Participant? Participant, string? Sector, IReadOnlyList<string> Areas, string Text);

/// <summary>Frequencies, co-occurrence and quotes over the codings. Withdrawn people's turns are gone from the store, so never counted.</summary>
public sealed class Analysis(FocusStore fs)
{
    public IReadOnlyList<CodedSegment> Segments(string? sessionId = null, string? coder = null)
    {
        var codes = fs.Codes.All().ToDictionary(c => c.Id);
        var sessions = fs.Sessions.All().ToDictionary(s => s.Id);
        var actors = fs.Actors.All().ToDictionary(a => a.Id);
        var list = new List<CodedSegment>();
        var transcripts = new Dictionary<string, Transcript?>();
        var turns = new Dictionary<string, Dictionary<string, Turn>>();
        var codings = sessionId is null ? fs.Codings.All() : fs.Codings.Find(("sessionId", sessionId));
        foreach (var c in codings)
        {
            if (coder is not null && c.Coder != coder) continue;
            if (!codes.TryGetValue(c.CodeId, out var code) || !sessions.TryGetValue(c.SessionId, out var session)) continue;
            if (!transcripts.TryGetValue(c.TranscriptId, out var t)) transcripts[c.TranscriptId] = t = fs.Transcripts.Get(c.TranscriptId);
            if (t is null || c.End > t.Text.Length) continue;
            if (!turns.TryGetValue(t.Id, out var byId)) turns[t.Id] = byId = fs.TurnsOf(t.Id).ToDictionary(x => x.Id);
            var turn = c.TurnId is not null && byId.TryGetValue(c.TurnId, out var tu) ? tu : null;
            var participant = turn is null ? null : session.Participants.FirstOrDefault(p => p.Id == turn.ParticipantId);
            if (participant is { Withdrawn: true }) continue;
            var actor = participant?.ActorId is { } aid && actors.TryGetValue(aid, out var a) ? a : null;
            list.Add(new CodedSegment(c, code, session, turn, participant, participant?.Sector ?? actor?.Sector, actor?.Areas ?? (session.Area is null ? [] : [session.Area]), t.Text[c.Start..c.End]));
        }
        return list;
    }

    /// <summary>Counts of codings per code and per group (session, speaker, sector or area).</summary>
    public IReadOnlyList<(string Code, string Group, int Count)> Frequencies(IReadOnlyList<CodedSegment> segments, string by)
    {
        IEnumerable<string> Groups(CodedSegment s) => by switch
        {
            "session" => [s.Session.Id],
            "speaker" => [$"{s.Session.Id}/{s.Participant?.Pseudonym ?? "?"}"],
            "sector" => [s.Sector ?? "?"],
            "area" => s.Areas.Count == 0 ? ["?"] : s.Areas,
            _ => ["all"],
        };
        return segments.SelectMany(s => Groups(s).Select(g => (s.Code.Name, g)))
            .GroupBy(x => x).Select(g => (g.Key.Name, g.Key.g, g.Count()))
            .OrderBy(x => x.Name, StringComparer.CurrentCulture).ThenBy(x => x.g, StringComparer.Ordinal).ToList();
    }

    /// <summary>How many turns carry both codes (any coder), for every pair of codes used.</summary>
    public (IReadOnlyList<string> Codes, int[,] Matrix) Cooccurrence(IReadOnlyList<CodedSegment> segments)
    {
        var names = segments.Select(s => s.Code.Name).Distinct().OrderBy(n => n, StringComparer.CurrentCulture).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var m = new int[names.Count, names.Count];
        foreach (var turn in segments.Where(s => s.Turn is not null).GroupBy(s => s.Turn!.Id))
        {
            var codes = turn.Select(s => index[s.Code.Name]).Distinct().ToList();
            foreach (var a in codes) foreach (var b in codes) m[a, b]++;
        }
        return (names, m);
    }
}
