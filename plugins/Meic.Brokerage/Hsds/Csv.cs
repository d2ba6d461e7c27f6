using System.Text;

namespace Meic.Brokerage.Hsds;

/// <summary>
/// RFC 4180 CSV, small and strict: quoted fields may hold commas, quotes and line breaks.
/// (CsvHelper 34 here ships a reworked API; the directory's one sheet does not need it.)
/// </summary>
public static class Csv
{
    public static string Field(string? value)
    {
        value ??= "";
        return value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields) => writer.Write(string.Join(",", fields.Select(Field)) + "\r\n");

    /// <summary>The rows of <paramref name="text"/>, each with the line it starts on (1-based).</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(string text, char delimiter = ',')
    {
        var fields = new List<string>(); var field = new StringBuilder();
        int line = 1, start = 1; var quoted = false; var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            if (c == '"' && field.Length == 0) { quoted = true; any = true; }
            else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); any = true; }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (any || field.Length > 0) { fields.Add(field.ToString()); yield return (start, fields); }
                fields = new List<string>(); field.Clear(); any = false; line++; start = line;
            }
            else { field.Append(c); any = true; }
        }
        if (quoted) throw new FormatException($"a quoted field opened on line {start} is never closed");
        if (any || field.Length > 0) { fields.Add(field.ToString()); yield return (start, fields); }
    }

    /// <summary>Comma, semicolon (Italian and Spanish spreadsheets) or tab, whichever the header uses most.</summary>
    public static char Detect(string text)
    {
        var header = text.Split('\n', 2)[0];
        return new[] { ',', ';', '\t' }.OrderByDescending(d => header.Count(c => c == d)).First();
    }
}
