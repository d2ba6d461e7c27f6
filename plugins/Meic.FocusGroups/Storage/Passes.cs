using Meic.FocusGroups.Model;

namespace Meic.FocusGroups.Storage;

/// <summary>One coder's progress on one transcript: the turns seen and coded, and whether the pass is ended.</summary>
public sealed record Progress(string TranscriptId, string Coder, int Turns, int Seen, int Coded, string? EndedAt);

/// <summary>
/// Coding passes: which turns each coder has looked at, and the end of a pass, after which the coder may see the others'
/// codes (blind coding until then). A pass starts the first time the coder opens or codes the transcript.
/// </summary>
public sealed class Passes(FocusStore fs)
{
    public static string IdOf(string transcriptId, string coder) => $"pass-{transcriptId}-{coder.ToLowerInvariant()}";

    public CodingPass? Of(string transcriptId, string coder) => fs.Passes.Get(IdOf(transcriptId, coder));

    /// <summary>Whether <paramref name="coder"/> may see other coders' codes on the transcript: not while their pass is open.</summary>
    public bool SeesOthers(string transcriptId, string coder) => Of(transcriptId, coder) is not { EndedAt: null };

    /// <summary>Records that <paramref name="coder"/> has seen the turns numbered <paramref name="turns"/>; starts the pass if needed.</summary>
    public CodingPass Saw(Transcript transcript, string coder, IEnumerable<int> turns, string at)
    {
        var pass = Of(transcript.Id, coder);
        var fresh = pass is null;
        pass ??= new CodingPass { Id = IdOf(transcript.Id, coder), SessionId = transcript.SessionId, TranscriptId = transcript.Id, Coder = coder, StartedAt = at };
        var before = pass.Seen.Count;
        pass.Seen = pass.Seen.Union(turns).Order().ToList();
        if (fresh) fs.Passes.Insert(pass);
        else if (pass.Seen.Count != before) fs.Passes.Update(pass);
        return pass;
    }

    /// <summary>Ends the coder's pass (starting it first if they never opened the transcript); false when it was already ended.</summary>
    public bool End(Transcript transcript, string coder, string at)
    {
        var pass = Saw(transcript, coder, [], at);
        if (pass.EndedAt is not null) return false;
        pass.EndedAt = at;
        fs.Passes.Update(pass);
        return true;
    }

    /// <summary>Opens the pass again (the coder goes back to blind coding).</summary>
    public bool Reopen(Transcript transcript, string coder)
    {
        if (Of(transcript.Id, coder) is not { EndedAt: not null } pass) return false;
        pass.EndedAt = null;
        fs.Passes.Update(pass);
        return true;
    }

    public Progress ProgressOf(Transcript transcript, string coder)
    {
        var turns = fs.TurnsOf(transcript.Id);
        var coded = fs.Codings.Find(("transcriptId", transcript.Id), ("coder", coder)).Select(c => c.TurnId).OfType<string>().ToHashSet();
        var pass = Of(transcript.Id, coder);
        var seen = turns.Count(t => coded.Contains(t.Id) || pass?.Seen.Contains(t.Index) == true);
        return new Progress(transcript.Id, coder, turns.Count, seen, turns.Count(t => coded.Contains(t.Id)), pass?.EndedAt);
    }

    /// <summary>Everyone's progress on every transcript they started (of one session, or all).</summary>
    public IReadOnlyList<Progress> All(string? sessionId = null)
    {
        var transcripts = (sessionId is null ? fs.Transcripts.All() : fs.TranscriptsOf(sessionId)).ToDictionary(t => t.Id);
        var pairs = fs.Passes.All().Select(p => (p.TranscriptId, p.Coder))
            .Concat(fs.Codings.All().Select(c => (c.TranscriptId, c.Coder)))
            .Where(x => transcripts.ContainsKey(x.TranscriptId))
            .DistinctBy(x => (x.TranscriptId, x.Coder.ToLowerInvariant()));
        return pairs.Select(x => ProgressOf(transcripts[x.TranscriptId], x.Coder))
            .OrderBy(p => p.TranscriptId, StringComparer.Ordinal).ThenBy(p => p.Coder, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
