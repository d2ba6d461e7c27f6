using Meic.Sdk.Model;

namespace Meic.Core.Plugins;

/// <summary>A plugin's plugin.json, validated before any of its code is loaded.</summary>
public sealed class PluginManifest
{
    /// <summary>The file name of every manifest.</summary>
    public const string FileName = "plugin.json";

    /// <summary>Unique id, for example <c>meic.mapping</c>.</summary>
    public string Id { get; init; } = "";
    /// <summary>Display name per language.</summary>
    public LocalizedText Name { get; init; } = new();
    /// <summary>The plugin's own version.</summary>
    public Version Version { get; init; } = new(0, 0);
    /// <summary>The SDK versions it accepts.</summary>
    public SdkRange Sdk { get; init; } = SdkRange.Parse(">=2.0 <3.0");
    /// <summary>The entry assembly, relative to the manifest's folder.</summary>
    public string Entry { get; init; } = "";
    /// <summary>The top-level commands it contributes.</summary>
    public List<ManifestCommand> Commands { get; init; } = new();
    /// <summary>The terminal UI screens it contributes.</summary>
    public List<ManifestScreen> Screens { get; init; } = new();
    /// <summary>Whether the plugin is off unless a workspace turns it on (toolkit.json <c>plugins.enabled</c>): a city's own plugin, offered only in that city's clusters.</summary>
    public bool OptIn { get; init; }
    /// <summary>The folder holding the manifest.</summary>
    public string Directory { get; init; } = "";
    /// <summary>The full path of the entry assembly.</summary>
    public string EntryPath => Path.GetFullPath(Path.Combine(Directory, Entry));
}

/// <summary>A command declared in a manifest.</summary>
/// <param name="Name">The top-level command word (<c>map</c>).</param>
/// <param name="Description">A one-line description per language.</param>
public sealed record ManifestCommand(string Name, LocalizedText Description);

/// <summary>A terminal UI screen declared in a manifest.</summary>
/// <param name="Id">The screen's id.</param>
/// <param name="Title">Its title per language.</param>
public sealed record ManifestScreen(string Id, LocalizedText Title);
