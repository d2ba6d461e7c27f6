using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Domain;

/// <summary>What an operator asks for when referring a person.</summary>
public sealed record ReferralRequest(string CaseCode, string FromActor, string ServiceId, string Consent, string? NeedId = null,
    bool Override = false, string? OverrideReason = null);

/// <summary>
/// Primero's referral workflow: in progress → accepted | rejected (with reason) | revoked; accepted → done
/// (successful or not, with a reason from a list). Every change is checked against the version the
/// operator saw, so two operators editing one referral cannot overwrite each other.
/// </summary>
public static class ReferralWorkflow
{
    public static readonly string[] ConsentKinds = ["written", "verbal", "none"];
    public static readonly string[] UnsuccessfulReasons = ["notEligible", "noCapacity", "personWithdrew", "unreachable", "movedAway", "serviceClosed", "other"];
    public static readonly string[] SuccessfulReasons = ["serviceProvided", "partiallyProvided", "referredOnward"];

    public static Referral Create(IDocumentStore store, ReferralRequest request, ConsentPolicy policy, DateTimeOffset now, Strings? strings = null)
    {
        var s = strings ?? English;
        var code = CaseCode.Validate(request.CaseCode, s);
        var consent = BrokerVocabularies.Get(BrokerVocabularies.ConsentKind).TryParse(request.Consent, out var kind) ? kind.Id : request.Consent.Trim().ToLowerInvariant();
        if (!ConsentKinds.Contains(consent)) throw new InputException(s["refuse.consentKind", request.Consent], "--consent");
        var directory = new ServiceDirectory(store, s);
        var from = directory.RequireActor(request.FromActor, "--from");
        var service = directory.RequireService(request.ServiceId, "--service");
        if (service.Status is "defunct" or "inactive")
            throw new InputException(s["refuse.serviceInactive", service.Id, BrokerVocabularies.Label(BrokerVocabularies.ServiceStatus, service.Status, s.Language).ToLowerInvariant()], "--service");
        if (store.Collection<Meic.Sdk.Model.Actor>(Meic.Sdk.Model.Actor.CollectionName).Get(service.ActorId) is null)
            throw new InputException(s["refuse.actorGone", service.ActorId, service.Id], "--service");
        if (service.ActorId == from.Id) throw new InputException(s["refuse.sameActor"], "--service");
        var day = now.ToString("yyyy-MM-dd");
        var record = new ConsentRecord { Kind = consent, Given = consent != "none" };
        if (record.Given) { record.RecordedOn = day; record.RecordedBy = policy.User; }
        else
        {
            if (!request.Override)
                throw new InputException(s["refuse.noConsent"], "--consent");
            if (!policy.MayOverride)
                throw new InputException(s["refuse.role", policy.Role ?? s["refuse.noRole"], policy.OverrideRoles.Count == 0 ? s["refuse.noRoles"] : string.Join(", ", policy.OverrideRoles)], "--override");
            if (string.IsNullOrWhiteSpace(request.OverrideReason))
                throw new InputException(s["refuse.overrideReason"], "--reason");
            record.Overridden = true; record.OverriddenBy = policy.User; record.OverrideRole = policy.Role; record.OverrideReason = request.OverrideReason;
        }
        var referral = new Referral
        {
            CaseCode = code, FromActorId = from.Id, ToActorId = service.ActorId, ServiceId = service.Id, CreatedOn = day,
            CreatedBy = policy.User, Consent = record, NeedId = request.NeedId,
        };
        referral.History.Add(new ReferralStep
        {
            Status = ReferralStatus.InProgress, At = now.ToString("O"), By = policy.User,
            Note = record.Overridden ? $"consent override by {policy.User} ({policy.Role ?? "no role"}): {request.OverrideReason}" : $"consent {consent}",
        });
        using var tx = store.BeginTransaction();
        referral = store.Collection<Referral>(Collections.Referrals).Insert(referral);
        NetworkTies.Record(store, referral.FromActorId, referral.ToActorId, DateOnly.FromDateTime(now.Date));
        tx.Commit();
        return referral;
    }

    /// <summary>Loads a referral, checking it is still at the version the operator saw, when given.</summary>
    public static Referral Load(IDocumentStore store, string id, long? expectedVersion, Strings? strings = null)
    {
        var s = strings ?? English;
        var referral = store.Collection<Referral>(Collections.Referrals).Get(id)
            ?? throw new InputException(s["refuse.noReferral", id], "REFERRAL");
        if (expectedVersion is { } v && v != referral.Version) throw new ConflictException(Collections.Referrals, id, v, referral.Version);
        return referral;
    }

    public static Referral Accept(IDocumentStore store, Referral r, string by, DateTimeOffset now, string? note = null, Strings? strings = null)
    {
        var s = strings ?? English;
        Require(s, r, "accept", ReferralStatus.InProgress);
        if (store.Collection<Service>(Collections.Services).Get(r.ServiceId) is null)
            throw new InputException(s["refuse.serviceGone", r.ServiceId], "REFERRAL");
        return Save(store, r, ReferralStatus.Accepted, by, now, note);
    }

    public static Referral Reject(IDocumentStore store, Referral r, string by, DateTimeOffset now, string reason, Strings? strings = null)
    {
        var s = strings ?? English;
        Require(s, r, "reject", ReferralStatus.InProgress);
        if (string.IsNullOrWhiteSpace(reason)) throw new InputException(s["refuse.rejectReason"], "--reason");
        r.RejectReason = reason;
        return Save(store, r, ReferralStatus.Rejected, by, now, reason);
    }

    public static Referral Revoke(IDocumentStore store, Referral r, string by, DateTimeOffset now, string? note, Strings? strings = null)
    {
        Require(strings ?? English, r, "revoke", ReferralStatus.InProgress, ReferralStatus.Accepted);
        return Save(store, r, ReferralStatus.Revoked, by, now, note);
    }

    public static Referral Done(IDocumentStore store, Referral r, string by, DateTimeOffset now, bool successful, string? reason, Strings? strings = null)
    {
        var s = strings ?? English;
        Require(s, r, "close", ReferralStatus.Accepted);
        var allowed = successful ? SuccessfulReasons : UnsuccessfulReasons;
        if (reason is not null && BrokerVocabularies.Get(BrokerVocabularies.ReferralOutcome).TryParse(reason, out var term)) reason = term.Id;
        if (!successful && string.IsNullOrWhiteSpace(reason))
            throw new InputException(s["refuse.unsuccessfulReason", string.Join(", ", UnsuccessfulReasons)], "--reason");
        if (reason is not null && !allowed.Contains(reason))
        {
            var near = Meic.Sdk.Text.Names.Nearest(reason, allowed);
            throw new InputException(s["refuse.outcome", string.Join(", ", allowed), reason, near is null ? "" : s["refuse.outcomeNear", near]], "--reason");
        }
        r.Successful = successful; r.OutcomeReason = reason;
        return Save(store, r, ReferralStatus.Done, by, now, reason);
    }

    private static readonly Strings English = Strings.Load(typeof(BrokeragePlugin).Assembly, "Meic.Brokerage.strings", "en");

    private static void Require(Strings s, Referral r, string verb, params ReferralStatus[] from)
    {
        string State(ReferralStatus x) => s.Language == "en" ? Meic.Sdk.Text.Names.Kebab(x)
            : BrokerVocabularies.Label(BrokerVocabularies.ReferralStatus, Meic.Sdk.Text.Names.Kebab(x), s.Language).ToLowerInvariant();
        if (!from.Contains(r.Status))
            throw new InputException(s["refuse.state", s["verb." + verb], r.Id, State(r.Status), string.Join(s["refuse.or"], from.Select(State))], "REFERRAL");
    }

    private static Referral Save(IDocumentStore store, Referral r, ReferralStatus status, string by, DateTimeOffset now, string? note)
    {
        r.Status = status;
        r.History.Add(new ReferralStep { Status = status, At = now.ToString("O"), By = by, Note = note });
        return store.Collection<Referral>(Collections.Referrals).Update(r);
    }
}
