using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Sdk.Model;

namespace Meic.Monitoring.Tests;

/// <summary>Small builders for in-process tests of the calculations.</summary>
internal static class Build
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static Actor Actor(string id, EngagementStage stage, params string[] areas) =>
        new() { Id = id, Name = id.ToUpperInvariant(), Stage = stage, Areas = areas.ToList(), Sector = Sector.ThirdSector };

    public static MeetingDoc Meeting(string id, string start, string kind = "plenary", params (string Actor, bool Present)[] attendance) => new()
    {
        Id = id, Kind = kind, Start = start + "T10:00:00Z", Status = "closed",
        Attendance = attendance.Select(a => new AttendanceDoc { ActorId = a.Actor, Present = a.Present }).ToList(),
    };

    public static MeetingDoc Scored(string id, string start, double score)
    {
        var m = Meeting(id, start);
        m.Pulse.Add(new PulseDoc { Openness = score, Balance = score, Usefulness = score, Trust = score });
        return m;
    }

    public static Indicator Entered(string code, string unit = "people", bool cumulative = true, params string[] dims) =>
        new() { Id = code, Code = code, Kind = IndicatorKinds.Entered, Unit = unit, Cumulative = cumulative, Disaggregations = dims.ToList(), Name = new LocalizedText { ["en"] = code } };

    public static IndicatorValue Value(string code, string period, double? value, params (string K, string V)[] disagg) => new()
    {
        IndicatorCode = code, Period = period, Value = value,
        Disaggregation = new SortedDictionary<string, string>(disagg.ToDictionary(d => d.K, d => d.V), StringComparer.Ordinal),
    };

    public static DateRange Year(int y) => new(new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1));
}
