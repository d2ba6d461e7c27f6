using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;

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

    public static Referral Create(IDocumentStore store, ReferralRequest request, ConsentPolicy policy, DateTimeOffset now)
    {
        var code = CaseCode.Validate(request.CaseCode);
        var consent = BrokerVocabularies.Get(BrokerVocabularies.ConsentKind).TryParse(request.Consent, out var kind) ? kind.Id : request.Consent.Trim().ToLowerInvariant();
        if (!ConsentKinds.Contains(consent)) throw new InputException($"expected written, verbal or none; found '{request.Consent}'.", "--consent");
        var directory = new ServiceDirectory(store);
        var from = directory.RequireActor(request.FromActor, "--from");
        var service = directory.RequireService(request.ServiceId, "--service");
        if (service.Status is "defunct" or "inactive")
            throw new InputException($"the service '{service.Id}' is {service.Status}; refer to an active service.", "--service");
        if (store.Collection<Meic.Sdk.Model.Actor>(Meic.Sdk.Model.Actor.CollectionName).Get(service.ActorId) is null)
            throw new InputException($"the actor '{service.ActorId}' that offered service '{service.Id}' no longer exists.", "--service");
        if (service.ActorId == from.Id) throw new InputException("a referral goes from one actor to another actor's service.", "--service");
        var day = now.ToString("yyyy-MM-dd");
        var record = new ConsentRecord { Kind = consent, Given = consent != "none" };
        if (record.Given) { record.RecordedOn = day; record.RecordedBy = policy.User; }
        else
        {
            if (!request.Override)
                throw new InputException("refused: the person's consent to share the case is not recorded. Record it with --consent written|verbal, or, if your role allows it, use --override with --reason.", "--consent");
            if (!policy.MayOverride)
                throw new InputException($"refused: your role ({policy.Role ?? "none"}) may not refer without consent; roles allowed: {(policy.OverrideRoles.Count == 0 ? "none configured" : string.Join(", ", policy.OverrideRoles))} (toolkit.json settings.\"meic.brokerage\".overrideRoles).", "--override");
            if (string.IsNullOrWhiteSpace(request.OverrideReason))
                throw new InputException("an override without consent needs a reason (--reason).", "--reason");
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
    public static Referral Load(IDocumentStore store, string id, long? expectedVersion)
    {
        var referral = store.Collection<Referral>(Collections.Referrals).Get(id)
            ?? throw new InputException($"no referral '{id}'; see `meic broker referral list`.", "REFERRAL");
        if (expectedVersion is { } v && v != referral.Version) throw new ConflictException(Collections.Referrals, id, v, referral.Version);
        return referral;
    }

    public static Referral Accept(IDocumentStore store, Referral r, string by, DateTimeOffset now, string? note = null)
    {
        Require(r, "accept", ReferralStatus.InProgress);
        if (store.Collection<Service>(Collections.Services).Get(r.ServiceId) is null)
            throw new InputException($"the service '{r.ServiceId}' no longer exists; reject or revoke the referral instead.", "REFERRAL");
        return Save(store, r, ReferralStatus.Accepted, by, now, note);
    }

    public static Referral Reject(IDocumentStore store, Referral r, string by, DateTimeOffset now, string reason)
    {
        Require(r, "reject", ReferralStatus.InProgress);
        if (string.IsNullOrWhiteSpace(reason)) throw new InputException("a rejection needs a reason (--reason).", "--reason");
        r.RejectReason = reason;
        return Save(store, r, ReferralStatus.Rejected, by, now, reason);
    }

    public static Referral Revoke(IDocumentStore store, Referral r, string by, DateTimeOffset now, string? note)
    {
        Require(r, "revoke", ReferralStatus.InProgress, ReferralStatus.Accepted);
        return Save(store, r, ReferralStatus.Revoked, by, now, note);
    }

    public static Referral Done(IDocumentStore store, Referral r, string by, DateTimeOffset now, bool successful, string? reason)
    {
        Require(r, "close", ReferralStatus.Accepted);
        var allowed = successful ? SuccessfulReasons : UnsuccessfulReasons;
        if (reason is not null && BrokerVocabularies.Get(BrokerVocabularies.ReferralOutcome).TryParse(reason, out var term)) reason = term.Id;
        if (!successful && string.IsNullOrWhiteSpace(reason))
            throw new InputException($"an unsuccessful referral needs a reason, one of: {string.Join(", ", UnsuccessfulReasons)}.", "--reason");
        if (reason is not null && !allowed.Contains(reason))
        {
            var near = Meic.Sdk.Text.Names.Nearest(reason, allowed);
            throw new InputException($"expected one of {string.Join(", ", allowed)}; found '{reason}'{(near is null ? "" : $" (did you mean '{near}'?)")}.", "--reason");
        }
        r.Successful = successful; r.OutcomeReason = reason;
        return Save(store, r, ReferralStatus.Done, by, now, reason);
    }

    private static void Require(Referral r, string verb, params ReferralStatus[] from)
    {
        if (!from.Contains(r.Status))
            throw new InputException($"cannot {verb} referral '{r.Id}': it is {Meic.Sdk.Text.Names.Kebab(r.Status)} (only {string.Join(" or ", from.Select(s => Meic.Sdk.Text.Names.Kebab(s)))} referrals can be).", "REFERRAL");
    }

    private static Referral Save(IDocumentStore store, Referral r, ReferralStatus status, string by, DateTimeOffset now, string? note)
    {
        r.Status = status;
        r.History.Add(new ReferralStep { Status = status, At = now.ToString("O"), By = by, Note = note });
        return store.Collection<Referral>(Collections.Referrals).Update(r);
    }
}
