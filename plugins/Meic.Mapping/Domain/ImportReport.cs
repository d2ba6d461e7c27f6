using Meic.Sdk.Tables;

namespace Meic.Mapping.Domain;

/// <summary>What one row became: "create", "update", "unchanged", "merge" (only with --merge-duplicates) or "reject".</summary>
public sealed record ImportRow(int Line, string Action, string? Id, string Name, string? Message);

/// <summary>A probable duplicate found while importing: the row, the actor (stored or another row) it resembles, and why.</summary>
public sealed record ImportDuplicate(int Line, string Name, string? Id, string OtherId, string OtherName, int? OtherLine, string Why, bool Merged);

public sealed record ImportReport(string File, string Encoding, bool DryRun, IReadOnlyList<ImportRow> Rows)
{
    public int Created => Rows.Count(r => r.Action == "create");
    public int Updated => Rows.Count(r => r.Action == "update");
    public int Unchanged => Rows.Count(r => r.Action == "unchanged");
    public int Merged => Rows.Count(r => r.Action == "merge");
    public int Rejected => Rows.Count(r => r.Action == "reject");
    public bool Written { get; init; }
    public IReadOnlyList<ColumnUse> Columns { get; init; } = [];
    public IReadOnlyList<ImportDuplicate> Duplicates { get; init; } = [];
    public string? ImportId { get; init; }

    /// <summary>The one-line summary in <paramref name="text"/>'s language, each count with its right plural ("1 respinta", "3 respinte").</summary>
    public string Summary(Meic.Sdk.Text.Strings text) => text["import.summary", File, Created, Updated, text.Plural("import.unchanged", Unchanged), Merged,
        text.Plural("import.rejected", Rejected), Encoding, text.Plural("import.duplicates", Duplicates.Count)];
}
