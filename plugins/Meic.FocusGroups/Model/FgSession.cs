using Meic.Sdk.Model;

namespace Meic.FocusGroups.Model;

public enum SessionKind { FocusGroup, Interview }

/// <summary>A focus group or interview (collection <c>fg-sessions</c>). Holds pseudonyms only; real names live in <c>fg-pseudonym-keys</c>.</summary>
public sealed class FgSession : Document
{
    public SessionKind Kind { get; set; } = SessionKind.FocusGroup;
    public string Topic { get; set; } = "";
    public string? Date { get; set; }
    public string? Place { get; set; }
    public string? Facilitator { get; set; }
    public string? Area { get; set; }
    public List<string> GuideQuestions { get; set; } = new();
    public List<Participant> Participants { get; set; } = new();
}

public sealed class Participant
{
    public string Id { get; set; } = "";
    public string? ActorId { get; set; }
    public string Pseudonym { get; set; } = "";
    public string? Role { get; set; }
    public string? Sector { get; set; }
    public Consent? Consent { get; set; }
    public bool Withdrawn { get; set; }
    public string? WithdrawnOn { get; set; }
}

public sealed class Consent
{
    public string Version { get; set; } = "";
    public string Language { get; set; } = "";
    public bool Interpreter { get; set; }
    public string? InterpreterLanguage { get; set; }
    public List<string> Purposes { get; set; } = new();
    public string Date { get; set; } = "";
}
