using Meic.Agreements.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Agreements.Services;

/// <summary>Logs what parties actually contribute, against their commitments.</summary>
public sealed class ContributionService(AgreementStore data)
{
    private Strings S => data.S;

    public Contribution Contribute(string agreementId, string actorId, string? commitmentId, CommitmentKind? kind, decimal amount, DateOnly date, string? description)
    {
        var agreement = data.Agreement(agreementId);
        if (agreement.Status is AgreementStatus.Draft or AgreementStatus.Circulated)
            throw new InputException(S["refuse.notSigned", agreementId], "AGREEMENT");
        var party = agreement.Party(actorId) ?? throw new InputException(S["refuse.notParty", actorId, agreementId], "--party");
        if (amount <= 0) throw new InputException(S["refuse.amountPositive"], "--amount");
        var mine = data.CommitmentsOf(agreementId).Where(c => c.ActorId == actorId).ToList();
        Commitment commitment;
        if (commitmentId is not null)
            commitment = mine.FirstOrDefault(c => c.Id == commitmentId)
                ?? throw new InputException(S["refuse.notCommitment", commitmentId, actorId, agreementId], "--commitment");
        else
        {
            var candidates = mine.Where(c => kind is null || c.Kind == kind).Where(c => c.Kind != CommitmentKind.Attendance).ToList();
            commitment = candidates.Count switch
            {
                1 => candidates[0],
                0 => throw new InputException(kind is { } k ? S["refuse.noCommitmentKind", actorId, Inputs.KindLabel(k, S), agreementId] : S["refuse.noCommitment", actorId, agreementId], "--kind"),
                _ => throw new InputException(S["refuse.severalCommitments", actorId, string.Join(", ", candidates.Select(c => $"{c.Id}: {c.Description}"))], "--commitment"),
            };
        }
        if (commitment.Kind == CommitmentKind.Attendance) throw new InputException(S["refuse.attendance"], "--commitment");
        if (party.ExitedOn is { } left && date > left) throw new InputException(S["refuse.leftOn", actorId, data.Date(left)], "--date");
        if (date > data.Today) throw new InputException(S["refuse.future"], "--date");
        return data.Contributions.Insert(new Contribution
        {
            AgreementId = agreementId, ActorId = actorId, CommitmentId = commitment.Id, Amount = amount, Date = date,
            Description = description, RecordedBy = data.User,
        });
    }
}
