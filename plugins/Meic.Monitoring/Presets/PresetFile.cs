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

    public static List<Indicator> Load(string file, ILocalizer s, string? onlySet = null)
    {
        if (!File.Exists(file)) throw new InputException(s["refuse.noFile"], file);
        JToken root;
        try { root = JToken.Parse(File.ReadAllText(file)); }
        catch (JsonReaderException e) { throw new InputException(s["refuse.json", e.Message], $"{file}:{e.LineNumber}"); }
        var array = root is JArray a ? a : root["indicators"] as JArray
            ?? throw new InputException(s["refuse.presetShape"], file);
        var list = new List<Indicator>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < array.Count; i++)
        {
            var where = $"{file}: $.indicators[{i}]";
            Indicator ind;
            try { ind = Json.Deserialize<Indicator>(array[i].ToString(Formatting.None)); }
            catch (JsonException e) { throw new InputException(e.Message, where); }
            Validate(ind, where, s);
            if (!seen.Add(ind.Code)) throw new InputException(s["refuse.codeTwice", ind.Code], where);
            if (onlySet is null || string.Equals(ind.Set, onlySet, StringComparison.OrdinalIgnoreCase)) list.Add(ind);
        }
        if (onlySet is not null && list.Count == 0)
        {
            var sets = string.Join(", ", array.Select(t => (string?)t["set"]).Where(x => x is not null).Distinct());
            throw new InputException(s["refuse.noSet", onlySet, sets], "--set");
        }
        return list;
    }

    public static void Validate(Indicator ind, string where, ILocalizer s)
    {
        if (string.IsNullOrWhiteSpace(ind.Code) || !ind.Code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            throw new InputException(s["refuse.codeShape", ind.Code], $"{where}.code");
        if (ind.Name.Count == 0) throw new InputException(s["refuse.indicatorName"], $"{where}.name");
        if (ind.Kind is not (IndicatorKinds.Computed or IndicatorKinds.Entered))
            throw new InputException(s["refuse.oneOf", $"{s["kind.computed"]} (computed), {s["kind.entered"]} (entered)", ind.Kind], $"{where}.kind");
        if (ind.IsComputed && (ind.Compute is null || !Calculators.All.ContainsKey(ind.Compute)))
            throw new InputException(s["refuse.calculation", ind.Compute, string.Join(", ", Calculators.All.Keys)], $"{where}.compute");
        if (!Units.Contains(ind.Unit)) throw new InputException(s["refuse.oneOf", string.Join(", ", Units), ind.Unit], $"{where}.unit");
        if (!Periodicities.Contains(ind.Periodicity)) throw new InputException(s["refuse.oneOf", string.Join(", ", Periodicities.Select(k => $"{s[$"periodKind.{k}"]} ({k})")), ind.Periodicity], $"{where}.periodicity");
        if (ind.Direction is not ("up" or "down")) throw new InputException(s["refuse.oneOf", $"{s["direction.up"]} (up), {s["direction.down"]} (down)", ind.Direction], $"{where}.direction");
        foreach (var period in ind.Targets.Keys)
            if (!Period.TryParse(period, out _)) throw new InputException(s["refuse.periodCode", period], $"{where}.targets");
        ind.Id = ind.Code;
    }
}
