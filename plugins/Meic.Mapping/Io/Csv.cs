using System.Text;

namespace Meic.Mapping.Io;

/// <summary>RFC 4180 CSV: quoted fields may hold the delimiter, quotes ("") and line breaks.</summary>
public static class Csv
{
    /// <summary>Parses <paramref name="text"/> into records with the 1-based line each starts on.</summary>
    public static List<(int Line, string[] Cells)> Parse(string text, char delimiter)
    {
        var records = new List<(int, string[])>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                    else quoted = false;
                }
                else { if (c == '\n') line++; cell.Append(c); }
                continue;
            }
            if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == delimiter) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n')
            {
                cells.Add(cell.ToString()); cell.Clear();
                records.Add((start, cells.ToArray())); cells.Clear();
                line++; start = line;
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0) { cells.Add(cell.ToString()); records.Add((start, cells.ToArray())); }
        return records;
    }

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
