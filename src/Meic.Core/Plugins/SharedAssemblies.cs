namespace Meic.Core.Plugins;

/// <summary>The assemblies every plugin gets from the host, never its own copy.</summary>
internal static class SharedAssemblies
{
    private static readonly Dictionary<string, string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Meic.Sdk"] = "the contract: a plugin's own copy would make its types different from the host's",
        ["Newtonsoft.Json"] = "documents are (de)serialised by the host with one set of settings",
        ["Spectre.Console"] = "the host owns the console and its one live display",
        ["System.CommandLine"] = "plugins hand the host Command objects it parses",
        ["Terminal.Gui"] = "the host owns the terminal application; a plugin's raw view (TerminalScreen) must be the host's View type",
        ["Sep"] = "the SDK's table reader splits CSV with it; plugins read tables through the SDK",
        // The store calls e_sqlite3 itself; a plugin that uses SQLite through these shares the host's copy and its native library.
        ["SQLitePCLRaw.core"] = "two copies of SQLite in one process can corrupt the database",
        ["SQLitePCLRaw.provider.e_sqlite3"] = "two copies of SQLite in one process can corrupt the database",
        ["SQLitePCLRaw.batteries_v2"] = "two copies of SQLite in one process can corrupt the database",
    };

    public static bool IsShared(string name) => Shared.ContainsKey(name);

    /// <summary>Native libraries a plugin must not bring.</summary>
    public static bool IsSharedNative(string name) => name.Contains("e_sqlite3", StringComparison.OrdinalIgnoreCase);
}
