using System.CommandLine;

namespace Meic.Cli.App;

/// <summary>The options every command takes, read before parsing so errors can honour them.</summary>
internal sealed class GlobalOptions
{
    public string? Cluster { get; private init; }
    public string? Lang { get; private init; }
    public bool Json { get; private init; }
    public bool Verbose { get; private init; }
    /// <summary>Whether help was asked for (<c>-h</c>, <c>--help</c>, <c>-?</c>).</summary>
    public bool Help { get; private init; }
    /// <summary>The first word that is not an option: the command invoked.</summary>
    public string? Command { get; private init; }

    public static readonly string[] WithValue = ["--cluster", "--lang"];

    public static GlobalOptions Prescan(IReadOnlyList<string> args)
    {
        string? cluster = null, lang = null, command = null;
        bool json = false, verbose = false, help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--") break;
            string? Value(string name) =>
                a == name && i + 1 < args.Count ? args[++i] : a.StartsWith(name + "=", StringComparison.Ordinal) ? a[(name.Length + 1)..] : null;
            if (a.StartsWith("--cluster", StringComparison.Ordinal)) { cluster = Value("--cluster") ?? cluster; continue; }
            if (a.StartsWith("--lang", StringComparison.Ordinal)) { lang = Value("--lang") ?? lang; continue; }
            if (a == "--json") { json = true; continue; }
            if (a == "--verbose" || a == "-v") { verbose = true; continue; }
            if (a is "--help" or "-h" or "-?" or "/h" or "/?") { help = true; continue; }
            if (command is null && !a.StartsWith('-')) command = a;
        }
        return new GlobalOptions { Cluster = cluster, Lang = lang, Json = json, Verbose = verbose, Help = help, Command = command };
    }

    public static (Option<string> Cluster, Option<bool> Json, Option<string> Lang, Option<bool> Verbose) Declare(RootCommand root, Func<string, string> text)
    {
        var cluster = new Option<string>("--cluster") { Description = text("opt.cluster"), Recursive = true, HelpName = "DIR" };
        var json = new Option<bool>("--json") { Description = text("opt.json"), Recursive = true };
        var lang = new Option<string>("--lang") { Description = text("opt.lang"), Recursive = true, HelpName = "it|es|en" };
        lang.AcceptOnlyFromAmong("it", "es", "en");
        var verbose = new Option<bool>("--verbose", "-v") { Description = text("opt.verbose"), Recursive = true };
        root.Add(cluster); root.Add(json); root.Add(lang); root.Add(verbose);
        return (cluster, json, lang, verbose);
    }
}
