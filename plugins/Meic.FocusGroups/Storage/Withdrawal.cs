using System.Text;
using Meic.FocusGroups.Model;

namespace Meic.FocusGroups.Storage;

/// <summary>
/// Withdrawal of consent: the person's turns leave every transcript (and so every report, search and export),
/// their codings and memos go, later offsets shift so the rest stays exact, and their name leaves the key.
/// </summary>
public sealed class Withdrawal(FocusStore fs)
{
    public sealed record Outcome(int TurnsRemoved, int CodingsRemoved, int CodingsShortened);

    public Outcome Apply(FgSession session, Participant participant, string date)
    {
        int turnsRemoved = 0, codingsRemoved = 0, shortened = 0;
        using var tx = fs.Store.BeginTransaction();
        foreach (var transcript in fs.TranscriptsOf(session.Id))
        {
            var turns = fs.TurnsOf(transcript.Id);
            var removed = new List<(int Start, int End)>();
            for (var i = 0; i < turns.Count; i++)
            {
                if (turns[i].ParticipantId != participant.Id) continue;
                var end = i + 1 < turns.Count ? turns[i + 1].Start : transcript.Text.Length;
                removed.Add((turns[i].Start, end));
            }
            if (removed.Count == 0) continue;
            int Map(int pos)
            {
                var shift = 0;
                foreach (var (s, e) in removed)
                {
                    if (pos >= e) shift += e - s;
                    else if (pos > s) { shift += pos - s; break; }
                    else break;
                }
                return pos - shift;
            }
            var memos = fs.Memos.Find(("sessionId", session.Id));
            foreach (var coding in fs.Codings.Find(("transcriptId", transcript.Id)))
            {
                int s = Map(coding.Start), e = Map(coding.End);
                var onRemovedTurn = turns.Any(t => t.Id == coding.TurnId && t.ParticipantId == participant.Id);
                if (e <= s || onRemovedTurn)
                {
                    foreach (var memo in memos.Where(m => m.TargetId == coding.Id)) fs.Memos.Delete(memo);
                    fs.Codings.Delete(coding);
                    codingsRemoved++;
                }
                else if (s != coding.Start || e != coding.End)
                {
                    if (e - s != coding.End - coding.Start) shortened++;
                    coding.Start = s; coding.End = e;
                    fs.Codings.Update(coding);
                }
            }
            foreach (var turn in turns)
            {
                if (turn.ParticipantId == participant.Id)
                {
                    foreach (var memo in memos.Where(m => m.TargetId == turn.Id)) fs.Memos.Delete(memo);
                    fs.Turns.Delete(turn);
                    turnsRemoved++;
                    continue;
                }
                var (ns, nts, ne) = (Map(turn.Start), Map(turn.TextStart), Map(turn.End));
                if (ns == turn.Start && ne == turn.End) continue;
                turn.Start = ns; turn.TextStart = nts; turn.End = ne;
                fs.Turns.Update(turn);
            }
            var sb = new StringBuilder();
            var last = 0;
            foreach (var (s, e) in removed) { sb.Append(transcript.Text, last, s - last); last = e; }
            sb.Append(transcript.Text, last, transcript.Text.Length - last);
            transcript.Text = sb.ToString();
            fs.Transcripts.Update(transcript);
        }
        participant.Withdrawn = true;
        participant.WithdrawnOn = date;
        fs.Sessions.Update(session);
        var key = fs.KeyOf(session.Id);
        foreach (var entry in key.Entries.Where(e => e.ParticipantId == participant.Id))
        {
            entry.NameHash = KeyEntry.Hash(entry.Name);
            entry.Name = "";
        }
        fs.SaveKey(key);
        tx.Commit();
        return new Outcome(turnsRemoved, codingsRemoved, shortened);
    }
}
