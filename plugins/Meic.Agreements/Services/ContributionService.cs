using Meic.Agreements.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Agreements.Services;

/// <summary>Logs what parties actually contribute, against their commitments.</summary>
public sealed class ContributionService(AgreementStore data)
{
    public Contribution Contribute(string agreementId, string actorId, string? commitmentId, CommitmentKind? kind, decimal amount, DateOnly date, string? description)
    {
        var agreement = data.Agreement(agreementId);
        if (agreement.Status is AgreementStatus.Draft or AgreementStatus.Circulated)
            throw new InputException($"'{agreementId}' is not signed yet; contributions are logged once it is in force.", "AGREEMENT");
        var party = agreement.Party(actorId) ?? throw new InputException($"'{actorId}' is not a party to '{agreementId}'.", "--party");
        if (amount <= 0) throw new InputException("the amount must be greater than zero.", "--amount");
        var mine = data.CommitmentsOf(agreementId).Where(c => c.ActorId == actorId).ToList();
        Commitment commitment;
        if (commitmentId is not null)
            commitment = mine.FirstOrDefault(c => c.Id == commitmentId)
                ?? throw new InputException($"'{commitmentId}' is not a commitment of '{actorId}' under '{agreementId}'; see `meic agreement commitments {agreementId}`.", "--commitment");
        else
        {
            var candidates = mine.Where(c => kind is null || c.Kind == kind).Where(c => c.Kind != CommitmentKind.Attendance).ToList();
            commitment = candidates.Count switch
            {
                1 => candidates[0],
                0 => throw new InputException($"'{actorId}' has no {(kind is { } k ? Names.Kebab(k) + " " : "")}commitment under '{agreementId}'.", "--kind"),
                _ => throw new InputException($"'{actorId}' has several commitments; choose one with --commitment ({string.Join(", ", candidates.Select(c => $"{c.Id}: {c.Description}"))}).", "--commitment"),
            };
        }
        if (commitment.Kind == CommitmentKind.Attendance) throw new InputException("attendance is measured from the meetings, not logged as a contribution.", "--commitment");
        if (party.ExitedOn is { } left && date > left) throw new InputException($"'{actorId}' left the agreement on {left:yyyy-MM-dd}.", "--date");
        if (date > data.Today) throw new InputException("a contribution cannot be dated in the future.", "--date");
        return data.Contributions.Insert(new Contribution
        {
            AgreementId = agreementId, ActorId = actorId, CommitmentId = commitment.Id, Amount = amount, Date = date,
            Description = description, RecordedBy = data.User,
        });
    }
}
