using Meic.Agreements.Library;
using Meic.Agreements.Model;
using Meic.Agreements.Rendering;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Agreements.Services;

/// <summary>The plugin's collections and the core records it reads, over one store, for one user on one day.</summary>
public sealed class AgreementStore(IDocumentStore store, string user, DateOnly today, Strings? strings = null)
{
    private static readonly Strings English = Strings.Load(typeof(AgreementsPlugin).Assembly, "Meic.Agreements.strings", "en");

    /// <summary>The plugin's strings in the user's language, for the refusals of the services over this store.</summary>
    public Strings S { get; } = strings ?? English;

    /// <summary>A day in words in the user's language (<c>12 maggio 2025</c>); empty when there is none.</summary>
    public string Date(DateOnly? day) => day is { } d ? Dates.Format(d, S.Language) : "";

    /// <summary>An agreement's status as the user reads it, in a sentence (<c>in vigore</c>).</summary>
    public string Status(AgreementStatus status) => S.Language == "en" ? Names.Kebab(status).Replace('-', ' ')
        : Vocabularies.Shared.Label(status, S.Language).ToLower(System.Globalization.CultureInfo.InvariantCulture);
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
        var hint = Names.Nearest(id, ids) is { } near ? S["refuse.hintNear", near] : ids.Count == 0 ? S["refuse.hintNone"] : S["refuse.hintOneOf", string.Join(", ", ids)];
        throw new InputException(S["refuse.noAgreement", id, hint], "AGREEMENT");
    }

    public Actor Actor(string id, string where)
    {
        if (Actors.Get(id) is { } a) return a;
        var hint = Names.Nearest(id, Actors.All().Select(x => x.Id)) is { } near ? S["refuse.didYouMean", near] : S["refuse.seeActors"];
        throw new InputException(S["refuse.notActor", id, hint], where);
    }

    public IReadOnlyList<Commitment> CommitmentsOf(string agreementId) => Commitments.Find(("agreementId", agreementId));
    public IReadOnlyList<Contribution> ContributionsOf(string agreementId) => Contributions.Find(("agreementId", agreementId));

    public RenderedAgreement Render(Agreement agreement, IReadOnlyDictionary<string, string>? descriptions = null) =>
        AgreementRenderer.Render(agreement, ActorsById(), CommitmentsOf(agreement.Id), Cluster, Today, descriptions, S);

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
}
