using Meic.Sdk.Text;

namespace Meic.Sdk.Tables;

/// <summary>The table reader's messages in the user's language (the SDK's own string tables).</summary>
public static class TableText
{
    private static readonly Dictionary<string, Strings> Loaded = new(StringComparer.Ordinal);

    /// <summary>The SDK's strings for <paramref name="language"/> ("it", "es" or "en"; English for any other).</summary>
    public static Strings For(string language)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(language, out var strings))
                Loaded[language] = strings = Strings.Load(typeof(TableText).Assembly, "Meic.Sdk.strings", language);
            return strings;
        }
    }

    /// <summary>At most <paramref name="max"/> characters of <paramref name="value"/>, control characters shown as '·', with "…" when cut: messages never echo a whole bad value.</summary>
    public static string Excerpt(string value, int max = 40)
    {
        var cut = value.Length > max;
        var span = cut ? value.AsSpan(0, max) : value.AsSpan();
        var chars = new char[span.Length];
        for (var i = 0; i < span.Length; i++) chars[i] = char.IsControl(span[i]) ? '·' : span[i];
        return new string(chars) + (cut ? "…" : "");
    }
}
