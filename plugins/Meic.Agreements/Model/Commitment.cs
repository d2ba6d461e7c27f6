using Meic.Sdk.Model;

namespace Meic.Agreements.Model;

public enum CommitmentKind { Cash, InKind, StaffTime, Data, Premises, Attendance }

/// <summary>What a party undertook to give under an agreement.</summary>
public sealed class Commitment : Document
{
    public const string CollectionName = "commitments";

    public string AgreementId { get; set; } = "";
    public string ActorId { get; set; } = "";
    public CommitmentKind Kind { get; set; }
    public string Description { get; set; } = "";
    /// <summary>The amount over the agreement's whole term (for attendance: the share of meetings, in percent).</summary>
    public decimal? Amount { get; set; }
    public string? Unit { get; set; }
    /// <summary>The clause the commitment falls under.</summary>
    public string Clause { get; set; } = "contributions";
}

/// <summary>A contribution a party actually made.</summary>
public sealed class Contribution : Document
{
    public const string CollectionName = "contributions";

    public string AgreementId { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string? CommitmentId { get; set; }
    public DateOnly Date { get; set; }
    public decimal Amount { get; set; }
    public string? Description { get; set; }
    public string RecordedBy { get; set; } = "";
}
