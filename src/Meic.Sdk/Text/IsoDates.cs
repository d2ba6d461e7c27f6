namespace Meic.Sdk.Text;

/// <summary>
/// Reads the forms the toolkit writes dates (<c>2026-11-22</c>) and instants (<c>2026-11-22T10:30:00.25+01:00</c>,
/// or with <c>Z</c>) in, by hand. The runtime's date parsers build their culture tables on first use, which
/// cost every command 10 ms on start-up for the cluster's creation time and as much again for the
/// actors' stage dates; anything else still goes to them.
/// </summary>
internal static class IsoDates
{
    /// <summary>A <c>yyyy-MM-dd</c> date.</summary>
    public static bool TryParseDate(string s, out DateOnly value)
    {
        value = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>An ISO 8601 instant with seconds, an optional fraction and an offset.</summary>
    public static bool TryParseInstant(string s, out DateTimeOffset value)
    {
        value = default;
        // yyyy-MM-ddTHH:mm:ss is 19 characters, the shortest offset ("Z") one more.
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return false;
        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second)) return false;
        var i = 19;
        long ticks = 0;
        if (s[i] == '.')
        {
            var digits = 0;
            for (i++; i < s.Length && s[i] is >= '0' and <= '9'; i++, digits++)
            {
                if (digits == 7) return false; // finer than a tick: not ours
                ticks = ticks * 10 + (s[i] - '0');
            }
            if (digits == 0) return false;
            for (var d = digits; d < 7; d++) ticks *= 10;
        }
        TimeSpan offset;
        if (i == s.Length - 1 && s[i] == 'Z') offset = TimeSpan.Zero;
        else if (i == s.Length - 6 && s[i] is '+' or '-' && s[i + 3] == ':'
                 && Digits(s, i + 1, 2, out var oh) && Digits(s, i + 4, 2, out var om) && oh <= 14 && om < 60)
            offset = new TimeSpan(s[i] == '-' ? -oh : oh, s[i] == '-' ? -om : om, 0);
        else return false;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || hour > 23 || minute > 59 || second > 59) return false;
        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
            return true;
        }
        catch (ArgumentOutOfRangeException) // outside what DateTimeOffset holds, once the offset is applied
        {
            return false;
        }
    }

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (s[i] is < '0' or > '9') return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }
}
