namespace Meic.Sdk.Screens;

/// <summary>One record in a <see cref="ListScreen"/>.</summary>
/// <param name="Id">The record's id: what actions and commands use; not shown unless it is also a cell.</param>
/// <param name="Cells">The words shown, one per column, in the user's language (labels, never vocabulary ids).</param>
public sealed record ListRow(string Id, IReadOnlyList<string> Cells)
{
    /// <summary>The record itself (or anything the plugin wants back in its actions and detail).</summary>
    public object? Item { get; init; }

    /// <summary>Words the filter also matches, beyond the cells (for example an organisation's acronym).</summary>
    public string? Keywords { get; init; }
}
