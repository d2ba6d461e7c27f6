namespace Meic.Core.Workspace;

/// <summary>A workspace's toolkit.json, validated.</summary>
public sealed class ToolkitConfig
{
    /// <summary>The file name every workspace has.</summary>
    public const string FileName = "toolkit.json";

    /// <summary>Default language (it, es, en).</summary>
    public string Language { get; set; } = "en";
    /// <summary>Which store and where.</summary>
    public StoreConfig Store { get; set; } = new();
    /// <summary>Plugin folders and the plugins switched off.</summary>
    public PluginsConfig Plugins { get; set; } = new();
    /// <summary>Script limits.</summary>
    public ScriptsConfig Scripts { get; set; } = new();
    /// <summary>How much an imported file may hold (archive entries, sizes, XML depth, lines, fields).</summary>
    public Meic.Sdk.Files.FileLimits Limits { get; set; } = Meic.Sdk.Files.FileLimits.Default;
    /// <summary>Event name to the scripts that run after it.</summary>
    public Dictionary<string, List<string>> Hooks { get; set; } = new();
    /// <summary>Per-plugin settings: plugin id to key to value.</summary>
    public Dictionary<string, Dictionary<string, string>> Settings { get; set; } = new();
}

/// <summary>The store section of toolkit.json.</summary>
public sealed class StoreConfig
{
    /// <summary>The LiteDB file of a workspace whose store section names no path.</summary>
    public const string LiteDbDefaultPath = "cluster.litedb";
    /// <summary>"sqlite" (default), "litedb" or "postgres".</summary>
    public string Kind { get; set; } = "sqlite";
    /// <summary>The SQLite or LiteDB file, relative to the workspace.</summary>
    public string Path { get; set; } = "cluster.db";
    /// <summary>The PostgreSQL connection string (or set MEIC_DATABASE_URL).</summary>
    public string? ConnectionString { get; set; }
    /// <summary>How long a write waits for another writer, in milliseconds.</summary>
    public int BusyTimeoutMs { get; set; } = 5000;
}

/// <summary>The plugins section of toolkit.json.</summary>
public sealed class PluginsConfig
{
    /// <summary>Ids of plugins not to load.</summary>
    public List<string> Disabled { get; set; } = new();
    /// <summary>Ids of opt-in plugins to load (a city's own plugin, which is off elsewhere).</summary>
    public List<string> Enabled { get; set; } = new();
    /// <summary>Extra plugin folders, relative to the workspace.</summary>
    public List<string> Paths { get; set; } = new() { "plugins" };
}

/// <summary>The scripts section of toolkit.json.</summary>
public sealed class ScriptsConfig
{
    /// <summary>How long a script may run before it is stopped.</summary>
    public double TimeoutSeconds { get; set; } = 5;
    /// <summary>Lifts the compile-time guard on processes, network and files outside the workspace.</summary>
    public bool Trusted { get; set; }
    /// <summary>Whether scripts may use #r to reference assemblies.</summary>
    public bool AllowReferences { get; set; }
    /// <summary>How many bytes a script may write to the output before the rest is dropped.</summary>
    public long MaxOutputBytes { get; set; } = 16 * 1024 * 1024;
    /// <summary>Computed indicators written as scripts: indicator code to script path (relative to the workspace).</summary>
    public Dictionary<string, string> Indicators { get; set; } = new(StringComparer.Ordinal);
    /// <summary>Import mappings written as scripts: mapping name to script path (relative to the workspace).</summary>
    public Dictionary<string, string> ImportMappings { get; set; } = new(StringComparer.Ordinal);
}
