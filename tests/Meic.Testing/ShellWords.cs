using System.Text;

namespace Meic.Testing;

/// <summary>Splits a command line the way a POSIX shell does for the quoting screens use (bare words, "double quotes" with \ escapes, 'single quotes').</summary>
public static class ShellWords
{
    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == ' ' && !inWord) continue;
            if (c == ' ') { words.Add(word.ToString()); word.Clear(); inWord = false; continue; }
            inWord = true;
            if (c == '"')
            {
                for (i++; i < line.Length && line[i] != '"'; i++)
                {
                    if (line[i] == '\\' && i + 1 < line.Length && "\"\\$`".Contains(line[i + 1])) i++;
                    word.Append(line[i]);
                }
            }
            else if (c == '\'') { for (i++; i < line.Length && line[i] != '\''; i++) word.Append(line[i]); }
            else if (c == '\\' && i + 1 < line.Length) word.Append(line[++i]);
            else word.Append(c);
        }
        if (inWord) words.Add(word.ToString());
        return words;
    }

    /// <summary>Runs a <c>meic …</c> line shown by a screen in <paramref name="workspace"/>, with <paramref name="extra"/> arguments appended.</summary>
    public static MeicResult Run(string workspace, string commandLine, params string[] extra)
    {
        var words = Split(commandLine);
        if (words.Count == 0 || words[0] != "meic") throw new InvalidOperationException($"not a meic command: {commandLine}");
        return MeicProcess.Run(workspace, [.. words.Skip(1), .. extra]);
    }
}
