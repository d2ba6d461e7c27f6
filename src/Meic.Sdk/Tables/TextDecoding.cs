using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tables;

/// <summary>Finds a text file's encoding (UTF-8 with or without BOM, UTF-16 LE/BE, else Windows-1252) and refuses binary or truncated files with their line.</summary>
public static class TextDecoding
{
    /// <summary>The text of <paramref name="bytes"/> and the name of the encoding chosen.</summary>
    /// <exception cref="InputException">NUL bytes or other binary content, a truncated character, or bytes no supported encoding reads.</exception>
    public static (string Text, string Encoding) Decode(byte[] bytes, string name, Strings text)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (Utf16(bytes, 2, littleEndian: true, name, text), "UTF-16 LE");
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (Utf16(bytes, 2, littleEndian: false, name, text), "UTF-16 BE");
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = bom ? 3 : 0;
        if (!bom && LooksUtf16(bytes) is { } little) return (Utf16(bytes, 0, little, name, text), little ? "UTF-16 LE" : "UTF-16 BE");
        var nul = Array.IndexOf(bytes, (byte)0, start);
        if (nul >= 0) throw new InputException(text["table.binary", LineAt(bytes, nul)], $"{name}:{LineAt(bytes, nul)}");
        var span = bytes.AsSpan(start);
        var chars = new char[span.Length];
        // Not the final block: a character cut off at the end reports NeedMoreData (a truncated file) instead of InvalidData.
        var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: false);
        if (status == OperationStatus.Done) return (Checked(new string(chars, 0, written), name, text), bom ? "UTF-8 with BOM" : "UTF-8");
        if (status == OperationStatus.NeedMoreData)
            throw new InputException(text["table.truncatedChar"], $"{name}:{LineAt(bytes, start + read)}");
        if (bom) throw new InputException(text["table.badUtf8", LineAt(bytes, start + read)], $"{name}:{LineAt(bytes, start + read)}");
        // Not UTF-8: the Windows code page Italian and Spanish spreadsheets save CSV in. Its five unassigned bytes mean neither.
        foreach (var b in new byte[] { 0x81, 0x8D, 0x8F, 0x90, 0x9D })
        {
            var at = Array.IndexOf(bytes, b);
            if (at >= 0) throw new InputException(text["table.unknownEncoding", $"0x{b:X2}"], $"{name}:{LineAt(bytes, at)}");
        }
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return (Checked(Encoding.GetEncoding(1252).GetString(bytes), name, text), "Windows-1252");
    }

    private static string Utf16(byte[] bytes, int start, bool littleEndian, string name, Strings text)
    {
        if ((bytes.Length - start) % 2 != 0) throw new InputException(text["table.truncatedChar"], name);
        string result;
        try { result = new UnicodeEncoding(!littleEndian, false, true).GetString(bytes, start, bytes.Length - start); }
        catch (DecoderFallbackException) { throw new InputException(text["table.badUtf16"], name); }
        if (result.IndexOf('\0') is var nul and >= 0) throw new InputException(text["table.binary", Line(result, nul)], $"{name}:{Line(result, nul)}");
        return Checked(result, name, text);
    }

    // UTF-16 without a byte order mark: ASCII letters leave every other byte zero.
    private static bool? LooksUtf16(byte[] bytes)
    {
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4) return null;
        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < n; i += 2) { if (bytes[i] == 0) evenZero++; if (bytes[i + 1] == 0) oddZero++; }
        var pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return true;
        if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return false;
        return null;
    }

    // Control characters other than tab and line ends mean a binary file, not a table.
    private static string Checked(string s, string name, Strings text)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < ' ' && c is not ('\t' or '\r' or '\n' or '\f') || c is '\u007F')
                throw new InputException(text["table.binary", Line(s, i)], $"{name}:{Line(s, i)}");
        }
        return s;
    }

    private static int LineAt(byte[] bytes, int position)
    {
        var line = 1;
        for (var i = 0; i < position && i < bytes.Length; i++) if (bytes[i] == (byte)'\n') line++;
        return line;
    }

    private static int Line(string s, int position)
    {
        var line = 1;
        for (var i = 0; i < position; i++) if (s[i] == '\n') line++;
        return line;
    }
}
