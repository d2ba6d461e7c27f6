using Meic.Agreements.Library;
using Meic.Agreements.Model;
using Meic.Agreements.Rendering;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Agreements.Services;

/// <summary>The plugin's collections and the core records it reads, over one store, for one user on one day.</summary>
public sealed class AgreementStore(IDocumentStore store, string user, DateOnly today)
{
    public IDocumentStore Store { get; } = store;
    public string User { get; } = user;
    public DateOnly Today { get; } = today;

    public IDocumentCollection<Agreement> Agreements => Store.Collection<Model.Agreement>(Model.Agreement.CollectionName);
    public IDocumentCollection<AgreementVersion> Versions => Store.Collection<AgreementVersion>(AgreementVersion.CollectionName);
    public IDocumentCollection<Commitment> Commitments => Store.Collection<Commitment>(Commitment.CollectionName);
    public IDocumentCollection<Contribution> Contributions => Store.Collection<Contribution>(Contribution.CollectionName);
    public IDocumentCollection<ConflictCase> Conflicts => Store.Collection<ConflictCase>(ConflictCase.CollectionName);
    public IDocumentCollection<MeetingRecord> Meetings => Store.Collection<MeetingRecord>(MeetingRecord.CollectionName);
    public IDocumentCollection<Actor> Actors => Store.Collection<Meic.Sdk.Model.Actor>(Meic.Sdk.Model.Actor.CollectionName);

    public Cluster? Cluster => Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster");

    public IReadOnlyDictionary<string, Actor> ActorsById() => Actors.All().ToDictionary(a => a.Id, StringComparer.Ordinal);

    public string ActorName(string id) => Actors.Get(id)?.Name ?? id;

    public Agreement Agreement(string id)
    {
        if (Agreements.Get(id) is { } found) return found;
        var ids = Agreements.All().Select(a => a.Id).ToList();
        var hint = Names.Nearest(id, ids) is { } near ? $"did you mean '{near}'?" : ids.Count == 0 ? "there are no agreements yet (meic agreement draft)." : $"expected one of {string.Join(", ", ids)}.";
        throw new InputException($"no agreement '{id}'; {hint}", "AGREEMENT");
    }

    public Actor Actor(string id, string where)
    {
        if (Actors.Get(id) is { } a) return a;
        var hint = Names.Nearest(id, Actors.All().Select(x => x.Id)) is { } near ? $"; did you mean '{near}'?" : "; see `meic status` or the mapping plugin for actor ids.";
        throw new InputException($"'{id}' is not an actor of the cluster{hint}", where);
    }

    public IReadOnlyList<Commitment> CommitmentsOf(string agreementId) => Commitments.Find(("agreementId", agreementId));
    public IReadOnlyList<Contribution> ContributionsOf(string agreementId) => Contributions.Find(("agreementId", agreementId));

    public RenderedAgreement Render(Agreement agreement, IReadOnlyDictionary<string, string>? descriptions = null) =>
        AgreementRenderer.Render(agreement, ActorsById(), CommitmentsOf(agreement.Id), Cluster, Today, descriptions);

    /// <summary>Stores the text of the agreement's current edition (replacing it while the agreement is a draft).</summary>
    public AgreementVersion Snapshot(Agreement agreement, RenderedAgreement rendered, string? note)
    {
        var id = AgreementVersion.IdOf(agreement.Id, agreement.Edition);
        var existing = Versions.Get(id);
        var version = existing ?? new AgreementVersion { Id = id };
        version.AgreementId = agreement.Id;
        version.Edition = agreement.Edition;
        version.CreatedOn = Today;
        version.CreatedBy = User;
        version.Note = note;
        version.Variables = new Dictionary<string, string>(agreement.Variables);
        version.Parties = agreement.Parties.Where(p => p.Active).Select(p => p.ActorId).ToList();
        version.Markdown = MarkdownWriter.Write(rendered);
        return existing is null ? Versions.Insert(version) : Versions.Update(version);
    }

    public static Dictionary<string, string> Descriptions(ClauseLibrary? library, AgreementTemplate? template)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        if (library is not null) foreach (var v in library.Variables.Values) d[v.Name] = v.Description;
        if (template is not null) foreach (var v in template.Variables.Values) d[v.Name] = v.Description;
        return d;
    }
}
