using System.Globalization;
using System.Text;
using Meic.Sdk.Errors;

namespace Meic.FocusGroups.Agreement;

/// <summary>Reads reliability data from a CSV with columns <c>unit,coder,value</c>, one row per judgement (comma or semicolon, RFC 4180 quoting).</summary>
public static class ReliabilityCsv
{
    public static ReliabilityData Read(string path, Metric metric)
    {
        if (!File.Exists(path)) throw new InputException("file not found.", path);
        var records = Parse(TextSourceNormalize(Meic.Sdk.Files.LimitedText.ReadAllText(path)), path);
        if (records.Count == 0) throw new InputException("the file is empty; expected a header unit,coder,value.", path);
        var header = records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int u = Array.IndexOf(header, "unit"), c = Array.IndexOf(header, "coder"), v = Array.IndexOf(header, "value");
        if (u < 0 || c < 0 || v < 0) throw new InputException("the header must name the columns unit, coder and value.", $"{path}:1");
        var rows = new List<(string, string, string)>();
        foreach (var (line, fields) in records.Skip(1))
        {
            string Get(int i) => i < fields.Count ? fields[i].Trim() : "";
            string unit = Get(u), coder = Get(c), value = Get(v);
            if (unit.Length == 0 && coder.Length == 0 && value.Length == 0) continue;
            if (unit.Length == 0 || coder.Length == 0) throw new InputException("a row needs a unit and a coder.", $"{path}:{line}");
            if (value.Length == 0 || value is "NA" or "." or "*") continue; // a missing judgement
            if (metric != Metric.Nominal && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                throw new InputException($"'{value}' is not a number; the {metric.ToString().ToLowerInvariant()} metric needs numbers.", $"{path}:{line}");
            rows.Add((unit, coder, value));
        }
        var coders = rows.Select(r => r.Item2).Distinct().Count();
        if (coders < 2) throw new InputException($"reliability needs at least two coders; the file has {coders}.", path);
        try { return ReliabilityData.FromJudgements(rows); }
        catch (ArgumentException e) { throw new InputException(e.Message, path, e); }
    }

    private static string TextSourceNormalize(string text) => Transcripts.TextSource.Normalize(text);

    /// <summary>Records with the line each starts on.</summary>
    public static List<(int Line, List<string> Fields)> Parse(string text, string where)
    {
        var firstLine = text.IndexOf('\n') is var nl and >= 0 ? text[..nl] : text;
        var sep = firstLine.Count(ch => ch == ';') > firstLine.Count(ch => ch == ',') ? ';' : ',';
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; field.Append(ch); }
            }
            else if (ch == '"' && field.Length == 0) quoted = true;
            else if (ch == sep) { fields.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n')
            {
                fields.Add(field.ToString()); field.Clear();
                if (fields.Count > 1 || fields[0].Length > 0) records.Add((start, fields));
                fields = new List<string>(); line++; start = line;
            }
            else field.Append(ch);
        }
        if (quoted) throw new InputException("a quoted field is not closed.", $"{where}:{start}");
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); records.Add((start, fields)); }
        return records;
    }
}
