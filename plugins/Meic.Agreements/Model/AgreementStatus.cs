namespace Meic.Agreements.Model;

/// <summary>Where an agreement stands in its life.</summary>
public enum AgreementStatus
{
    Draft,
    Circulated,
    Signed,
    InForce,
    Amended,
    Expired,
    Renewed,
}

public static class AgreementStatusExtensions
{
    /// <summary>In force, possibly amended or renewed: the states in which the agreement binds its parties.</summary>
    public static bool IsInForce(this AgreementStatus status) =>
        status is AgreementStatus.InForce or AgreementStatus.Amended or AgreementStatus.Renewed;
}
