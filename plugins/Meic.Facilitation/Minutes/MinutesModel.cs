namespace Meic.Facilitation.Minutes;

/// <summary>What the minutes template sees: plain strings, already localised and formatted.</summary>
public sealed class MinutesModel
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Date { get; set; } = "";
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public string Place { get; set; } = "";
    public string? Facilitator { get; set; }
    public string? NoteTaker { get; set; }
    public string Approval { get; set; } = "";
    public List<OrganisationLine> Organisations { get; set; } = new();
    /// <summary>The invited organisations neither present nor excused.</summary>
    public string? Apologies { get; set; }
    /// <summary>The organisations that sent apologies.</summary>
    public string? Excused { get; set; }
    public int PeoplePresent { get; set; }
    public List<ItemLine> Items { get; set; } = new();
    public List<DecisionLine> Decisions { get; set; } = new();
    public List<ActionLine> Actions { get; set; } = new();
    public PulseLine? Pulse { get; set; }
    /// <summary>Whether the minutes are approved: the signature lines then give way to the approval.</summary>
    public bool Approved { get; set; }
}

public sealed record OrganisationLine(string Name, string? People);
public sealed record ItemLine(int Number, string Title, int Minutes, string? Owner, string? Format, string? Summary);
public sealed record DecisionLine(string Method, string Proposal, string Outcome, string? Objections, string? ReviewDate);
public sealed record ActionLine(string What, string Owner, string? Due, string Status);
public sealed record PulseLine(string Responses, string Openness, string Balance, string Usefulness, string Trust, string? Remarks);
