using System.Globalization;
using System.Text;
using Meic.Facilitation.Model;

namespace Meic.Facilitation.Ics;

/// <summary>Writes meetings as an iCalendar (RFC 5545) calendar; a series becomes one recurring event.</summary>
internal sealed class IcsWriter(DateTimeOffset stamp, Func<string?, string> actorName)
{
    private readonly StringBuilder _out = new();

    public static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public string Write(IEnumerable<Meeting> meetings)
    {
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//MEIC Toolkit//Facilitation 1.0//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        foreach (var group in meetings.OrderBy(m => m.Start).GroupBy(m => m.SeriesId ?? m.Id))
        {
            var list = group.OrderBy(m => m.SeriesStart ?? m.Start).ToList();
            var first = list[0];
            if (first.SeriesId is not null && first.Recurrence is not null && list.Count > 1)
            {
                Event(first, first.SeriesUid ?? first.Uid, first.Recurrence, null);
                foreach (var moved in list.Skip(1).Where(m => m.SeriesStart is { } s && (s != m.Start || m.Title != first.Title)))
                    Event(moved, first.SeriesUid ?? first.Uid, null, moved.SeriesStart);
            }
            else
                foreach (var m in list) Event(m, m.Uid, null, null);
        }
        Line("END:VCALENDAR");
        return _out.ToString();
    }

    private void Event(Meeting m, string uid, string? rrule, DateTimeOffset? recurrenceId)
    {
        Line("BEGIN:VEVENT");
        Line("UID:" + uid);
        Line("DTSTAMP:" + Utc(stamp));
        Line("DTSTART:" + Utc(m.Start));
        Line("DTEND:" + Utc(m.End));
        if (recurrenceId is { } r) Line("RECURRENCE-ID:" + Utc(r));
        if (rrule is not null) Line("RRULE:" + rrule);
        Line("SUMMARY:" + IcsText.Escape(m.Title));
        if (!string.IsNullOrWhiteSpace(m.Place.Address)) Line("LOCATION:" + IcsText.Escape(m.Place.Address!));
        if (!string.IsNullOrWhiteSpace(m.Place.Link)) Line("URL:" + m.Place.Link);
        var description = Description(m);
        if (description.Length > 0) Line("DESCRIPTION:" + IcsText.Escape(description));
        Line("CATEGORIES:" + IcsText.Escape(Meic.Sdk.Text.Names.Kebab(m.Kind)));
        Line("STATUS:CONFIRMED");
        Line("X-MEIC-KIND:" + Meic.Sdk.Text.Names.Kebab(m.Kind));
        Line("X-MEIC-MODE:" + Meic.Sdk.Text.Names.Kebab(m.Place.Mode));
        Line("END:VEVENT");
    }

    private string Description(Meeting m)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (var item in m.Agenda)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{at / 60}:{at % 60:00} {item.Title} ({item.Minutes}')");
            if (item.OwnerActorId is not null) sb.Append(" – ").Append(actorName(item.OwnerActorId));
            sb.Append('\n');
            at += item.Minutes;
        }
        if (m.Invited.Count > 0)
            sb.Append('\n').Append(string.Join(", ", m.Invited.Select(i => actorName(i.ActorId)).Distinct()));
        return sb.ToString().TrimEnd('\n');
    }

    private void Line(string content) => _out.Append(IcsText.Fold(content));
}
