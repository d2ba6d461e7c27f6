using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Errors;

namespace Meic.FocusGroups.Transcripts;

/// <summary>How a speaker label of a transcript found its participant.</summary>
public enum SpeakerMatch
{
    /// <summary>The label is a name registered in the session's key (or the hash of a withdrawn person's name).</summary>
    RegisteredName,
    /// <summary>The label is a participant's pseudonym (P1, MOD), as in a transcript already pseudonymised.</summary>
    Pseudonym,
    /// <summary>The label is the name the session records as its facilitator.</summary>
    FacilitatorName,
    /// <summary>The label names who leads the session (Moderatore, Entrevistadora, Mod 2…).</summary>
    Leader,
    /// <summary>Nobody matched: a new participant was added.</summary>
    New,
}

/// <summary>One speaker label of the transcript, the participant it became and how many turns it spoke.</summary>
public sealed record SpeakerLink(string Label, string Pseudonym, string ParticipantId, SpeakerMatch How, int Turns, bool Withdrawn);

/// <summary>A label an earlier import registered as a name of another participant, which this import reads as the session's leader.</summary>
public sealed record EarlierLink(string Label, string Was, string Now);

/// <summary>Imports one transcript into a session: turns split, speakers pseudonymised, names redacted, all in one transaction.</summary>
public sealed class TranscriptImporter(FocusStore fs)
{
    public sealed record Outcome(Transcript Transcript, int Turns, IReadOnlyList<Participant> Created, int DroppedWithdrawnTurns,
        IReadOnlyList<SpeakerLink> Speakers, IReadOnlyList<EarlierLink> Earlier)
    {
        public int NewParticipants => Created.Count;
    }

    public Outcome Import(string sessionId, string name, string text, string format, string? marker, string importedAt)
    {
        var session = fs.Session(sessionId);
        var parsed = new TurnParser(marker, fs.S).Parse(text);
        if (parsed.Count == 0)
            throw new InputException(fs.S["refuse.noTurns"], name);
        var key = fs.KeyOf(sessionId);
        var links = new SpeakerResolver(session, key).Resolve(parsed.Select(p => p.Speaker));
        var bySpeaker = links.ByLabel;
        var redact = new Pseudonymizer(
            key.Entries.Where(e => e.Name.Length > 0).Select(e => (e.Name, e.Pseudonym)), key.Redactions);
        var dropped = parsed.Count(p => bySpeaker[p.Speaker].Participant.Withdrawn);
        var built = PseudonymisedText.Build(text, parsed, s => bySpeaker[s].Participant is { Withdrawn: false } p ? p.Pseudonym : null, redact);

        var transcriptId = $"{sessionId}-tr{fs.TranscriptsOf(sessionId).Count + 1}";
        while (fs.Transcripts.Get(transcriptId) is not null) transcriptId += "x";
        var transcript = new Transcript
        {
            Id = transcriptId, SessionId = sessionId, Name = Path.GetFileName(name), Format = format, Text = built.Text, ImportedAt = importedAt,
            Guid = Refi.StableGuid.For("source", transcriptId),
        };
        using var tx = fs.Store.BeginTransaction();
        fs.Sessions.Update(session);
        fs.SaveKey(key);
        fs.Transcripts.Insert(transcript);
        var index = 0;
        foreach (var (source, start, textStart, end, content) in built.Turns)
        {
            index++;
            var p = bySpeaker[source.Speaker].Participant;
            fs.Turns.Insert(new Turn
            {
                Id = $"{transcriptId}-t{index:D4}", SessionId = sessionId, TranscriptId = transcriptId, Index = index,
                ParticipantId = p.Id, Speaker = p.Pseudonym, Time = source.Time, Start = start, TextStart = textStart, End = end, Text = content,
            });
        }
        tx.Commit();
        var turnsOf = parsed.GroupBy(p => p.Speaker, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var speakers = links.Order.Select(label => bySpeaker[label] is var link
            ? new SpeakerLink(label, link.Participant.Pseudonym, link.Participant.Id, link.How, turnsOf[label], link.Participant.Withdrawn) : null!).ToList();
        return new Outcome(transcript, index, links.Created, dropped, speakers, links.Earlier);
    }
}

/// <summary>Adds participants with the next free pseudonym, the name going only into the key.</summary>
public static class Participants
{
    /// <summary>The role of who leads a focus group (pseudonyms MOD, MOD2…) and of who conducts an interview (INT, INT2…).</summary>
    public const string Facilitator = "facilitator", Interviewer = "interviewer";

    /// <summary>The role of who leads a session of this kind.</summary>
    public static string LeaderRole(SessionKind kind) => kind == SessionKind.Interview ? Interviewer : Facilitator;

    /// <summary>The pseudonym of who leads, before its number: MOD for a facilitator, INT for an interviewer.</summary>
    public static string LeaderStem(string? role) => string.Equals(role, Interviewer, StringComparison.OrdinalIgnoreCase) ? "INT" : "MOD";

    /// <param name="pseudonym">The pseudonym to give, when the caller has chosen it (MOD3 for "Moderatore 3"); otherwise the next free one.</param>
    public static Participant Add(FgSession session, PseudonymKey key, string name, string? actorId, string? role, string? pseudonym = null)
    {
        if (pseudonym is null && SpeakerLabels.Leads(role))
        {
            var stem = LeaderStem(role);
            pseudonym = stem;
            var n = 2;
            while (session.Participants.Any(p => p.Pseudonym == pseudonym)) pseudonym = $"{stem}{n++}";
        }
        else if (pseudonym is null)
        {
            // A role label (mediator, employer…) makes the pseudonym readable: Mediator1, Employer2; otherwise P1, P2…
            var label = role is null or "participant" ? "P" : char.ToUpperInvariant(role[0]) + role[1..].ToLowerInvariant();
            label = new string(label.Where(char.IsLetterOrDigit).ToArray());
            if (label.Length == 0) label = "P";
            var n = 1;
            while (session.Participants.Any(p => p.Pseudonym == $"{label}{n}")) n++;
            pseudonym = $"{label}{n}";
        }
        var id = $"{session.Id}-{pseudonym.ToLowerInvariant()}";
        var participant = new Participant { Id = id, ActorId = actorId, Pseudonym = pseudonym, Role = role };
        session.Participants.Add(participant);
        if (!string.IsNullOrWhiteSpace(name)) key.Entries.Add(new KeyEntry { ParticipantId = id, Name = name.Trim(), Pseudonym = pseudonym });
        return participant;
    }
}
