namespace Meic.Cli.App;

/// <summary>Where the toolkit's own files sit, beside the executable.</summary>
internal static class HostPaths
{
    public static string AppDirectory => AppContext.BaseDirectory;
    public static string Plugins => Path.Combine(AppDirectory, "plugins");
    public static string ClusterTemplates => Path.Combine(AppDirectory, "templates", "clusters");
    public static string DefaultConfig => Path.Combine(AppDirectory, "toolkit.default.json");

    /// <summary>Extra plugin folders from MEIC_PLUGIN_PATH (path-separated).</summary>
    public static IEnumerable<string> FromEnvironment() =>
        (Environment.GetEnvironmentVariable("MEIC_PLUGIN_PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
}
