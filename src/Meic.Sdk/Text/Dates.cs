using System.Globalization;
using Meic.Sdk.Errors;

namespace Meic.Sdk.Text;

/// <summary>
/// The toolkit's one date parser and its date wording. Input is read as people in Italy and Spain write dates,
/// <c>20/03/2027</c> (also <c>20.03.2027</c>, <c>20-03-2027</c>, one-digit days and months), and as the toolkit and
/// spreadsheets write them, <c>2027-03-20</c>, or as one of the toolkit's own instants (<c>2027-03-20T10:30:00+01:00</c>);
/// never month first, never a two-digit year. Output follows the language: <c>1° gennaio 2027</c>,
/// <c>1 de enero de 2027</c>, <c>1 January 2027</c>; the words come from the SDK's string tables.
/// </summary>
public static class Dates
{
    /// <summary>Reads a date: <c>dd/mm/yyyy</c> (or with <c>.</c> or <c>-</c>), <c>yyyy-mm-dd</c>, or the date of an ISO instant as written.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        if (IsoDates.TryParseDate(t, out date)) return true;
        if (IsoDates.TryParseInstant(t, out var instant)) { date = DateOnly.FromDateTime(instant.DateTime); return true; }
        return TryDayFirst(t, out date, out _);
    }

    /// <summary>Reads a date or refuses it with an <see cref="InputException"/> (exit 2) worded in <paramref name="language"/>, naming the accepted forms.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="language">The user's language.</param>
    /// <param name="where">The file, line or option the text came from, when known.</param>
    public static DateOnly Parse(string text, string language, string? where = null)
    {
        if (TryParse(text, out var date)) return date;
        throw new InputException(Refusal(text, language), where);
    }

    /// <summary>The refusal <see cref="Parse"/> throws for <paramref name="text"/>, for callers that report it themselves.</summary>
    public static string Refusal(string text, string language)
    {
        var s = SdkText.For(language);
        var t = text.Trim();
        return Shaped(t) ? s["date.noSuchDay", t] : s["date.invalid", t];
    }

    /// <summary>
    /// Reads a date and a time of day with no offset (a meeting's start in the cluster's own time zone):
    /// the date in any form <see cref="TryParse"/> reads, then a space or <c>T</c>, then <c>hh:mm</c>, <c>hh.mm</c> or
    /// <c>hh:mm:ss</c>, optionally after <c>ore</c>/<c>alle</c>/<c>a las</c> (<c>20/03/2027 10:00</c>, <c>20/03/2027 ore 10.00</c>,
    /// <c>2027-03-20T10:00</c>). The result's kind is <see cref="DateTimeKind.Unspecified"/>.
    /// </summary>
    public static bool TryParseDateTime(string? text, out DateTime local)
    {
        local = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim();
        var split = t.IndexOfAny([' ', 'T']);
        if (split < 0) return false;
        var datePart = t[..split];
        var timePart = t[(split + 1)..].Trim();
        if (!IsoDates.TryParseDate(datePart, out var date) && !TryDayFirst(datePart, out date, out _)) return false;
        if (!TryTime(timePart, out var time)) return false;
        local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Reads a date and time as <see cref="TryParseDateTime"/> does, or refuses it (exit 2) in <paramref name="language"/>.</summary>
    public static DateTime ParseDateTime(string text, string language, string? where = null)
    {
        if (TryParseDateTime(text, out var local)) return local;
        throw new InputException(SdkText.For(language)["date.invalidDateTime", text.Trim()], where);
    }

    /// <summary>Reads one of the toolkit's own instants: ISO 8601 with seconds and an offset (<c>2027-03-20T10:30:00+01:00</c>, or <c>Z</c>).</summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        return !string.IsNullOrWhiteSpace(text) && IsoDates.TryParseInstant(text.Trim(), out instant);
    }

    /// <summary>The date as the toolkit stores and exports it: <c>yyyy-mm-dd</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The date in words in <paramref name="language"/>: <c>1° gennaio 2027</c>, <c>5 febbraio 2027</c>, <c>1 de enero de 2027</c>, <c>1 January 2027</c>.</summary>
    public static string Format(DateOnly date, string language)
    {
        var s = SdkText.For(language);
        var day = date.Day == 1 ? s["date.firstDay"] : date.Day.ToString(CultureInfo.InvariantCulture);
        return s["date.long", day, s[$"date.month.{date.Month}"], date.Year.ToString(CultureInfo.InvariantCulture)];
    }

    /// <summary>The date in words with its weekday: <c>sabato 20 marzo 2027</c>, <c>sábado, 20 de marzo de 2027</c>, <c>Saturday 20 March 2027</c>.</summary>
    public static string FormatWithWeekday(DateOnly date, string language)
    {
        var s = SdkText.For(language);
        return s["date.withWeekday", s[$"date.weekday.{(int)date.DayOfWeek}"], Format(date, language)];
    }

    /// <summary>The date in figures, day first: <c>20/03/2027</c> (the form <see cref="TryParse"/> reads back).</summary>
    public static string FormatShort(DateOnly date, string language) =>
        date.ToString("dd'/'MM'/'yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date and time of day in words: <c>20 marzo 2027, ore 10:00</c>, <c>20 de marzo de 2027, a las 10:00</c>.</summary>
    public static string Format(DateTime local, string language) =>
        SdkText.For(language)["date.dateTime", Format(DateOnly.FromDateTime(local), language), local.ToString("HH':'mm", CultureInfo.InvariantCulture)];

    /// <summary>A length of time in words, to <paramref name="precision"/> units: <c>3 settimane</c>, <c>2 días, 4 horas</c> (through Humanizer).</summary>
    public static string Duration(TimeSpan span, string language, int precision = 1) =>
        language == Strings.PseudoLanguage ? Strings.Mark(Humanized.Duration(span, "en", precision)) : Humanized.Duration(span, Numbers.Base(language), precision);

    // d/m/yyyy, d.m.yyyy or d-m-yyyy with one- or two-digit day and month and a four-digit year.
    private static bool TryDayFirst(string t, out DateOnly date, out bool shaped)
    {
        date = default;
        shaped = false;
        var parts = t.Split('/', '.', '-');
        if (parts.Length != 3 || parts[0].Length is < 1 or > 2 || parts[1].Length is < 1 or > 2 || parts[2].Length != 4) return false;
        if (!Digits(parts[0], out var day) || !Digits(parts[1], out var month) || !Digits(parts[2], out var year)) return false;
        var separator = t[parts[0].Length];
        if (t[parts[0].Length + 1 + parts[1].Length] != separator) return false;
        shaped = true;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    // Whether the text has a date's shape but names no day of the calendar (31/02/2027, 2027-13-01).
    private static bool Shaped(string t)
    {
        if (TryDayFirst(t, out _, out var shaped) || shaped) return true;
        if (t.Length == 10 && t[4] == '-' && t[7] == '-')
            return Digits(t[..4], out _) && Digits(t[5..7], out _) && Digits(t[8..], out _);
        return false;
    }

    private static readonly string[] TimeWords = ["alle ore ", "ore ", "alle ", "a las ", "las ", "at "];

    private static bool TryTime(string t, out TimeOnly time)
    {
        time = default;
        // "ore 10:00", "alle 10.00", "a las 10:00": the word before the time, and Italy's dot between hours and minutes
        foreach (var word in TimeWords)
            if (t.StartsWith(word, StringComparison.OrdinalIgnoreCase)) { t = t[word.Length..].Trim(); break; }
        var parts = t.Contains(':') ? t.Split(':') : t.Split('.');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length is < 1 or > 2)) return false;
        if (!Digits(parts[0], out var h) || !Digits(parts[1], out var m) || parts[1].Length != 2) return false;
        var sec = 0;
        if (parts.Length == 3 && (!Digits(parts[2], out sec) || parts[2].Length != 2)) return false;
        if (h > 23 || m > 59 || sec > 59) return false;
        time = new TimeOnly(h, m, sec);
        return true;
    }

    private static bool Digits(string s, out int value)
    {
        value = 0;
        if (s.Length == 0) return false;
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
