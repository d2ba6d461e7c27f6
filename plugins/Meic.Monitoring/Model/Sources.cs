using Meic.Sdk.Model;

namespace Meic.Monitoring.Model;

// Read-only views of other plugins' records, with only the contract fields monitoring needs
// (docs/collections.md). Unknown fields are ignored, missing collections read as empty.

public sealed class MeetingDoc : Document
{
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Start { get; set; }
    public string? End { get; set; }
    public string? Status { get; set; }
    public List<AttendanceDoc> Attendance { get; set; } = new();
    public List<PulseDoc> Pulse { get; set; } = new();
    public bool MinutesApproved { get; set; }
}

public sealed class AttendanceDoc
{
    public string? ActorId { get; set; }
    public bool Present { get; set; }
}

public sealed class PulseDoc
{
    public double? Openness { get; set; }
    public double? Balance { get; set; }
    public double? Usefulness { get; set; }
    public double? Trust { get; set; }
}

public sealed class ActionDoc : Document
{
    public string? MeetingId { get; set; }
    public string? What { get; set; }
    public string? OwnerActorId { get; set; }
    public string? Due { get; set; }
    public string? Status { get; set; }
    public string? DoneOn { get; set; }
}

public sealed class AgreementDoc : Document
{
    public string? Title { get; set; }
    public string? Status { get; set; }
    public string? StartsOn { get; set; }
    public string? ExpiresOn { get; set; }
    public List<PartyDoc> Parties { get; set; } = new();
}

public sealed class PartyDoc
{
    public string? ActorId { get; set; }
    public string? SignedOn { get; set; }
    public string? ExitedOn { get; set; }
}

public sealed class ConflictDoc : Document
{
    public string? Subject { get; set; }
    public string? RaisedOn { get; set; }
    public string? Status { get; set; }
}

public sealed class FocusSessionDoc : Document
{
    public string? Kind { get; set; }
    public string? Date { get; set; }
    public List<FocusParticipantDoc> Participants { get; set; } = new();
}

public sealed class FocusParticipantDoc
{
    public Newtonsoft.Json.Linq.JToken? Consent { get; set; }
    public bool Withdrawn { get; set; }
}

public static class SourceCollections
{
    public const string Meetings = "meetings";
    public const string Actions = "actions";
    public const string Agreements = "agreements";
    public const string Conflicts = "conflicts";
    public const string FocusSessions = "fg-sessions";
}
