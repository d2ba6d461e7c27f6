using System.Text;

namespace Meic.Store.LiteDb;

/// <summary>
/// MEIC collection names (letters, digits, _ . -, case-sensitive) as LiteDB collection names (word characters only,
/// compared without case): one LiteDB collection of documents ("d_…") and one of full-text entries ("t_…") each.
/// </summary>
internal static class CollectionNames
{
    public const string DocumentsPrefix = "d_";
    public const string TextPrefix = "t_";

    public static string Documents(string collection) => DocumentsPrefix + Encode(collection);

    public static string Text(string collection) => TextPrefix + Encode(collection);

    private static string Encode(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            switch (c)
            {
                case '_': sb.Append("__"); break;
                case '.': sb.Append("_d"); break;
                case '-': sb.Append("_h"); break;
                case >= 'A' and <= 'Z': sb.Append("_u").Append(char.ToLowerInvariant(c)); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The MEIC name of a LiteDB collection with <paramref name="prefix"/>, or null when it is another kind.</summary>
    public static string? Decode(string liteName, string prefix)
    {
        if (!liteName.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var sb = new StringBuilder(liteName.Length);
        for (var i = prefix.Length; i < liteName.Length; i++)
        {
            var c = liteName[i];
            if (c != '_') { sb.Append(c); continue; }
            if (++i >= liteName.Length) return null;
            switch (liteName[i])
            {
                case '_': sb.Append('_'); break;
                case 'd': sb.Append('.'); break;
                case 'h': sb.Append('-'); break;
                case 'u' when i + 1 < liteName.Length: sb.Append(char.ToUpperInvariant(liteName[++i])); break;
                default: return null;
            }
        }
        return sb.ToString();
    }
}
