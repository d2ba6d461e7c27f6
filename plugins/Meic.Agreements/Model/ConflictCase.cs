using Meic.Sdk.Model;

namespace Meic.Agreements.Model;

/// <summary>The stages of the agreement's grievance process, in order.</summary>
public enum ConflictStage { Dialogue, Mediation, Plenary, External }

public enum ConflictStatus { Open, Resolved }

/// <summary>A dispute between parties, moved through the agreement's stages.</summary>
public sealed class ConflictCase : Document
{
    public const string CollectionName = "conflicts";

    public string AgreementId { get; set; } = "";
    public List<string> Parties { get; set; } = new();
    public string Subject { get; set; } = "";
    public string? Clause { get; set; }
    public DateOnly RaisedOn { get; set; }
    public string RaisedBy { get; set; } = "";
    public ConflictStage Stage { get; set; }
    public DateOnly StageDeadline { get; set; }
    public ConflictStatus Status { get; set; }
    public string? Outcome { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    /// <summary>People handling this dispute (besides those the agreement names) who may read its confidential notes.</summary>
    public List<string> Mediators { get; set; } = new();
    public List<StageStep> Steps { get; set; } = new();
    public List<ConflictNote> Notes { get; set; } = new();
}

public sealed class StageStep
{
    public ConflictStage Stage { get; set; }
    public DateOnly From { get; set; }
    public DateOnly Deadline { get; set; }
    public DateOnly? Left { get; set; }
    public string? Note { get; set; }
}

/// <summary>A note on a dispute. Mediation notes are confidential: only the people the agreement names read them.</summary>
public sealed class ConflictNote
{
    public DateOnly On { get; set; }
    public string By { get; set; } = "";
    public ConflictStage Stage { get; set; }
    public bool Confidential { get; set; }
    public string Text { get; set; } = "";
}
