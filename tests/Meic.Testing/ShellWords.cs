using System.Text;

namespace Meic.Testing;

/// <summary>Splits a command line as a POSIX shell would (spaces, single and double quotes, backslashes), so a test can run the command a screen shows.</summary>
public static class ShellWords
{
    public static string[] Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\'')
            {
                inWord = true;
                var end = line.IndexOf('\'', i + 1);
                if (end < 0) throw new FormatException($"unclosed quote in: {line}");
                word.Append(line, i + 1, end - i - 1);
                i = end;
            }
            else if (c == '"')
            {
                inWord = true;
                for (i++; i < line.Length && line[i] != '"'; i++)
                    word.Append(line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' ? line[++i] : line[i]);
            }
            else if (c == '\\' && i + 1 < line.Length) { inWord = true; word.Append(line[++i]); }
            else if (char.IsWhiteSpace(c)) { if (inWord) words.Add(word.ToString()); word.Clear(); inWord = false; }
            else { inWord = true; word.Append(c); }
        }
        if (inWord) words.Add(word.ToString());
        return [.. words];
    }

    /// <summary>Runs <paramref name="line"/> (which starts with <c>meic</c>) in <paramref name="directory"/>.</summary>
    public static MeicResult Run(string directory, string line, params string[] more)
    {
        var words = Split(line);
        if (words.Length == 0 || words[0] != "meic") throw new ArgumentException($"not a meic command: {line}", nameof(line));
        return MeicProcess.Run(directory, [.. words.Skip(1), .. more]);
    }
}
