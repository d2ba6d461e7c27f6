using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Meic.Facilitation.Model;
using Calendar = Ical.Net.Calendar;

namespace Meic.Facilitation.Ics;

/// <summary>
/// Writes meetings as an iCalendar (RFC 5545) calendar with Ical.Net; a series becomes one recurring event.
/// Times are written as wall-clock times in the cluster's zone with <c>TZID</c> and a <c>VTIMEZONE</c>, so a
/// weekly 10:00 meeting stays at 10:00 across daylight-saving changes in every calendar client (a UTC
/// recurrence would move by an hour).
/// </summary>
internal sealed class IcsWriter(DateTimeOffset stamp, Func<string?, string> actorName, TimeZoneInfo zone, Func<MeetingKind, string> kindLabel)
{
    /// <summary>An instant as an RFC 5545 UTC date-time (used for RRULE UNTIL, which must be UTC when DTSTART has a zone).</summary>
    public static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public string Write(IEnumerable<Meeting> meetings)
    {
        var calendar = new Calendar { ProductId = "-//MEIC Toolkit//Facilitation 2.0//EN", Method = "PUBLISH" };
        var list = meetings.OrderBy(m => m.Start).ToList();
        if (list.Count > 0)
        {
            // Ical.Net describes the zone from this date up to today, then by its yearly rule; so start it before
            // both the first meeting and today, or a calendar of future meetings gets no rule at all.
            var earliest = list.Min(m => Local(m.SeriesStart ?? m.Start));
            if (Local(stamp) < earliest) earliest = Local(stamp);
            calendar.AddTimeZone(VTimeZone.FromSystemTimeZone(zone, earliest.AddYears(-1), includeHistoricalData: false));
        }
        foreach (var group in list.GroupBy(m => m.SeriesId ?? m.Id))
        {
            var series = group.OrderBy(m => m.SeriesStart ?? m.Start).ToList();
            var first = series[0];
            if (first.SeriesId is not null && first.Recurrence is not null && series.Count > 1)
            {
                calendar.Events.Add(Event(first, first.SeriesUid ?? first.Uid, first.Recurrence, null));
                foreach (var moved in series.Skip(1).Where(m => m.SeriesStart is { } s && (s != m.Start || m.Title != first.Title)))
                    calendar.Events.Add(Event(moved, first.SeriesUid ?? first.Uid, null, moved.SeriesStart));
            }
            else
                foreach (var m in series) calendar.Events.Add(Event(m, m.Uid, null, null));
        }
        var text = new CalendarSerializer(calendar).SerializeToString() ?? "";
        // Ical.Net ends lines with CRLF as RFC 5545 asks; make sure no bare LF slipped in from a description.
        return text.Replace("\r\n", "\n").Replace("\n", "\r\n");
    }

    private CalendarEvent Event(Meeting m, string uid, string? rrule, DateTimeOffset? recurrenceId)
    {
        var e = new CalendarEvent
        {
            Uid = uid,
            DtStamp = new CalDateTime(stamp.UtcDateTime, "UTC"),
            DtStart = At(m.Start),
            DtEnd = At(m.End),
            Summary = m.Title,
            Status = "CONFIRMED",
        };
        if (recurrenceId is { } r) e.RecurrenceIdentifier = new RecurrenceIdentifier(At(r), null);
        if (rrule is not null) e.RecurrenceRule = new RecurrenceRule(rrule);
        if (!string.IsNullOrWhiteSpace(m.Place.Address)) e.Location = m.Place.Address;
        if (!string.IsNullOrWhiteSpace(m.Place.Link) && Uri.TryCreate(m.Place.Link, UriKind.Absolute, out var url)) e.Url = url;
        var description = Description(m);
        if (description.Length > 0) e.Description = description;
        e.Categories.Add(kindLabel(m.Kind)); // shown by calendar clients: a label; the id travels in X-MEIC-KIND
        e.AddProperty("X-MEIC-KIND", Meic.Sdk.Text.Names.Kebab(m.Kind));
        e.AddProperty("X-MEIC-MODE", Meic.Sdk.Text.Names.Kebab(m.Place.Mode));
        return e;
    }

    private DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    private CalDateTime At(DateTimeOffset instant)
    {
        var local = Local(instant);
        return new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zone.Id);
    }

    /// <summary>The agenda with each item's clock time in the cluster's zone ("10:20 Giro di tavolo (20')"), then the invitees.</summary>
    private string Description(Meeting m)
    {
        var sb = new StringBuilder();
        var at = Local(m.Start);
        foreach (var item in m.Agenda)
        {
            sb.Append(at.ToString("HH:mm", CultureInfo.InvariantCulture)).Append(' ').Append(item.Title)
              .Append(CultureInfo.InvariantCulture, $" ({item.Minutes}')");
            if (item.OwnerActorId is not null) sb.Append(" – ").Append(actorName(item.OwnerActorId));
            sb.Append('\n');
            at = at.AddMinutes(item.Minutes);
        }
        if (m.Invited.Count > 0)
            sb.Append('\n').Append(string.Join(", ", m.Invited.Select(i => actorName(i.ActorId)).Distinct()));
        return sb.ToString().TrimEnd('\n');
    }
}
