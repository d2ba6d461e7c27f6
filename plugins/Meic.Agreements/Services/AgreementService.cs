using Meic.Agreements.Library;
using Meic.Agreements.Model;
using Meic.Agreements.Rendering;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Agreements.Services;

/// <summary>
/// The agreement's life: draft → circulated → signed by each party → in force → amended / acceded / exited → expired or renewed.
/// Every operation checks everything first and then writes in one transaction: a refused operation changes nothing.
/// </summary>
public sealed class AgreementService(AgreementStore data, TemplateCatalog? catalog)
{
    private TemplateCatalog Catalog => catalog ?? throw new InvalidOperationException("this operation needs the clause library.");

    private Strings S => data.S;

    private string D(DateOnly? day) => data.Date(day);

    private string State(AgreementStatus status) => data.Status(status);

    public (Agreement Agreement, RenderedAgreement Rendered) Draft(string templateId, string? id, DraftChanges changes)
    {
        Catalog.ThrowIfInvalid(S);
        var template = Catalog.Template(templateId, S);
        var library = Catalog.LibraryOf(template, S);
        if (changes.Parties.Count == 0) throw new InputException(S["refuse.parties"], "--party");
        var agreement = new Agreement
        {
            Id = id ?? NewId(template.Id),
            Template = template.Id,
            Library = template.Library,
            Language = template.Language,
            TitleSource = template.Title,
            PreambleSource = template.Preamble.Length > 0 ? template.Preamble : null,
            CreatedOn = data.Today,
            CreatedBy = data.User,
            StartsOn = changes.StartsOn,
            ExpiresOn = changes.ExpiresOn,
        };
        if (id is not null && (!Placeholders.IsClauseId(id))) throw new InputException(S["refuse.badId", id], "--id");
        if (data.Agreements.Get(agreement.Id) is not null) throw new InputException(S["refuse.agreementExists", agreement.Id], "--id");
        foreach (var v in library.Variables.Values.Concat(template.Variables.Values))
            if (v.Default is not null) agreement.Variables[v.Name] = v.Default;
        var selected = template.Clauses.Where(c => c.OnByDefault).Select(c => c.Id).ToList();
        ApplyClauseChoices(selected, changes, library, template.Clauses.Select(c => c.Id).ToList());
        agreement.Clauses = selected.Select(c => Copy(library.Clauses[c])).ToList();
        var commitments = ApplyCommon(agreement, changes, library, template);
        var rendered = AgreementRenderer.Render(agreement, data.ActorsById(), commitments, data.Cluster, data.Today, TemplateCatalog.Descriptions(catalog, library, template, S.Language), S);
        agreement.Title = rendered.Title;
        agreement.History.Add(Event("drafted", agreement, changes.Note));
        using var tx = data.Store.BeginTransaction();
        data.Agreements.Insert(agreement);
        foreach (var c in commitments) data.Commitments.Insert(c);
        data.Snapshot(agreement, rendered, changes.Note);
        tx.Commit();
        return (agreement, rendered);
    }

    /// <summary>Changes a draft. With <paramref name="expectedRevision"/>, refuses with a conflict when someone else saved the draft since.</summary>
    public (Agreement Agreement, RenderedAgreement Rendered) Edit(string id, DraftChanges changes, long? expectedRevision)
    {
        var agreement = data.Agreement(id);
        CheckRevision(agreement, expectedRevision);
        if (agreement.Status != AgreementStatus.Draft)
            throw new InputException(S["refuse.onlyDraftEdited", id, State(agreement.Status)], "AGREEMENT");
        return Change(agreement, changes, "edited", newEdition: false);
    }

    public (Agreement Agreement, RenderedAgreement Rendered) Amend(string id, DraftChanges changes, long? expectedRevision)
    {
        var agreement = data.Agreement(id);
        CheckRevision(agreement, expectedRevision);
        MustBeInForce(agreement, "amended");
        if (string.IsNullOrWhiteSpace(changes.Note)) throw new InputException(S["refuse.amendNote"], "--note");
        return Change(agreement, changes, "amended", newEdition: true);
    }

    private (Agreement, RenderedAgreement) Change(Agreement agreement, DraftChanges changes, string what, bool newEdition)
    {
        var library = catalog?.Library(agreement.Library, agreement.Language);
        var selected = agreement.Clauses.Select(c => c.Id).ToList();
        if (changes.With.Count > 0 || changes.Without.Count > 0)
        {
            if (library is null && changes.With.Count > 0) throw new InputException(S["refuse.noLibrary", agreement.Library, agreement.Language], "--with");
            ApplyClauseChoices(selected, changes, library, null);
            var kept = agreement.Clauses.ToDictionary(c => c.Id);
            agreement.Clauses = selected.Select(c => kept.TryGetValue(c, out var k) ? k : Copy(library!.Clauses[c])).ToList();
        }
        if (changes.StartsOn is not null) agreement.StartsOn = changes.StartsOn;
        if (changes.ExpiresOn is not null) agreement.ExpiresOn = changes.ExpiresOn;
        var template = catalog?.Templates.GetValueOrDefault(agreement.Template);
        var added = ApplyCommon(agreement, changes, library, template);
        var removedCommitments = data.CommitmentsOf(agreement.Id).Where(c => changes.RemoveParties.Contains(c.ActorId)).ToList();
        var commitments = data.CommitmentsOf(agreement.Id).Except(removedCommitments).Concat(added).ToList();
        if (newEdition) { agreement.Edition++; agreement.Status = AgreementStatus.Amended; }
        var rendered = AgreementRenderer.Render(agreement, data.ActorsById(), commitments, data.Cluster, data.Today, TemplateCatalog.Descriptions(catalog, library, template, S.Language), S);
        agreement.Title = rendered.Title;
        agreement.History.Add(Event(what, agreement, changes.Note));
        using var tx = data.Store.BeginTransaction();
        data.Agreements.Update(agreement);
        foreach (var c in removedCommitments) data.Commitments.Delete(c);
        foreach (var c in added) data.Commitments.Insert(c);
        data.Snapshot(agreement, rendered, changes.Note);
        tx.Commit();
        return (agreement, rendered);
    }

    private List<Commitment> ApplyCommon(Agreement agreement, DraftChanges changes, ClauseLibrary? library, AgreementTemplate? template)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        if (library is not null) declared.UnionWith(library.Variables.Keys);
        if (template is not null) declared.UnionWith(template.Variables.Keys);
        declared.UnionWith(agreement.Variables.Keys);
        foreach (var (k, v) in changes.Variables)
        {
            if (!declared.Contains(k) && k != "city")
                throw new InputException(S["refuse.noVariable", k, Names.Nearest(k, declared) is { } n ? S["refuse.didYouMean", n] : S["refuse.declares", string.Join(", ", declared.Order())]], "--var");
            agreement.Variables[k] = v;
        }
        foreach (var remove in changes.RemoveParties)
        {
            if (agreement.Party(remove) is null) throw new InputException(S["refuse.notParty", remove, agreement.Id], "--remove-party");
            agreement.Parties.RemoveAll(p => p.ActorId == remove);
        }
        foreach (var p in changes.Parties)
        {
            var actor = data.Actor(p.ActorId, "--party");
            if (agreement.Party(p.ActorId) is { } existing)
            {
                existing.Role = p.Role ?? existing.Role; existing.Representative = p.Representative ?? existing.Representative;
                continue;
            }
            agreement.Parties.Add(new AgreementParty
            {
                ActorId = actor.Id, Role = p.Role, Representative = p.Representative,
                NetworkKind = actor.NetworkKind is { } nk ? Names.Kebab(nk) : null,
            });
        }
        foreach (var (actorId, kind) in changes.NetworkKinds)
        {
            var party = agreement.Party(actorId) ?? throw new InputException(S["refuse.notParty", actorId, agreement.Id], "--network");
            if (!Names.TryParse<Meic.Sdk.Model.NetworkKind>(kind, out var parsed))
                throw new InputException(Vocabularies.Shared.Of<Meic.Sdk.Model.NetworkKind>() is { } nk ? nk.Refusal(kind, S.Language) : S["refuse.networkKind", kind], "--network");
            party.NetworkKind = Names.Kebab(parsed);
        }
        foreach (var person in changes.NamedPeople.Where(p => !agreement.NamedPeople.Contains(p))) agreement.NamedPeople.Add(person);
        var result = new List<Commitment>();
        foreach (var c in changes.Commitments)
        {
            if (agreement.Party(c.ActorId) is null) throw new InputException(S["refuse.notPartyAdd", c.ActorId, agreement.Id], "--commit");
            var clause = c.Clause ?? (c.Kind == CommitmentKind.Attendance ? "interaction" : "contributions");
            if (c.Clause is not null && agreement.Clauses.All(x => x.Id != c.Clause))
                throw new InputException(S["refuse.noClause", c.Clause], "--commit");
            result.Add(new Commitment
            {
                AgreementId = agreement.Id, ActorId = c.ActorId, Kind = c.Kind, Amount = c.Amount, Unit = c.Unit,
                Description = c.Description, Clause = clause,
            });
        }
        if (agreement.StartsOn is { } s && agreement.ExpiresOn is { } e && e <= s)
            throw new InputException(S["refuse.expiresBeforeStart", D(e), D(s)], "--expires");
        return result;
    }

    private void ApplyClauseChoices(List<string> selected, DraftChanges changes, ClauseLibrary? library, List<string>? templateOrder)
    {
        foreach (var w in changes.With)
        {
            if (library is null || !library.Clauses.ContainsKey(w))
                throw new InputException(S["refuse.noLibraryClause", w, library is not null && Names.Nearest(w, library.Clauses.Keys) is { } n ? S["refuse.didYouMean", n] : ""], "--with");
            if (selected.Contains(w)) continue;
            // Keep the template's (or the library's) order rather than appending at the end.
            var order = templateOrder is not null && templateOrder.Contains(w) ? templateOrder : library.Order;
            var pos = order.IndexOf(w);
            var insertAt = selected.FindIndex(s => order.IndexOf(s) > pos);
            if (insertAt < 0) selected.Add(w); else selected.Insert(insertAt, w);
        }
        foreach (var w in changes.Without)
        {
            if (!selected.Contains(w)) throw new InputException(S["refuse.notIncluded", w], "--without");
            if (library?.Clauses.GetValueOrDefault(w) is { Required: true }) throw new InputException(S["refuse.requiredClause", w], "--without");
            selected.Remove(w);
        }
    }

    public Agreement Circulate(string id)
    {
        var agreement = data.Agreement(id);
        if (agreement.Status != AgreementStatus.Draft) throw new InputException(S["refuse.onlyDraftCirculated", id, State(agreement.Status)], "AGREEMENT");
        if (agreement.Parties.Count < 2) throw new InputException(S["refuse.twoParties"], "AGREEMENT");
        agreement.Status = AgreementStatus.Circulated;
        var rendered = data.Render(agreement);
        agreement.History.Add(Event("circulated", agreement, null));
        using var tx = data.Store.BeginTransaction();
        data.Agreements.Update(agreement);
        data.Snapshot(agreement, rendered, null);
        tx.Commit();
        return agreement;
    }

    public Agreement Sign(string id, string actorId, string? signedBy, string? role, DateOnly on)
    {
        var agreement = data.Agreement(id);
        var party = agreement.Party(actorId) ?? throw new InputException(
            S["refuse.notPartySign", actorId, id, string.Join(", ", agreement.Parties.Select(p => $"{data.ActorName(p.ActorId)} ({p.ActorId})"))], "--party");
        if (agreement.Status == AgreementStatus.Draft) throw new InputException(S["refuse.stillDraft", id], "AGREEMENT");
        if (agreement.Status != AgreementStatus.Circulated) throw new InputException(S["refuse.notCirculated", id, State(agreement.Status)], "AGREEMENT");
        if (party.SignedOn is not null) throw new InputException(S["refuse.alreadySigned", actorId, D(party.SignedOn)], "--party");
        if (string.IsNullOrWhiteSpace(signedBy ?? party.Representative)) throw new InputException(S["refuse.whoSigns"], "--by");
        party.SignedOn = on; party.SignedBy = signedBy ?? party.Representative; party.SignerRole = role ?? party.Role; party.JoinedOn = on;
        agreement.History.Add(Event($"signed by {actorId}", agreement, null));
        if (agreement.Parties.All(p => p.SignedOn is not null))
        {
            agreement.Status = agreement.StartsOn is { } s && s > data.Today ? AgreementStatus.Signed : AgreementStatus.InForce;
            agreement.StartsOn ??= on;
            agreement.History.Add(Event(Names.Kebab(agreement.Status), agreement, null));
        }
        var rendered = data.Render(agreement);
        using var tx = data.Store.BeginTransaction();
        data.Agreements.Update(agreement);
        data.Snapshot(agreement, rendered, null);
        tx.Commit();
        return agreement;
    }

    public Agreement Accede(string id, PartyInput party, string? signedBy, DateOnly on, IReadOnlyList<CommitmentInput> commitments)
    {
        var agreement = data.Agreement(id);
        StartIfDue(agreement);
        MustBeInForce(agreement, "joined");
        var actor = data.Actor(party.ActorId, "--party");
        if (agreement.Party(actor.Id) is { Active: true }) throw new InputException(S["refuse.alreadyParty", actor.Id, id], "--party");
        if (string.IsNullOrWhiteSpace(signedBy ?? party.Representative)) throw new InputException(S["refuse.whoSignsAccession"], "--by");
        agreement.Parties.RemoveAll(p => p.ActorId == actor.Id);
        agreement.Parties.Add(new AgreementParty
        {
            ActorId = actor.Id, Role = party.Role, Representative = party.Representative ?? signedBy, ByAccession = true, JoinedOn = on, SignedOn = on,
            SignedBy = signedBy ?? party.Representative, SignerRole = party.Role, NetworkKind = actor.NetworkKind is { } nk ? Names.Kebab(nk) : null,
        });
        agreement.Edition++;
        agreement.History.Add(Event($"accession of {actor.Id}", agreement, null));
        var added = ApplyCommon(agreement, new DraftChanges { Commitments = commitments.ToList() }, null, null);
        var rendered = AgreementRenderer.Render(agreement, data.ActorsById(), data.CommitmentsOf(id).Concat(added).ToList(), data.Cluster, data.Today, strings: S);
        using var tx = data.Store.BeginTransaction();
        data.Agreements.Update(agreement);
        foreach (var c in added) data.Commitments.Insert(c);
        data.Snapshot(agreement, rendered, $"accession of {actor.Id}");
        tx.Commit();
        return agreement;
    }

    /// <summary>Records a party's notice of exit; the exit takes effect after the agreement's notice period.</summary>
    public (Agreement Agreement, AgreementParty Party, IReadOnlyList<CommitmentProgress> Pending) NoticeExit(string id, string actorId, DateOnly on, string? reason)
    {
        var agreement = data.Agreement(id);
        StartIfDue(agreement);
        MustBeInForce(agreement, "left");
        var party = ActiveParty(agreement, actorId);
        if (party.ExitNoticeOn is not null) throw new InputException(S["refuse.alreadyNotice", actorId, D(party.ExitNoticeOn), D(party.ExitEffectiveOn)], "--party");
        party.ExitNoticeOn = on;
        party.ExitEffectiveOn = on.AddDays(Inputs.Days(agreement, "notice_days", 90));
        party.ExitReason = reason;
        agreement.History.Add(Event($"notice of exit by {actorId}", agreement, reason));
        data.Agreements.Update(agreement);
        return (agreement, party, Pending(agreement, actorId));
    }

    /// <summary>Ends a party's membership once its notice period has run.</summary>
    public (Agreement Agreement, AgreementParty Party, IReadOnlyList<CommitmentProgress> Pending) CompleteExit(string id, string actorId)
    {
        var agreement = data.Agreement(id);
        var party = ActiveParty(agreement, actorId);
        if (party.ExitEffectiveOn is null) throw new InputException(S["refuse.noNotice", actorId, id], "--party");
        if (party.ExitEffectiveOn > data.Today) throw new InputException(S["refuse.noticeRuns", actorId, D(party.ExitEffectiveOn)], "--complete");
        party.ExitedOn = data.Today;
        agreement.Edition++;
        agreement.History.Add(Event($"exit of {actorId}", agreement, party.ExitReason));
        var rendered = data.Render(agreement);
        using var tx = data.Store.BeginTransaction();
        data.Agreements.Update(agreement);
        data.Snapshot(agreement, rendered, $"exit of {actorId}");
        tx.Commit();
        return (agreement, party, Pending(agreement, actorId));
    }

    public Agreement Expire(string id, bool early, string? note)
    {
        var agreement = data.Agreement(id);
        if (!agreement.Status.IsInForce() && agreement.Status != AgreementStatus.Signed)
            throw new InputException(S["refuse.onlyInForceExpire", id, State(agreement.Status)], "AGREEMENT");
        if (agreement.ExpiresOn is { } e && e > data.Today && !early)
            throw new InputException(S["refuse.runsUntil", id, D(e)], "AGREEMENT");
        if (early && string.IsNullOrWhiteSpace(note)) throw new InputException(S["refuse.earlyWho"], "--note");
        agreement.Status = AgreementStatus.Expired;
        agreement.History.Add(Event("expired", agreement, note));
        data.Agreements.Update(agreement);
        return agreement;
    }

    public Agreement Renew(string id, DateOnly until, string? note)
    {
        var agreement = data.Agreement(id);
        if (!agreement.Status.IsInForce() && agreement.Status != AgreementStatus.Expired)
            throw new InputException(S["refuse.onlyRenew", id, State(agreement.Status)], "AGREEMENT");
        if (until <= data.Today || (agreement.ExpiresOn is { } e && until <= e))
            throw new InputException(S["refuse.newEnd", D(agreement.ExpiresOn)], "--until");
        agreement.ExpiresOn = until;
        agreement.Edition++;
        agreement.Status = AgreementStatus.Renewed;
        agreement.History.Add(Event($"renewed until {until:yyyy-MM-dd}", agreement, note));
        var rendered = data.Render(agreement);
        using var tx = data.Store.BeginTransaction();
        data.Agreements.Update(agreement);
        data.Snapshot(agreement, rendered, note ?? $"renewed until {until:yyyy-MM-dd}");
        tx.Commit();
        return agreement;
    }

    public IReadOnlyList<CommitmentProgress> Pending(Agreement agreement, string actorId) =>
        CommitmentProgress.For(agreement, data.CommitmentsOf(agreement.Id), data.ContributionsOf(agreement.Id))
            .Where(p => p.Commitment.ActorId == actorId && !p.Complete).ToList();

    /// <summary>A signed agreement whose start date has come is in force.</summary>
    private void StartIfDue(Agreement agreement)
    {
        if (agreement.Status == AgreementStatus.Signed && (agreement.StartsOn is null || agreement.StartsOn <= data.Today))
            agreement.Status = AgreementStatus.InForce;
    }

    private AgreementParty ActiveParty(Agreement agreement, string actorId)
    {
        var party = agreement.Party(actorId) ?? throw new InputException(S["refuse.notPartyList", actorId, agreement.Id, string.Join(", ", agreement.Parties.Select(p => $"{data.ActorName(p.ActorId)} ({p.ActorId})"))], "--party");
        if (!party.Active) throw new InputException(S["refuse.left", actorId, agreement.Id, D(party.ExitedOn)], "--party");
        return party;
    }

    private void MustBeInForce(Agreement agreement, string verb)
    {
        if (!agreement.Status.IsInForce())
            throw new InputException(S["refuse.notInForce", agreement.Id, State(agreement.Status), S[$"verb.{verb}"]], "AGREEMENT");
    }

    private static void CheckRevision(Agreement agreement, long? expected)
    {
        if (expected is { } e && e != agreement.Version)
            throw new Meic.Sdk.Errors.ConflictException(Agreement.CollectionName, agreement.Id, e, agreement.Version);
    }

    private LifecycleEvent Event(string what, Agreement agreement, string? note) =>
        new() { On = data.Today, What = what, By = data.User, Edition = agreement.Edition, Note = note };

    private static ClauseCopy Copy(ClauseDef def) => new() { Id = def.Id, Title = def.Title, Text = def.Text, Required = def.Required };

    private string NewId(string templateId)
    {
        var stem = $"{templateId}-{data.Today:yyyy}";
        var id = stem;
        for (var i = 2; data.Agreements.Get(id) is not null; i++) id = $"{stem}-{i}";
        return id;
    }
}
