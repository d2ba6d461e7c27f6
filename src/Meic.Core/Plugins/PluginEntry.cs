namespace Meic.Core.Plugins;

/// <summary>One plugin the host found, with its status and, once loaded, what it registered.</summary>
public sealed class PluginEntry
{
    internal PluginEntry(string source, PluginManifest? manifest, PluginStatus status, Hosting.Words? reason)
    {
        Source = source; Manifest = manifest; Status = status; SetReason(reason);
    }

    /// <summary>The manifest file.</summary>
    public string Source { get; }
    /// <summary>The manifest, when it could be read.</summary>
    public PluginManifest? Manifest { get; }
    /// <summary>The plugin's id (or its folder name when the manifest is broken).</summary>
    public string Id => Manifest?.Id ?? Path.GetFileName(Path.GetDirectoryName(Source)) ?? Source;
    /// <summary>Its status.</summary>
    public PluginStatus Status { get; internal set; }
    /// <summary>Why it is not loaded, when it is not (in English, as logs and <c>--json</c> keep it).</summary>
    public string? Reason { get; private set; }

    /// <summary>The reason as the host's tables word it, when it is not loaded.</summary>
    public Hosting.Words? ReasonWords { get; private set; }

    /// <summary>Why it is not loaded, in <paramref name="strings"/>' language.</summary>
    public string? ReasonIn(Meic.Sdk.Text.ILocalizer strings) =>
        ReasonWords is { } w ? Hosting.Worded.Text(strings, w.Key, w.Args) : Reason;

    internal void SetReason(Hosting.Words? reason)
    {
        ReasonWords = reason;
        Reason = reason is null ? null : Hosting.Worded.Text(Hosting.HostStrings.English, reason.Key, reason.Args);
    }
    /// <summary>What it registered, once loaded.</summary>
    public PluginRegistration? Registration { get; internal set; }

    /// <summary>The plugin's entry assembly, once loaded (scripts compiled against the plugin resolve to it).</summary>
    public System.Reflection.Assembly? EntryAssembly { get; internal set; }

    internal PluginLoadContext? LoadContext { get; set; }

    internal void Fail(PluginStatus status, Hosting.Words reason)
    {
        Status = status; SetReason(reason); Registration = null; EntryAssembly = null;
        LoadContext?.Unload();
        LoadContext = null;
    }
}
