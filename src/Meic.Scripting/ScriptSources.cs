using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Meic.Sdk.Errors;

namespace Meic.Scripting;

/// <summary>A script and every file it <c>#load</c>s, read once: what the cache key is made of.</summary>
public sealed partial class ScriptSources
{
    private ScriptSources(string mainFile, IReadOnlyList<(string Path, string Text)> files)
    {
        MainFile = mainFile; Files = files;
    }

    /// <summary>The script's full path.</summary>
    public string MainFile { get; }
    /// <summary>The script and its #load'ed files, in the order found.</summary>
    public IReadOnlyList<(string Path, string Text)> Files { get; }
    /// <summary>The main script's text.</summary>
    public string MainText => Files[0].Text;
    /// <summary>Whether any file uses <c>#r</c>.</summary>
    public bool UsesReferences => Files.Any(f => ReferenceDirective().IsMatch(f.Text));

    /// <summary>Reads <paramref name="file"/> and, recursively, what it #loads.</summary>
    /// <exception cref="InputException">A file is missing.</exception>
    public static ScriptSources Read(string file)
    {
        var main = Path.GetFullPath(file);
        if (!File.Exists(main)) throw Meic.Core.Hosting.Worded.Input("script.missing", file);
        var files = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string path)
        {
            if (!seen.Add(path) || !File.Exists(path)) return; // a missing #load is reported by the compiler, with its line
            var text = File.ReadAllText(path);
            files.Add((path, text));
            foreach (Match m in LoadDirective().Matches(text))
                Visit(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, m.Groups[1].Value)));
        }
        Visit(main);
        return new ScriptSources(main, files);
    }

    /// <summary>The cache key: the sources, the assemblies scripts compile against, plugin versions, the runtime and the policy.</summary>
    public string Hash(IEnumerable<string> environment)
    {
        var text = new StringBuilder();
        foreach (var (path, body) in Files) text.Append(path).Append('\0').Append(body).Append('\0');
        foreach (var part in environment) text.Append(part).Append('\0');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    [GeneratedRegex("""^\s*#load\s+"([^"]+)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex LoadDirective();

    [GeneratedRegex("""^\s*#r\s+""", RegexOptions.Multiline)]
    private static partial Regex ReferenceDirective();
}
