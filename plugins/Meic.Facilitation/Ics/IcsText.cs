using System.Text;

namespace Meic.Facilitation.Ics;

/// <summary>RFC 5545 text rules: escaping (3.3.11) and folding at 75 octets (3.1).</summary>
internal static class IcsText
{
    public const string Crlf = "\r\n";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n").Replace('\r', '\n'))
            sb.Append(c switch
            {
                '\\' => "\\\\",
                ';' => "\\;",
                ',' => "\\,",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    public static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i == text.Length - 1) { sb.Append(text[i]); continue; }
            var n = text[++i];
            sb.Append(n switch { 'n' or 'N' => '\n', _ => n });
        }
        return sb.ToString();
    }

    /// <summary>Folds one content line so no physical line exceeds 75 octets of UTF-8, never splitting a character.</summary>
    public static string Fold(string line)
    {
        var sb = new StringBuilder();
        var octets = 0;
        var limit = 75;
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(line);
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > limit)
            {
                sb.Append(Crlf).Append(' ');
                octets = 1;
            }
            sb.Append(element);
            octets += size;
        }
        return sb.Append(Crlf).ToString();
    }
}
