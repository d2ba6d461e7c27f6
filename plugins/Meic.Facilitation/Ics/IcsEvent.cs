namespace Meic.Facilitation.Ics;

/// <summary>One VEVENT read from a calendar file, with the line it began on.</summary>
internal sealed record IcsEvent(int Line, string Uid, string Summary, DateTimeOffset Start, DateTimeOffset End,
    string? Location, string? Url, string? Kind, string? Mode, string? RRule, DateTimeOffset? RecurrenceId);
