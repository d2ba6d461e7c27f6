using Meic.Sdk.Errors;

namespace Meic.Sdk.Files;

/// <summary>Text files (CSV, TSV, .ics, .txt, .md) read under <see cref="FileLimits"/>: the file's size, its number of lines and their length.</summary>
public static class LimitedText
{
    /// <summary>The file's bytes, refused before reading when it is larger than <see cref="FileLimits.MaxFileBytes"/>.</summary>
    /// <exception cref="InputException">The file is missing or too large.</exception>
    public static byte[] ReadAllBytes(string path, FileLimits? limits = null)
    {
        limits ??= FileLimits.Current;
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException(LimitText.Get("limits.notFound"), path);
        if (info.Length > limits.MaxFileBytes) throw new InputException(LimitText.Get("limits.fileBytes", info.Length, limits.MaxFileBytes), path);
        return File.ReadAllBytes(path);
    }

    /// <summary>The file as text (UTF-8), after <see cref="ReadAllBytes"/> and <see cref="CheckLines"/>.</summary>
    /// <exception cref="InputException">The file is missing, too large, has too many lines or a line too long.</exception>
    public static string ReadAllText(string path, FileLimits? limits = null)
    {
        limits ??= FileLimits.Current;
        // As File.ReadAllText: UTF-8 unless a byte order mark says otherwise, the mark dropped.
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, limits)), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        CheckLines(text, path, limits);
        return text;
    }

    /// <summary>Refuses <paramref name="text"/> when it holds NUL characters (a binary file), has more than <see cref="FileLimits.MaxLines"/> lines or a line longer than <see cref="FileLimits.MaxLineChars"/>.</summary>
    /// <exception cref="InputException">Over a limit; the message names the file and the line.</exception>
    public static void CheckLines(string text, string where, FileLimits? limits = null)
    {
        limits ??= FileLimits.Current;
        if (text.Contains('\0')) throw new InputException(LimitText.Get("limits.binary"), where);
        var lines = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i - start > limits.MaxLineChars) throw new InputException(LimitText.Get("limits.lineChars", lines, limits.MaxLineChars), $"{where}:{lines}");
            if (i == text.Length) break;
            lines++;
            start = i + 1;
            if (lines > limits.MaxLines) throw new InputException(LimitText.Get("limits.lines", limits.MaxLines), where);
        }
    }
}
