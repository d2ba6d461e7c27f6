namespace Meic.Facilitation.Ics;

/// <summary>One VEVENT read from a calendar file, with the line it began on.</summary>
internal sealed record IcsEvent(int Line, string Uid, string Summary, DateTimeOffset Start, DateTimeOffset End,
    string? Location, string? Url, string? Kind, string? Mode, string? RRule, DateTimeOffset? RecurrenceId)
{
    /// <summary>The starts of a series (RRULE) as Ical.Net expands them, in order; null for a single event.</summary>
    public IReadOnlyList<DateTimeOffset>? Series { get; init; }

    /// <summary>Whether the series had more than <see cref="IcsReader.MaxOccurrences"/> occurrences and was cut.</summary>
    public bool SeriesCut { get; init; }
}
