using Meic.Sdk.Model;

namespace Meic.Monitoring.Model;

/// <summary>A period closed to entries after review (collection <c>indicator-locks</c>, id = period).</summary>
public sealed class PeriodLock : Document
{
    public const string CollectionName = "indicator-locks";

    public string Period { get; set; } = "";
    public string LockedBy { get; set; } = "";
    public DateTimeOffset LockedAt { get; set; }
    public string? Note { get; set; }
}
