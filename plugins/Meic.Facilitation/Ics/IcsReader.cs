using System.Globalization;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Meic.Sdk.Errors;
using Meic.Sdk.Files;
using Meic.Sdk.Text;

namespace Meic.Facilitation.Ics;

/// <summary>
/// Reads VEVENTs from an iCalendar file. Two passes: the toolkit's own strict pass over the lines (folding, escapes,
/// BEGIN/END nesting, dates and durations), so every broken line is refused as file:line in the user's language and a
/// refused file changes nothing; then Ical.Net (RFC 5545) expands each series — every RRULE part a calendar program
/// writes (BYDAY, BYMONTHDAY, EXDATE…), in the event's own time zone, so a weekly 10:00 stays at 10:00 across
/// daylight-saving time. A time with no zone is the cluster's.
/// </summary>
internal sealed partial class IcsReader(string where, TimeZoneInfo floatingZone, Strings t)
{
    private sealed record Content(int Line, string Name, Dictionary<string, string> Params, string Value);

    public IReadOnlyList<IcsEvent> Read(string text)
    {
        var events = new List<IcsEvent>();
        var stack = new Stack<(string Name, int Line)>();
        Dictionary<string, Content>? current = null;
        var eventLine = 0;
        var sawCalendar = false;
        foreach (var c in Unfold(text))
        {
            switch (c.Name)
            {
                case "BEGIN":
                    if (stack.Count == 0 && !c.Value.Equals("VCALENDAR", StringComparison.OrdinalIgnoreCase))
                        throw Error(c.Line, t["ics.error.calendarFirst", c.Value]);
                    stack.Push((c.Value.ToUpperInvariant(), c.Line));
                    if (stack.Peek().Name == "VCALENDAR") sawCalendar = true;
                    if (stack.Peek().Name == "VEVENT") { current = new(); eventLine = c.Line; }
                    break;
                case "END":
                    if (stack.Count == 0 || !stack.Peek().Name.Equals(c.Value, StringComparison.OrdinalIgnoreCase))
                        throw Error(c.Line, stack.Count == 0 ? t["ics.error.endWithoutBegin", c.Value] : t["ics.error.endMismatch", c.Value, stack.Peek().Name, stack.Peek().Line]);
                    if (stack.Pop().Name == "VEVENT" && current is not null) { events.Add(ToEvent(current, eventLine)); current = null; }
                    break;
                default:
                    if (stack.Count == 0) throw Error(c.Line, t["ics.error.outside", c.Name]);
                    if (current is not null && stack.Peek().Name == "VEVENT") current.TryAdd(c.Name, c);
                    break;
            }
        }
        if (!sawCalendar) throw new InputException(t["ics.error.notCalendar"], where);
        if (stack.Count > 0) throw Error(stack.Peek().Line, t["ics.error.neverClosed", stack.Peek().Name]);
        return events.Any(e => e.RRule is not null) ? WithSeries(text, events) : events;
    }

    /// <summary>Occurrences beyond this are not generated (an unbounded rule is cut here, with a warning).</summary>
    public const int MaxOccurrences = Recurrence.MaxOccurrences;

    // The starts of each series, from Ical.Net's evaluation of the event as written (DTSTART with its TZID, RRULE,
    // RDATE, EXDATE), capped at MaxOccurrences + 1 so an endless rule is seen as cut.
    private List<IcsEvent> WithSeries(string text, List<IcsEvent> events)
    {
        Ical.Net.Calendar calendar;
        try { calendar = Ical.Net.Calendar.Load(text) ?? throw new FormatException(); }
        catch (Exception e) when (e is not OutOfMemoryException) // deliberate: the strict pass accepted it, so what Ical.Net refuses is reported, never thrown at the host
        {
            throw new InputException(t["ics.error.unreadable", e.Message], where);
        }
        var parsed = calendar.Events.Where(e => e.RecurrenceRule is not null).ToDictionary(e => e.Uid ?? "", StringComparer.Ordinal);
        var result = new List<IcsEvent>(events.Count);
        foreach (var e in events)
        {
            if (e.RRule is null || e.RecurrenceId is not null || !parsed.TryGetValue(e.Uid, out var source)) { result.Add(e); continue; }
            if (source.DtStart is { } start && start.TzId is null && !start.IsUtc && start.HasTime)
                source.DtStart = new CalDateTime(start.Year, start.Month, start.Day, start.Hour, start.Minute, start.Second, floatingZone.Id);
            List<DateTimeOffset> starts;
            try
            {
                starts = source.GetOccurrences(source.DtStart).Take(MaxOccurrences + 1)
                    .Select(o => new DateTimeOffset(DateTime.SpecifyKind(o.Period.StartTime.AsUtc, DateTimeKind.Utc)))
                    .Select(utc => TimeZoneInfo.ConvertTime(utc, floatingZone)).ToList();
            }
            catch (Exception x) when (x is not OutOfMemoryException) // deliberate: a rule Ical.Net cannot evaluate is refused on its line
            {
                throw Error(e.Line, t["ics.error.rrule", e.RRule, x.Message]);
            }
            var cut = starts.Count > MaxOccurrences;
            result.Add(e with { Series = cut ? starts.Take(MaxOccurrences).ToList() : starts, SeriesCut = cut });
        }
        return result;
    }

    private IcsEvent ToEvent(Dictionary<string, Content> p, int line)
    {
        string? Text(string name) => p.TryGetValue(name, out var c) ? IcsText.Unescape(c.Value) : null;
        var uid = Text("UID") ?? throw Error(line, t["ics.error.noUid"]);
        var start = p.TryGetValue("DTSTART", out var s) ? Instant(s) : throw Error(line, t["ics.error.noStart"]);
        DateTimeOffset end;
        if (p.TryGetValue("DTEND", out var e)) end = Instant(e);
        else if (p.TryGetValue("DURATION", out var d)) end = start + Duration(d);
        else end = start + (s.Params.GetValueOrDefault("VALUE") == "DATE" ? TimeSpan.FromDays(1) : TimeSpan.Zero);
        if (end < start) throw Error((p.GetValueOrDefault("DTEND") ?? s).Line, t["ics.error.endsBeforeStart"]);
        return new IcsEvent(line, uid, Text("SUMMARY") ?? "", start, end, Text("LOCATION"), p.GetValueOrDefault("URL")?.Value,
            Text("X-MEIC-KIND") ?? Text("CATEGORIES")?.Split(',')[0], Text("X-MEIC-MODE"), p.GetValueOrDefault("RRULE")?.Value,
            p.TryGetValue("RECURRENCE-ID", out var r) ? Instant(r) : null);
    }

    private DateTimeOffset Instant(Content c)
    {
        var v = c.Value.Trim();
        if (c.Params.GetValueOrDefault("VALUE") == "DATE" || v.Length == 8)
        {
            if (DateTime.TryParseExact(v, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return new DateTimeOffset(day, floatingZone.GetUtcOffset(day));
            throw Error(c.Line, t["ics.error.notDate", c.Name, v]);
        }
        var utc = v.EndsWith('Z');
        if (!DateTime.TryParseExact(utc ? v[..^1] : v, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            throw Error(c.Line, t["ics.error.notDateTime", c.Name, v]);
        if (utc) return new DateTimeOffset(at, TimeSpan.Zero);
        var zone = floatingZone;
        if (c.Params.TryGetValue("TZID", out var tzid))
        {
            try { zone = TimeZoneInfo.FindSystemTimeZoneById(tzid); }
            catch (TimeZoneNotFoundException) { throw Error(c.Line, t["ics.error.zone", c.Name, tzid]); }
        }
        return new DateTimeOffset(at, zone.GetUtcOffset(at));
    }

    private TimeSpan Duration(Content c)
    {
        var m = DurationPattern().Match(c.Value.Trim());
        if (!m.Success) throw Error(c.Line, t["ics.error.duration", c.Value]);
        int N(string g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
        var span = new TimeSpan(N("w") * 7 + N("d"), N("h"), N("m"), N("s"));
        return m.Groups["neg"].Success ? -span : span;
    }

    [GeneratedRegex(@"^(?<neg>-)?\+?P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<m>\d+)M)?(?:(?<s>\d+)S)?)?$")]
    private static partial Regex DurationPattern();

    private IEnumerable<Content> Unfold(string text)
    {
        // Folded lines are joined in a builder (linear), and a logical line is refused as soon as it passes the limit:
        // half a million continuation lines end in milliseconds, not minutes.
        var limits = FileLimits.Current;
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var pending = new System.Text.StringBuilder();
        var hasPending = false;
        var pendingLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t'))
            {
                if (!hasPending) throw Error(i + 1, t["ics.error.continuation"]);
                pending.Append(raw, 1, raw.Length - 1);
                limits.CheckLineLength(pending.Length, where, pendingLine);
                continue;
            }
            if (hasPending) yield return Parse(pending.ToString(), pendingLine);
            pending.Clear().Append(raw);
            hasPending = raw.Length > 0;
            pendingLine = i + 1;
        }
        if (hasPending) yield return Parse(pending.ToString(), pendingLine);
    }

    private Content Parse(string line, int number)
    {
        // NAME *(";" param) ":" value; a quoted parameter value may hold ':' and ';'.
        var quoted = false;
        var colon = -1;
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"') quoted = !quoted;
            else if (line[i] == ':' && !quoted) colon = i;
        }
        if (colon <= 0) throw Error(number, t["ics.error.noColon", Shorten(line)]);
        var head = line[..colon].Split(';');
        var name = head[0].Trim().ToUpperInvariant();
        if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            throw Error(number, t["ics.error.name", Shorten(head[0])]);
        var ps = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in head.Skip(1))
        {
            var eq = p.IndexOf('=');
            if (eq <= 0) throw Error(number, t["ics.error.parameter", Shorten(p)]);
            ps[p[..eq].Trim()] = p[(eq + 1)..].Trim('"');
        }
        return new Content(number, name, ps, line[(colon + 1)..]);
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private InputException Error(int line, string message) => new(message, $"{where}:{line}");
}

