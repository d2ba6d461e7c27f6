using System.Globalization;
using System.Text.RegularExpressions;
using Meic.Sdk.Errors;
using Meic.Sdk.Files;

namespace Meic.Facilitation.Ics;

/// <summary>Reads VEVENTs from an iCalendar file; every broken line is reported as file:line.</summary>
internal sealed partial class IcsReader(string where, TimeZoneInfo floatingZone)
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
                        throw Error(c.Line, $"expected BEGIN:VCALENDAR first, found BEGIN:{c.Value}.");
                    stack.Push((c.Value.ToUpperInvariant(), c.Line));
                    if (stack.Peek().Name == "VCALENDAR") sawCalendar = true;
                    if (stack.Peek().Name == "VEVENT") { current = new(); eventLine = c.Line; }
                    break;
                case "END":
                    if (stack.Count == 0 || !stack.Peek().Name.Equals(c.Value, StringComparison.OrdinalIgnoreCase))
                        throw Error(c.Line, stack.Count == 0 ? $"END:{c.Value} without a matching BEGIN." : $"END:{c.Value} closes BEGIN:{stack.Peek().Name} of line {stack.Peek().Line}.");
                    if (stack.Pop().Name == "VEVENT" && current is not null) { events.Add(ToEvent(current, eventLine)); current = null; }
                    break;
                default:
                    if (stack.Count == 0) throw Error(c.Line, $"{c.Name} outside BEGIN:VCALENDAR … END:VCALENDAR.");
                    if (current is not null && stack.Peek().Name == "VEVENT") current.TryAdd(c.Name, c);
                    break;
            }
        }
        if (!sawCalendar) throw new InputException("no BEGIN:VCALENDAR: this is not an iCalendar file.", where);
        if (stack.Count > 0) throw Error(stack.Peek().Line, $"BEGIN:{stack.Peek().Name} is never closed (the file may be cut short).");
        return events;
    }

    private IcsEvent ToEvent(Dictionary<string, Content> p, int line)
    {
        string? Text(string name) => p.TryGetValue(name, out var c) ? IcsText.Unescape(c.Value) : null;
        var uid = Text("UID") ?? throw Error(line, "this VEVENT has no UID.");
        var start = p.TryGetValue("DTSTART", out var s) ? Instant(s) : throw Error(line, "this VEVENT has no DTSTART.");
        DateTimeOffset end;
        if (p.TryGetValue("DTEND", out var e)) end = Instant(e);
        else if (p.TryGetValue("DURATION", out var d)) end = start + Duration(d);
        else end = start + (s.Params.GetValueOrDefault("VALUE") == "DATE" ? TimeSpan.FromDays(1) : TimeSpan.Zero);
        if (end < start) throw Error((p.GetValueOrDefault("DTEND") ?? s).Line, "the event ends before it starts.");
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
            throw Error(c.Line, $"{c.Name}: '{v}' is not a date (expected YYYYMMDD).");
        }
        var utc = v.EndsWith('Z');
        if (!DateTime.TryParseExact(utc ? v[..^1] : v, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            throw Error(c.Line, $"{c.Name}: '{v}' is not a date-time (expected YYYYMMDDTHHMMSS, optionally ending in Z).");
        if (utc) return new DateTimeOffset(t, TimeSpan.Zero);
        var zone = floatingZone;
        if (c.Params.TryGetValue("TZID", out var tzid))
        {
            try { zone = TimeZoneInfo.FindSystemTimeZoneById(tzid); }
            catch (TimeZoneNotFoundException) { throw Error(c.Line, $"{c.Name}: unknown time zone '{tzid}'."); }
        }
        return new DateTimeOffset(t, zone.GetUtcOffset(t));
    }

    private TimeSpan Duration(Content c)
    {
        var m = DurationPattern().Match(c.Value.Trim());
        if (!m.Success) throw Error(c.Line, $"DURATION: '{c.Value}' is not a duration (for example PT1H30M).");
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
                if (!hasPending) throw Error(i + 1, "a continuation line (starting with a space) with no line before it.");
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
        if (colon <= 0) throw Error(number, $"expected NAME:VALUE, found '{Shorten(line)}'.");
        var head = line[..colon].Split(';');
        var name = head[0].Trim().ToUpperInvariant();
        if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
            throw Error(number, $"'{Shorten(head[0])}' is not a property name.");
        var ps = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in head.Skip(1))
        {
            var eq = p.IndexOf('=');
            if (eq <= 0) throw Error(number, $"parameter '{Shorten(p)}' has no '=' value.");
            ps[p[..eq].Trim()] = p[(eq + 1)..].Trim('"');
        }
        return new Content(number, name, ps, line[(colon + 1)..]);
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private InputException Error(int line, string message) => new(message, $"{where}:{line}");
}

