using Meic.Sdk.Text;

namespace Meic.Sdk.Screens;

/// <summary>
/// A filtered, sortable, scrollable table of records with the selected record's detail beside or below it. The shell
/// gives it arrows, PgUp/PgDn, Home/End and the mouse wheel, filter-as-you-type over every cell (case and accents
/// ignored), sorting by any column, a remembered position, and the actions on their keys.
/// </summary>
public sealed class ListScreen : ScreenView
{
    /// <summary>The columns, in order.</summary>
    public required IReadOnlyList<ListColumn> Columns { get; init; }

    /// <summary>Reads the rows; called when the screen opens and again after every action, so it always shows the store.</summary>
    public required Func<IReadOnlyList<ListRow>> Rows { get; init; }

    /// <summary>The detail of the selected row (several lines of text), or null for none.</summary>
    public Func<ListRow, string>? Detail { get; init; }

    /// <summary>
    /// Work too slow for the keys to wait on (network metrics over thousands of ties). The shell runs it off the UI
    /// thread each time it has read <see cref="Rows"/>, shows <see cref="Working"/> with the progress reported while it
    /// runs (in place of the rows while there are none, above the detail otherwise), keeps every key working, and
    /// cancels it when the user leaves; a result that comes after that is dropped. It returns the rows to show in place
    /// of those <see cref="Rows"/> gave (a table of what it computed), or null to keep them and draw the detail again
    /// (a detail that shows what it computed). It runs beside the UI thread: read the store in <see cref="Rows"/> and
    /// compute here over what was read, never the store itself.
    /// </summary>
    public Func<ScreenWork, IReadOnlyList<ListRow>?>? Background { get; init; }

    /// <summary>What <see cref="Background"/> is doing, in the user's language (“Calcolo delle metriche”), shown with how far it has come.</summary>
    public string? Working { get; init; }

    /// <summary>What to say when there are no rows (for example how to add the first one).</summary>
    public string? Empty { get; init; }

    /// <summary>
    /// Whether <paramref name="row"/> matches what the user typed in the filter: every word of <paramref name="filter"/>
    /// appears in a cell or in <see cref="ListRow.Keywords"/>, case and accents ignored (<c>caritas roma</c> finds
    /// “Caritas di Roma”, <c>asociacion</c> finds “Asociación”).
    /// </summary>
    public static bool Matches(ListRow row, string filter)
    {
        if (string.IsNullOrWhiteSpace(filter)) return true;
        var haystack = Folding.Key(string.Join(" ", row.Cells) + " " + row.Keywords);
        return filter.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => haystack.Contains(Folding.Key(word), StringComparison.Ordinal));
    }
}
