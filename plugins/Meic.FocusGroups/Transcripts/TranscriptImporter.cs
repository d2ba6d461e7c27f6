using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Errors;

namespace Meic.FocusGroups.Transcripts;

/// <summary>Imports one transcript into a session: turns split, speakers pseudonymised, names redacted, all in one transaction.</summary>
public sealed class TranscriptImporter(FocusStore fs)
{
    public sealed record Outcome(Transcript Transcript, int Turns, int NewParticipants, int DroppedWithdrawnTurns);

    public Outcome Import(string sessionId, string name, string text, string format, string? marker, string importedAt)
    {
        var session = fs.Session(sessionId);
        var parsed = new TurnParser(marker, fs.S).Parse(text);
        if (parsed.Count == 0)
            throw new InputException(fs.S["refuse.noTurns"], name);
        var key = fs.KeyOf(sessionId);
        var added = 0;
        var bySpeaker = new Dictionary<string, Participant?>(StringComparer.OrdinalIgnoreCase);
        foreach (var speaker in parsed.Select(p => p.Speaker).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var entry = key.Entries.FirstOrDefault(e => e.Matches(speaker));
            var participant = entry is not null
                ? session.Participants.FirstOrDefault(p => p.Id == entry.ParticipantId)
                : session.Participants.FirstOrDefault(p => string.Equals(p.Pseudonym, speaker, StringComparison.OrdinalIgnoreCase));
            if (participant is null)
            {
                participant = Participants.Add(session, key, speaker, actorId: null, role: null);
                added++;
            }
            bySpeaker[speaker] = participant;
        }
        var redact = new Pseudonymizer(
            key.Entries.Where(e => e.Name.Length > 0).Select(e => (e.Name, e.Pseudonym)), key.Redactions);
        var dropped = parsed.Count(p => bySpeaker[p.Speaker]!.Withdrawn);
        var built = PseudonymisedText.Build(text, parsed, s => bySpeaker[s] is { Withdrawn: false } p ? p.Pseudonym : null, redact);

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
            var p = bySpeaker[source.Speaker]!;
            fs.Turns.Insert(new Turn
            {
                Id = $"{transcriptId}-t{index:D4}", SessionId = sessionId, TranscriptId = transcriptId, Index = index,
                ParticipantId = p.Id, Speaker = p.Pseudonym, Time = source.Time, Start = start, TextStart = textStart, End = end, Text = content,
            });
        }
        tx.Commit();
        return new Outcome(transcript, index, added, dropped);
    }
}

/// <summary>Adds participants with the next free pseudonym, the name going only into the key.</summary>
public static class Participants
{
    public static Participant Add(FgSession session, PseudonymKey key, string name, string? actorId, string? role)
    {
        var isFacilitator = string.Equals(role, "facilitator", StringComparison.OrdinalIgnoreCase);
        string pseudonym;
        if (isFacilitator)
        {
            pseudonym = "MOD";
            var n = 2;
            while (session.Participants.Any(p => p.Pseudonym == pseudonym)) pseudonym = $"MOD{n++}";
        }
        else
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
