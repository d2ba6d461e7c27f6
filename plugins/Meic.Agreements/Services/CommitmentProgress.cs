using Meic.Agreements.Model;

namespace Meic.Agreements.Services;

/// <summary>How far a commitment has been honoured by the contributions logged against it.</summary>
public sealed record CommitmentProgress(Commitment Commitment, decimal Contributed, int Count)
{
    /// <summary>Attendance is measured from meetings, not logged; any other commitment is complete when its amount is reached (or, without an amount, once something was contributed).</summary>
    public bool Complete => Commitment.Kind != CommitmentKind.Attendance && (Commitment.Amount is { } a ? Contributed >= a : Count > 0);

    public static IReadOnlyList<CommitmentProgress> For(Agreement agreement, IReadOnlyList<Commitment> commitments, IReadOnlyList<Contribution> contributions) =>
        commitments.Select(c =>
        {
            var mine = contributions.Where(x => x.CommitmentId == c.Id).ToList();
            return new CommitmentProgress(c, mine.Sum(x => x.Amount), mine.Count);
        }).ToList();
}
