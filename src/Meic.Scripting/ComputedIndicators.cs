using System.Globalization;
using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;

namespace Meic.Scripting;

/// <summary>A value of an indicator, as the monitoring contract stores it (<c>indicator-values</c>).</summary>
public sealed class IndicatorValue : Document
{
    /// <summary>The collection name.</summary>
    public const string CollectionName = "indicator-values";
    /// <summary>The indicator's code.</summary>
    public string IndicatorCode { get; set; } = "";
    /// <summary>The reporting period (for example 2026-Q1).</summary>
    public string Period { get; set; } = "";
    /// <summary>The value.</summary>
    public double Value { get; set; }
    /// <summary>Breakdown dimensions (none for script values).</summary>
    public Dictionary<string, string> Disaggregation { get; set; } = new();
    /// <summary>Who (or which script) entered it.</summary>
    public string EnteredBy { get; set; } = "";
}

/// <summary>One computed indicator's result.</summary>
public sealed record ComputedValue(string Code, string Script, string Period, double Value);

/// <summary>Computed indicators written as scripts and registered in toolkit.json (<c>scripts.indicators</c>): each returns a number.</summary>
public sealed class ComputedIndicators(MeicContext context)
{
    /// <summary>Runs every registered indicator script (or just <paramref name="only"/>); the first failure stops with its report.</summary>
    public (IReadOnlyList<ComputedValue> Values, int ExitCode) Compute(string period, string? only, TextWriter errors)
    {
        var config = context.RequireWorkspace().Config.Scripts;
        if (config.Indicators.Count == 0)
            throw Meic.Core.Hosting.Worded.Input("script.indicators.none", "toolkit.json");
        if (only is not null && !config.Indicators.ContainsKey(only))
            throw Meic.Core.Hosting.Worded.Input("script.indicators.unknown", "--code", only, string.Join(", ", config.Indicators.Keys));
        var values = new List<ComputedValue>();
        foreach (var (code, script) in config.Indicators.Where(kv => only is null || kv.Key == only))
        {
            var file = Path.Combine(context.WorkspaceDirectory, script);
            var outcome = new ScriptHost(context, config).Run(new ScriptInvocation(file, [period]) { Period = period });
            var exit = ScriptReport.Write(outcome, config, errors, context.Verbose, context.Strings["script.indicator.label", code, script], context.Strings);
            if (exit != 0) return (values, exit);
            if (!TryNumber(outcome.Value, out var value))
                throw Meic.Core.Hosting.Worded.Input("script.indicators.notNumber", script, Describe(outcome.Value));
            values.Add(new ComputedValue(code, script, period, value));
        }
        return (values, 0);
    }

    /// <summary>Stores the values in <c>indicator-values</c>, replacing earlier script values for the same code and period, in one transaction.</summary>
    public void Save(IReadOnlyList<ComputedValue> values)
    {
        var store = context.Store;
        var collection = store.Collection<IndicatorValue>(IndicatorValue.CollectionName);
        using var tx = store.BeginTransaction();
        foreach (var v in values)
        {
            var id = $"{v.Code}-{v.Period}-script";
            var existing = collection.Get(id);
            var doc = new IndicatorValue { Id = id, IndicatorCode = v.Code, Period = v.Period, Value = v.Value, EnteredBy = "script:" + v.Script };
            if (existing is null) collection.Insert(doc);
            else { doc.Version = existing.Version; collection.Update(doc); }
        }
        tx.Commit();
    }

    private static bool TryNumber(object? value, out double number)
    {
        number = 0;
        if (value is null or string or bool) return false;
        try { number = Convert.ToDouble(value, CultureInfo.InvariantCulture); return true; }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException) { return false; }
    }

    private static string Describe(object? value) => value is null ? "nothing" : $"a {value.GetType().Name}";
}
