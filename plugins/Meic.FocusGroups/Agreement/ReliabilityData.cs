namespace Meic.FocusGroups.Agreement;

/// <summary>
/// Reliability data: units judged by coders, each judgement a value or missing.
/// A unit may carry a weight (how many identical units it stands for), so that runs of
/// identically coded characters count as many units without being stored one by one.
/// </summary>
public sealed class ReliabilityData
{
    private readonly Dictionary<string, int> _coderIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _valueIndex = new(StringComparer.Ordinal);
    private readonly List<string> _coders = new();
    private readonly List<string> _values = new();
    private readonly List<Unit> _units = new();

    /// <summary>One unit: the value index each coder gave (-1 when missing) and its weight.</summary>
    public sealed record Unit(string Id, int[] Values, long Weight);

    public IReadOnlyList<string> Coders => _coders;
    public IReadOnlyList<string> Values => _values;
    public IReadOnlyList<Unit> Units => _units;

    public ReliabilityData(IEnumerable<string> coders)
    {
        foreach (var c in coders) CoderIndex(c);
    }

    public int CoderIndex(string coder)
    {
        if (_coderIndex.TryGetValue(coder, out var i)) return i;
        if (_units.Count > 0) throw new InvalidOperationException("declare every coder before adding units");
        _coderIndex[coder] = _coders.Count;
        _coders.Add(coder);
        return _coders.Count - 1;
    }

    public int ValueIndex(string value)
    {
        if (_valueIndex.TryGetValue(value, out var i)) return i;
        _valueIndex[value] = _values.Count;
        _values.Add(value);
        return _values.Count - 1;
    }

    /// <summary>Adds a unit; <paramref name="values"/> holds one entry per coder, null when that coder gave no value.</summary>
    public void Add(string id, IReadOnlyList<string?> values, long weight = 1)
    {
        if (values.Count != _coders.Count) throw new ArgumentException($"expected {_coders.Count} values, got {values.Count}");
        if (weight <= 0) return;
        var row = new int[values.Count];
        for (var i = 0; i < values.Count; i++) row[i] = values[i] is null ? -1 : ValueIndex(values[i]!);
        _units.Add(new Unit(id, row, weight));
    }

    /// <summary>Builds data from judgements (unit, coder, value); a missing judgement is simply absent.</summary>
    public static ReliabilityData FromJudgements(IEnumerable<(string Unit, string Coder, string Value)> judgements)
    {
        var list = judgements.ToList();
        var coders = list.Select(j => j.Coder).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var data = new ReliabilityData(coders);
        var byUnit = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (unit, coder, value) in list)
        {
            if (!byUnit.TryGetValue(unit, out var row)) { row = new string?[coders.Count]; byUnit[unit] = row; order.Add(unit); }
            var ci = coders.IndexOf(coder);
            if (row[ci] is not null && row[ci] != value)
                throw new ArgumentException($"coder '{coder}' gave unit '{unit}' two different values ('{row[ci]}' and '{value}')");
            row[ci] = value;
        }
        foreach (var unit in order) data.Add(unit, byUnit[unit]);
        return data;
    }

    /// <summary>Numeric value of each distinct value, for interval, ratio and ordinal metrics.</summary>
    public double[] NumericValues()
    {
        var result = new double[_values.Count];
        for (var i = 0; i < _values.Count; i++)
        {
            if (!double.TryParse(_values[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out result[i]))
                throw new FormatException($"the value '{_values[i]}' is not a number; use the nominal metric for categories");
        }
        return result;
    }
}
