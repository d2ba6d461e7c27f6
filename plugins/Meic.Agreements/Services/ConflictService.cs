using Meic.Agreements.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Agreements.Services;

/// <summary>The register of disputes: raised at the first stage, moved through the agreement's stages with their time limits, resolved.</summary>
public sealed class ConflictService(AgreementStore data)
{
    private Strings S => data.S;

    public static int StageDays(Agreement agreement, ConflictStage stage) => stage switch
    {
        ConflictStage.Dialogue => Inputs.Days(agreement, "dialogue_days", 15),
        ConflictStage.Mediation => Inputs.Days(agreement, "mediation_days", 30),
        ConflictStage.Plenary => Inputs.Days(agreement, "plenary_days", 30),
        _ => Inputs.Days(agreement, "external_days", 60),
    };

    public ConflictCase Raise(string agreementId, IReadOnlyList<string> parties, string subject, string? clause, DateOnly on, IReadOnlyList<string> mediators)
    {
        var agreement = data.Agreement(agreementId);
        if (agreement.Status == AgreementStatus.Draft) throw new InputException(S["refuse.disputeDraft", agreementId], "AGREEMENT");
        if (parties.Count == 0) throw new InputException(S["refuse.disputeParties"], "--party");
        foreach (var p in parties)
            if (agreement.Party(p) is null) throw new InputException(S["refuse.notPartyList", p, agreementId, string.Join(", ", agreement.Parties.Select(x => $"{data.ActorName(x.ActorId)} ({x.ActorId})"))], "--party");
        if (string.IsNullOrWhiteSpace(subject)) throw new InputException(S["refuse.disputeSubject"], "--subject");
        if (clause is not null && agreement.Clauses.All(c => c.Id != clause))
            throw new InputException(S["refuse.noClauseNear", clause, Names.Nearest(clause, agreement.Clauses.Select(c => c.Id)) is { } n ? S["refuse.didYouMean", n] : ""], "--clause");
        var deadline = on.AddDays(StageDays(agreement, ConflictStage.Dialogue));
        return data.Conflicts.Insert(new ConflictCase
        {
            AgreementId = agreementId, Parties = parties.Distinct().ToList(), Subject = subject.Trim(), Clause = clause, RaisedOn = on, RaisedBy = data.User,
            Stage = ConflictStage.Dialogue, StageDeadline = deadline, Status = ConflictStatus.Open, Mediators = mediators.ToList(),
            Steps = [new StageStep { Stage = ConflictStage.Dialogue, From = on, Deadline = deadline }],
        });
    }

    public ConflictCase Advance(string conflictId, string? note, bool confidential)
    {
        var conflict = Open(conflictId);
        if (conflict.Stage == ConflictStage.External) throw new InputException(S["refuse.lastStage"], "CONFLICT");
        var agreement = data.Agreement(conflict.AgreementId);
        var next = conflict.Stage + 1;
        conflict.Steps[^1].Left = data.Today;
        if (note is not null) AddNote(conflict, note, confidential);
        conflict.Stage = next;
        conflict.StageDeadline = data.Today.AddDays(StageDays(agreement, next));
        conflict.Steps.Add(new StageStep { Stage = next, From = data.Today, Deadline = conflict.StageDeadline });
        return data.Conflicts.Update(conflict);
    }

    public ConflictCase Resolve(string conflictId, string outcome)
    {
        var conflict = Open(conflictId);
        if (string.IsNullOrWhiteSpace(outcome)) throw new InputException(S["refuse.outcome"], "--outcome");
        conflict.Steps[^1].Left = data.Today;
        conflict.Status = ConflictStatus.Resolved;
        conflict.Outcome = outcome.Trim();
        conflict.ResolvedOn = data.Today;
        return data.Conflicts.Update(conflict);
    }

    public ConflictCase Note(string conflictId, string text, bool confidential)
    {
        var conflict = Get(conflictId);
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(S["refuse.emptyNote"], "--text");
        AddNote(conflict, text, confidential);
        return data.Conflicts.Update(conflict);
    }

    /// <summary>Whether the current user may read the dispute's confidential mediation notes: only people the agreement (or the dispute) names.</summary>
    public bool MayReadConfidential(ConflictCase conflict)
    {
        var agreement = data.Agreements.Get(conflict.AgreementId);
        return (agreement?.NamedPeople.Contains(data.User, StringComparer.OrdinalIgnoreCase) ?? false)
               || conflict.Mediators.Contains(data.User, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The notes the current user may read, and how many were withheld.</summary>
    public (IReadOnlyList<ConflictNote> Visible, int Withheld) NotesFor(ConflictCase conflict)
    {
        var may = MayReadConfidential(conflict);
        var visible = conflict.Notes.Where(n => !n.Confidential || may).ToList();
        return (visible, conflict.Notes.Count - visible.Count);
    }

    public static bool Overdue(ConflictCase c, DateOnly today) => c.Status == ConflictStatus.Open && c.StageDeadline < today;

    public ConflictCase Get(string id) =>
        data.Conflicts.Get(id) ?? throw new InputException(S["refuse.noDispute", id], "CONFLICT");

    private ConflictCase Open(string id)
    {
        var c = Get(id);
        if (c.Status == ConflictStatus.Resolved) throw new InputException(S["refuse.resolved", id, data.Date(c.ResolvedOn)], "CONFLICT");
        return c;
    }

    private void AddNote(ConflictCase conflict, string text, bool confidential)
    {
        if (confidential && !MayReadConfidential(conflict))
            throw new InputException(S["refuse.confidential", string.Join(", ", data.Agreements.Get(conflict.AgreementId)?.NamedPeople ?? [])], "--confidential");
        conflict.Notes.Add(new ConflictNote { On = data.Today, By = data.User, Stage = conflict.Stage, Confidential = confidential, Text = text.Trim() });
    }
}
