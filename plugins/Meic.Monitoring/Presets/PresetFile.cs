using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Monitoring.Periods;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Monitoring.Presets;

/// <summary>A file of indicators (templates/clusters/*/monitoring/indicators.json), read and checked before anything is written.</summary>
public static class PresetFile
{
    public static readonly string[] Units = ["count", "percent", "ratio", "score", "days", "people", "hours"];
    public static readonly string[] Periodicities = ["month", "quarter", "half", "year"];

    public static List<Indicator> Load(string file, string? onlySet = null)
    {
        if (!File.Exists(file)) throw new InputException("file not found.", file);
        JToken root;
        try { root = JToken.Parse(File.ReadAllText(file)); }
        catch (JsonReaderException e) { throw new InputException($"not valid JSON: {e.Message}", $"{file}:{e.LineNumber}"); }
        var array = root is JArray a ? a : root["indicators"] as JArray
            ?? throw new InputException("expected an array of indicators, or an object with \"indicators\".", file);
        var list = new List<Indicator>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < array.Count; i++)
        {
            var where = $"{file}: $.indicators[{i}]";
            Indicator ind;
            try { ind = Json.Deserialize<Indicator>(array[i].ToString(Formatting.None)); }
            catch (JsonException e) { throw new InputException(e.Message, where); }
            Validate(ind, where);
            if (!seen.Add(ind.Code)) throw new InputException($"the code '{ind.Code}' appears twice.", where);
            if (onlySet is null || string.Equals(ind.Set, onlySet, StringComparison.OrdinalIgnoreCase)) list.Add(ind);
        }
        if (onlySet is not null && list.Count == 0)
        {
            var sets = string.Join(", ", array.Select(t => (string?)t["set"]).Where(s => s is not null).Distinct());
            throw new InputException($"no indicator belongs to set '{onlySet}'; the file has: {sets}.", "--set");
        }
        return list;
    }

    public static void Validate(Indicator ind, string where)
    {
        if (string.IsNullOrWhiteSpace(ind.Code) || !ind.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            throw new InputException($"expected a code of letters, digits, _ . -; found '{ind.Code}'.", $"{where}.code");
        if (ind.Name.Count == 0) throw new InputException("an indicator needs a name (at least in one language).", $"{where}.name");
        if (ind.Kind is not (IndicatorKinds.Computed or IndicatorKinds.Entered))
            throw new InputException($"expected computed or entered; found '{ind.Kind}'.", $"{where}.kind");
        if (ind.IsComputed && (ind.Compute is null || !Calculators.All.ContainsKey(ind.Compute)))
            throw new InputException($"unknown calculation '{ind.Compute}'; expected one of {string.Join(", ", Calculators.All.Keys)}.", $"{where}.compute");
        if (!Units.Contains(ind.Unit)) throw new InputException($"expected one of {string.Join(", ", Units)}; found '{ind.Unit}'.", $"{where}.unit");
        if (!Periodicities.Contains(ind.Periodicity)) throw new InputException($"expected one of {string.Join(", ", Periodicities)}; found '{ind.Periodicity}'.", $"{where}.periodicity");
        if (ind.Direction is not ("up" or "down")) throw new InputException($"expected up or down; found '{ind.Direction}'.", $"{where}.direction");
        foreach (var period in ind.Targets.Keys)
            if (!Period.TryParse(period, out _)) throw new InputException($"expected a period like 2025, 2025-H1, 2025-Q2 or 2025-06; found '{period}'.", $"{where}.targets");
        ind.Id = ind.Code;
    }
}
