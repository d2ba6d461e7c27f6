using Meic.Sdk.Model;

namespace Meic.Monitoring.Model;

/// <summary>A value entered by a partner for one period (collection <c>indicator-values</c>).</summary>
public sealed class IndicatorValue : Document
{
    public const string CollectionName = "indicator-values";

    public string IndicatorCode { get; set; } = "";
    public string Period { get; set; } = "";
    /// <summary>The value; for a ratio, numerator / denominator (null when the denominator is zero).</summary>
    public double? Value { get; set; }
    public double? Numerator { get; set; }
    public double? Denominator { get; set; }
    /// <summary>The partner (actor id) the value is reported for, when partner-scoped.</summary>
    public string? ActorId { get; set; }
    /// <summary>Dimension → option (sex → female); empty for the total.</summary>
    public SortedDictionary<string, string> Disaggregation { get; set; } = new(StringComparer.Ordinal);
    public string EnteredBy { get; set; } = "";
    public DateTimeOffset EnteredAt { get; set; }
    public string? Note { get; set; }

    public static string KeyOf(string code, string period, string? actorId, IReadOnlyDictionary<string, string> disaggregation)
    {
        var parts = string.Join(";", disaggregation.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        var raw = $"{code}|{period}|{actorId}|{parts}".ToLowerInvariant();
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(raw)))[..16].ToLowerInvariant();
        return $"{code.ToLowerInvariant()}-{period.ToLowerInvariant()}-{hash}";
    }
}
