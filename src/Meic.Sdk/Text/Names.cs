namespace Meic.Sdk.Text;

/// <summary>Parses enum values the way people type them: <c>third-sector</c>, <c>third_sector</c>, <c>ThirdSector</c>.</summary>
public static class Names
{
    /// <summary>Parses <paramref name="text"/> as a <typeparamref name="T"/>, ignoring case, dashes, underscores and spaces.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Normalize(text);
        foreach (var candidate in Enum.GetValues<T>())
            if (Normalize(candidate.ToString()) == key) { value = candidate; return true; }
        return false;
    }

    /// <summary>The kebab-case spelling of <paramref name="value"/> (<c>third-sector</c>), as the CLI shows it.</summary>
    public static string Kebab<T>(T value) where T : struct, Enum => KebabOf(value.ToString());

    /// <summary>The kebab-case spelling of a PascalCase or camelCase <paramref name="name"/> (<c>TieKind</c>: <c>tie-kind</c>).</summary>
    public static string KebabOf(string name)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    /// <summary>The valid spelling closest to <paramref name="text"/>, to suggest after a typo.</summary>
    public static string? Nearest(string text, IEnumerable<string> candidates)
    {
        var key = Normalize(text);
        string? best = null; var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(key, Normalize(c));
            if (d < bestDistance) { best = c; bestDistance = d; }
        }
        return bestDistance <= Math.Max(2, key.Length / 2) ? best : null;
    }

    private static string Normalize(string s) =>
        new(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The Levenshtein edit distance between <paramref name="a"/> and <paramref name="b"/>, as typed (no normalisation).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var prev = d[0]; d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var tmp = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), prev + (a[i - 1] == b[j - 1] ? 0 : 1));
                prev = tmp;
            }
        }
        return d[b.Length];
    }
}
