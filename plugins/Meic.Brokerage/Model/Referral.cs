using Meic.Sdk.Model;

namespace Meic.Brokerage.Model;

/// <summary>
/// A person referred from one actor to another actor's service. The person is known only by a
/// pseudonymous case code: a referral has no field for a name, on purpose.
/// </summary>
public sealed class Referral : Document
{
    public string CaseCode { get; set; } = "";
    public string FromActorId { get; set; } = "";
    public string ToActorId { get; set; } = "";
    public string ServiceId { get; set; } = "";
    public ReferralStatus Status { get; set; } = ReferralStatus.InProgress;
    public string CreatedOn { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public ConsentRecord Consent { get; set; } = new();
    public string? NeedId { get; set; }
    public string? RejectReason { get; set; }
    public bool? Successful { get; set; }
    public string? OutcomeReason { get; set; }
    public List<ReferralStep> History { get; set; } = new();
}

/// <summary>The states of a referral (Primero's workflow).</summary>
public enum ReferralStatus { InProgress, Accepted, Rejected, Revoked, Done }

/// <summary>How the person's consent to share their case was recorded, or who overrode its absence.</summary>
public sealed class ConsentRecord
{
    /// <summary>written, verbal or none.</summary>
    public string Kind { get; set; } = "none";
    public bool Given { get; set; }
    public string? RecordedOn { get; set; }
    public string? RecordedBy { get; set; }
    public bool Overridden { get; set; }
    public string? OverriddenBy { get; set; }
    public string? OverrideRole { get; set; }
    public string? OverrideReason { get; set; }
}

/// <summary>One change of a referral's state.</summary>
public sealed class ReferralStep
{
    public ReferralStatus Status { get; set; }
    public string At { get; set; } = "";
    public string By { get; set; } = "";
    public string? Note { get; set; }
}
