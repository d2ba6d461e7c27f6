namespace Meic.Tui;

/// <summary>
/// Which plugin menus fit on the menu bar at a terminal's width, and which go under "More": with seven plugins in
/// Italian the bar is wider than 80 columns, and a menu cut off at the edge (Help, half a name) cannot be opened.
/// </summary>
internal static class MenuLayout
{
    /// <summary>The columns a menu bar title takes: its text without the hotkey mark, and the space around it.</summary>
    public static int Columns(string title) => title.Replace("_", "", StringComparison.Ordinal).Length + 2;

    /// <summary>
    /// How many of <paramref name="plugins"/>, in order, stand on the bar between <paramref name="first"/> and
    /// <paramref name="last"/>; the rest go under <paramref name="more"/>, which is only shown when something is in it.
    /// </summary>
    public static int Fitting(string first, IReadOnlyList<string> plugins, string last, string more, int width)
    {
        var fixedColumns = 1 + Columns(first) + Columns(last); // the bar starts one column in
        if (fixedColumns + plugins.Sum(Columns) <= width) return plugins.Count;
        var room = width - fixedColumns - Columns(more);
        var count = 0;
        for (var used = 0; count < plugins.Count && used + Columns(plugins[count]) <= room; count++) used += Columns(plugins[count]);
        return count;
    }
}
