namespace Meic.Core.Plugins;

/// <summary>One plugin the host found, with its status and, once loaded, what it registered.</summary>
public sealed class PluginEntry
{
    internal PluginEntry(string source, PluginManifest? manifest, PluginStatus status, string? reason)
    {
        Source = source; Manifest = manifest; Status = status; Reason = reason;
    }

    /// <summary>The manifest file.</summary>
    public string Source { get; }
    /// <summary>The manifest, when it could be read.</summary>
    public PluginManifest? Manifest { get; }
    /// <summary>The plugin's id (or its folder name when the manifest is broken).</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Path.GetDirectoryName(Source)) ?? Source;
    /// <summary>Its status.</summary>
    public PluginStatus Status { get; internal set; }
    /// <summary>Why it is not loaded, when it is not.</summary>
    public string? Reason { get; internal set; }
    /// <summary>What it registered, once loaded.</summary>
    public PluginRegistration? Registration { get; internal set; }

    /// <summary>The plugin's entry assembly, once loaded (scripts compiled against the plugin resolve to it).</summary>
    public System.Reflection.Assembly? EntryAssembly { get; internal set; }

    internal PluginLoadContext? LoadContext { get; set; }

    internal void Fail(PluginStatus status, string reason)
    {
        Status = status; Reason = reason; Registration = null; EntryAssembly = null;
        LoadContext?.Unload();
        LoadContext = null;
    }
}
