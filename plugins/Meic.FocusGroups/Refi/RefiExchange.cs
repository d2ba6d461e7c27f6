using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.FocusGroups.Templates;
using Meic.FocusGroups.Transcripts;

namespace Meic.FocusGroups.Refi;

/// <summary>Maps the store to and from REFI-QDA. GUIDs are stable: a record keeps its GUID in every export.</summary>
public sealed class RefiExchange(FocusStore fs)
{
    private const string Include = "Include: ", Exclude = "Exclude: ", Example = "Example: ";

    public RefiProject Export(string name, bool codebookOnly = false)
    {
        var p = new RefiProject { Name = name };
        var codes = fs.Codes.All();
        var memos = fs.Memos.All();
        var noteOf = new Dictionary<string, List<string>>();
        foreach (var m in memos)
        {
            var guid = m.Guid ?? StableGuid.For("memo", m.Id);
            if (!codebookOnly) p.Notes.Add(new RefiNote(guid, $"{m.TargetKind}:{m.TargetId}", m.Text, m.Author.Length == 0 ? null : User(p, m.Author)));
            (noteOf.TryGetValue(m.TargetId, out var l) ? l : noteOf[m.TargetId] = new()).Add(guid);
        }
        var guidOf = codes.ToDictionary(c => c.Id, c => c.Guid.Length > 0 ? c.Guid : StableGuid.For("code", c.Id));
        foreach (var c in codes)
            p.Codes.Add(new RefiCode(guidOf[c.Id], c.Name, c.Color, Describe(c), c.ParentId is not null && guidOf.TryGetValue(c.ParentId, out var pg) ? pg : null, true,
                codebookOnly ? new() : noteOf.GetValueOrDefault(c.Id) ?? new()));
        foreach (var set in codes.SelectMany(c => c.Sets).Distinct().OrderBy(s => s, StringComparer.Ordinal))
            p.Sets.Add(new RefiSet(StableGuid.For("set", set), set, codes.Where(c => c.Sets.Contains(set)).Select(c => guidOf[c.Id]).ToList()));
        if (codebookOnly) return p;

        foreach (var session in fs.Sessions.All())
        {
            var transcripts = fs.TranscriptsOf(session.Id);
            foreach (var t in transcripts)
            {
                var selections = new List<RefiSelection>();
                foreach (var coding in fs.Codings.Find(("transcriptId", t.Id)).OrderBy(c => c.Start).ThenBy(c => c.Id, StringComparer.Ordinal))
                {
                    if (!guidOf.TryGetValue(coding.CodeId, out var codeGuid)) continue;
                    var user = User(p, coding.Coder);
                    selections.Add(new RefiSelection(StableGuid.For("selection", coding.Id), coding.Start, coding.End, user,
                        new List<RefiCoding> { new(coding.Guid ?? StableGuid.For("coding", coding.Id), codeGuid, user) },
                        noteOf.GetValueOrDefault(coding.Id) ?? new()));
                }
                var notes = (noteOf.GetValueOrDefault(t.Id) ?? new()).Concat(t == transcripts[0] ? noteOf.GetValueOrDefault(session.Id) ?? new() : new()).ToList();
                p.Sources.Add(new RefiSource(t.Guid ?? StableGuid.For("source", t.Id), $"{session.Id} {t.Name}", t.Text, selections, notes));
            }
            foreach (var participant in session.Participants.Where(x => !x.Withdrawn))
            {
                var sources = transcripts.Where(t => fs.Turns.Find(("transcriptId", t.Id), ("participantId", participant.Id)).Count > 0)
                    .Select(t => t.Guid ?? StableGuid.For("source", t.Id)).ToList();
                p.Cases.Add(new RefiCase(StableGuid.For("case", participant.Id), $"{participant.Pseudonym} ({session.Id})",
                    string.Join("; ", new[] { participant.Role, participant.Sector, participant.ActorId is null ? null : $"actor {participant.ActorId}" }.Where(x => x is not null)) is { Length: > 0 } d ? d : null,
                    sources));
            }
        }
        return p;
    }

    private static string User(RefiProject p, string coder)
    {
        var guid = StableGuid.For("user", coder);
        if (p.Users.All(u => u.Guid != guid)) p.Users.Add(new RefiUser(guid, coder));
        return guid;
    }

    private static string? Describe(Code c)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(c.Definition)) parts.Add(c.Definition!);
        if (!string.IsNullOrWhiteSpace(c.Inclusion)) parts.Add(Include + c.Inclusion);
        if (!string.IsNullOrWhiteSpace(c.Exclusion)) parts.Add(Exclude + c.Exclusion);
        if (!string.IsNullOrWhiteSpace(c.Example)) parts.Add(Example + c.Example);
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    private static void Undescribe(Code c, string? description)
    {
        if (description is null) return;
        var definition = new List<string>();
        foreach (var line in description.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith(Include, StringComparison.Ordinal)) c.Inclusion = line[Include.Length..];
            else if (line.StartsWith(Exclude, StringComparison.Ordinal)) c.Exclusion = line[Exclude.Length..];
            else if (line.StartsWith(Example, StringComparison.Ordinal)) c.Example = line[Example.Length..];
            else definition.Add(line);
        }
        c.Definition = definition.Count == 0 ? null : string.Join("\n", definition);
    }

    public sealed record ImportOutcome(int CodesAdded, int CodesUpdated, int Sources, int Codings, int Memos);

    /// <summary>Writes a read (and already checked) project into the store, in one transaction.</summary>
    public ImportOutcome Import(RefiProject p, string importedAt)
    {
        using var tx = fs.Store.BeginTransaction();
        var existing = fs.Codes.All();
        var idOf = new Dictionary<string, string>();
        var usedIds = existing.Select(c => c.Id).ToHashSet();
        int added = 0, updated = 0;
        var setsOf = p.Sets.SelectMany(s => s.CodeGuids.Select(g => (Guid: RefiReader.Norm(g), s.Name))).ToLookup(x => x.Guid, x => x.Name);
        foreach (var rc in p.Codes)
        {
            var code = existing.FirstOrDefault(c => RefiReader.Norm(c.Guid) == rc.Guid);
            var isNew = code is null;
            if (code is null)
            {
                var id = CodebookFile.Slug(rc.Name);
                var n = 2;
                while (usedIds.Contains(id)) id = $"{CodebookFile.Slug(rc.Name)}-{n++}";
                usedIds.Add(id);
                code = new Code { Id = id, Guid = rc.Guid };
            }
            idOf[rc.Guid] = code.Id;
            code.Name = rc.Name;
            code.Color = rc.Color ?? code.Color;
            Undescribe(code, rc.Description);
            code.ParentId = rc.ParentGuid is null ? null : idOf[rc.ParentGuid];
            code.Sets = setsOf[rc.Guid].Distinct().ToList();
            if (isNew) { fs.Codes.Insert(code); added++; } else { fs.Codes.Update(code); updated++; }
        }
        var users = p.Users.ToDictionary(u => RefiReader.Norm(u.Guid), u => u.Name);
        var notes = p.Notes.ToDictionary(n => RefiReader.Norm(n.Guid));
        int codings = 0, memos = 0;
        var sessionIds = fs.Sessions.All().Select(s => s.Id).ToHashSet();
        var caseOf = p.Cases.SelectMany(c => c.SourceGuids.Select(g => (Source: RefiReader.Norm(g), c.Name))).ToLookup(x => x.Source, x => x.Name);
        foreach (var source in p.Sources)
        {
            if (fs.Transcripts.Find(("guid", source.Guid)).Count > 0) continue; // already imported: the same source, same GUID
            var baseId = CodebookFile.Slug(Path.GetFileNameWithoutExtension(source.Name));
            var sessionId = baseId; var k = 2;
            while (sessionIds.Contains(sessionId)) sessionId = $"{baseId}-{k++}";
            sessionIds.Add(sessionId);
            var session = new FgSession { Id = sessionId, Topic = source.Name, Kind = SessionKind.FocusGroup };
            var transcript = new Transcript { Id = $"{sessionId}-tr1", SessionId = sessionId, Name = source.Name, Format = "qdpx", Text = source.Text, ImportedAt = importedAt, Guid = source.Guid };
            var parsed = new TurnParser(null, fs.S).Parse(source.Text);
            var turns = new List<Turn>();
            if (parsed.Count == 0) parsed = new[] { new ParsedTurn("?", null, 0, 0, 0, 0, source.Text.Length) };
            foreach (var pt in parsed)
            {
                var participant = session.Participants.FirstOrDefault(x => x.Pseudonym == pt.Speaker);
                if (participant is null)
                {
                    participant = new Participant { Id = $"{sessionId}-{CodebookFile.Slug(pt.Speaker)}-{session.Participants.Count + 1}", Pseudonym = pt.Speaker };
                    session.Participants.Add(participant);
                }
                turns.Add(new Turn
                {
                    Id = $"{transcript.Id}-t{turns.Count + 1:D4}", SessionId = sessionId, TranscriptId = transcript.Id, Index = turns.Count + 1,
                    ParticipantId = participant.Id, Speaker = pt.Speaker, Time = pt.Time, Start = pt.Start, TextStart = pt.TextStart, End = pt.End,
                    Text = source.Text[pt.TextStart..pt.End],
                });
            }
            fs.Sessions.Insert(session);
            fs.Transcripts.Insert(transcript);
            foreach (var t in turns) fs.Turns.Insert(t);
            foreach (var noteGuid in source.NoteGuids)
                if (notes.TryGetValue(RefiReader.Norm(noteGuid), out var note)) { AddMemo(note, "transcript", transcript.Id, sessionId, users); memos++; }
            foreach (var sel in source.Selections)
                foreach (var rc in sel.Codings)
                {
                    var coder = users.GetValueOrDefault(RefiReader.Norm(rc.UserGuid ?? sel.UserGuid ?? ""), "imported");
                    var turn = turns.LastOrDefault(t => t.Start <= sel.Start) ?? turns[0];
                    var coding = new Coding
                    {
                        Id = $"{transcript.Id}-c{++codings:D5}", SessionId = sessionId, TranscriptId = transcript.Id, TurnId = turn.Id,
                        CodeId = idOf[RefiReader.Norm(rc.CodeGuid)], Coder = coder, Start = sel.Start, End = sel.End, Unit = "range", CodedAt = importedAt, Guid = rc.Guid,
                    };
                    fs.Codings.Insert(coding);
                    foreach (var noteGuid in sel.NoteGuids)
                        if (notes.TryGetValue(RefiReader.Norm(noteGuid), out var note)) { AddMemo(note, "segment", coding.Id, sessionId, users); memos++; }
                }
        }
        foreach (var rc in p.Codes)
            foreach (var noteGuid in rc.NoteGuids)
                if (notes.TryGetValue(RefiReader.Norm(noteGuid), out var note) && fs.Memos.Find(("guid", note.Guid)).Count == 0)
                { AddMemo(note, "code", idOf[rc.Guid], null, users); memos++; }
        tx.Commit();
        return new ImportOutcome(added, updated, p.Sources.Count, codings, memos);
    }

    private void AddMemo(RefiNote note, string kind, string target, string? sessionId, Dictionary<string, string> users)
    {
        if (fs.Memos.Find(("guid", note.Guid)).Count > 0) return;
        fs.Memos.Insert(new Memo
        {
            Id = $"memo-{note.Guid[..8]}-{target}", TargetKind = kind, TargetId = target, SessionId = sessionId, Text = note.Text,
            Author = users.GetValueOrDefault(RefiReader.Norm(note.UserGuid ?? ""), ""), Guid = note.Guid,
        });
    }
}
