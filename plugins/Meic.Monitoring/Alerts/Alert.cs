namespace Meic.Monitoring.Alerts;

/// <summary>One early warning: what kind, about what record, and a sentence saying why.</summary>
public sealed record Alert(string Kind, string Subject, string Message, string Severity = "warning");

public static class AlertKinds
{
    public const string Absent = "absentPartner", Overdue = "overdueAction", QualityFalling = "dialogueQualityFalling",
        UncoveredArea = "areaWithoutActivePartner", Expiring = "agreementExpiring", OffTrack = "targetOffTrack";
}
