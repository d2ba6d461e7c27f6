namespace Meic.Mapping.Domain;

public sealed record ImportRow(int Line, string Action, string? Id, string Name, string? Message);

public sealed record ImportReport(string File, string Encoding, bool DryRun, IReadOnlyList<ImportRow> Rows)
{
    public int Created => Rows.Count(r => r.Action == "create");
    public int Merged => Rows.Count(r => r.Action == "merge");
    public int Rejected => Rows.Count(r => r.Action == "reject");
    public bool Written { get; init; }
}
