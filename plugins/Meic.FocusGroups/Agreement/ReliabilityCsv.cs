using System.Globalization;
using Meic.Sdk.Tables;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Agreement;

/// <summary>Reads reliability data from a CSV, TSV or .xlsx with columns <c>unit,coder,value</c>, one row per judgement.</summary>
public static class ReliabilityCsv
{
    /// <summary>unit, coder and value, with the column names people use in Italian and Spanish.</summary>
    public static TableSchema Schema(Strings s) => new(s["import.what.reliability"],
    [
        new TableField("unit", true, "unità", "unidad", "segmento", "segment"),
        new TableField("coder", true, "codificatore", "codificador", "codificatrice", "codificadora"),
        new TableField("value", true, "valore", "valor", "codice", "código", "code"),
    ]);

    /// <summary>Reads <paramref name="path"/> through the SDK's one table reader (encoding, separator, strict quotes).</summary>
    public static ReliabilityData Read(string path, Metric metric, string language = "en")
    {
        var s = Commands.Ui.S(language);
        var table = TableReader.Read(path, language);
        var columns = ColumnMapping.Resolve(table, Schema(s), [], [], language);
        var rows = new List<(string, string, string)>();
        foreach (var row in table.Rows)
        {
            var where = $"{path}:{row.Line}";
            string unit = columns.Get(row, "unit"), coder = columns.Get(row, "coder"), value = columns.Get(row, "value");
            if (unit.Length == 0 || coder.Length == 0) throw new InputException(s["refuse.unitCoder"], where);
            if (value.Length == 0 || value is "NA" or "." or "*") continue; // a missing judgement
            if (metric != Metric.Nominal && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                throw new InputException(s["refuse.metricNumber", TableText.Excerpt(value), s[$"choice.{metric.ToString().ToLowerInvariant()}"]], where);
            rows.Add((unit, coder, value));
        }
        var coders = rows.Select(r => r.Item2).Distinct().Count();
        if (coders < 2) throw new InputException(s["refuse.twoCodersFile", coders], path);
        try { return ReliabilityData.FromJudgements(rows); }
        catch (ArgumentException e) { throw new InputException(e.Message, path, e); }
    }
}
