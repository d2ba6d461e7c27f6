using Meic.Sdk.Errors;

namespace Meic.Core.Workspace;

/// <summary>A cluster workspace: a folder with toolkit.json and the store it names.</summary>
public sealed class ClusterWorkspace
{
    private ClusterWorkspace(string directory, ToolkitConfig config)
    {
        Directory = directory;
        Config = config;
    }

    /// <summary>The workspace folder.</summary>
    public string Directory { get; }

    /// <summary>The validated toolkit.json.</summary>
    public ToolkitConfig Config { get; }

    /// <summary>The toolkit.json file.</summary>
    public string ConfigFile => System.IO.Path.Combine(Directory, ToolkitConfig.FileName);

    /// <summary>The SQLite database file (for the SQLite store).</summary>
    public string DatabaseFile => System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, Config.Store.Path));

    /// <summary>
    /// Finds the workspace: <paramref name="explicitDirectory"/> when given, otherwise the nearest folder
    /// upward from <paramref name="start"/> that holds toolkit.json (as git finds .git). Null when none.
    /// </summary>
    /// <exception cref="InputException">The explicit folder is not a workspace, or its toolkit.json is invalid.</exception>
    public static ClusterWorkspace? Find(string start, string? explicitDirectory)
    {
        if (explicitDirectory is not null)
        {
            var dir = System.IO.Path.GetFullPath(explicitDirectory);
            if (!System.IO.Directory.Exists(dir)) throw Meic.Core.Hosting.Worded.Input("workspace.noFolder", dir);
            if (!File.Exists(System.IO.Path.Combine(dir, ToolkitConfig.FileName)))
                throw Meic.Core.Hosting.Worded.Input("workspace.notOne", dir, ToolkitConfig.FileName, explicitDirectory);
            return Load(dir);
        }
        return Nearest(start) is { } found ? Load(found) : null;
    }

    // The nearest folder upward from start that holds toolkit.json (as git finds .git), or null.
    private static string? Nearest(string start)
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, ToolkitConfig.FileName))) return dir.FullName;
        return null;
    }

    /// <summary>
    /// The language toolkit.json declares, read even when the rest of the file is refused, so that the refusal is worded
    /// in the cluster's language; null when there is no workspace or no readable language.
    /// </summary>
    public static string? DeclaredLanguage(string start, string? explicitDirectory)
    {
        var dir = explicitDirectory is null ? Nearest(start) : System.IO.Path.GetFullPath(explicitDirectory);
        return dir is null ? null : ToolkitConfigReader.DeclaredLanguage(System.IO.Path.Combine(dir, ToolkitConfig.FileName));
    }

    /// <summary>Loads the workspace in <paramref name="directory"/>.</summary>
    public static ClusterWorkspace Load(string directory) =>
        new(directory, ToolkitConfigReader.Read(System.IO.Path.Combine(directory, ToolkitConfig.FileName)));
}
