namespace Meic.Core.Plugins;

/// <summary>Where a plugin stands in this run of the host.</summary>
public enum PluginStatus
{
    /// <summary>Its manifest is valid; its code has not been needed yet.</summary>
    Found,
    /// <summary>Its code is loaded and registered.</summary>
    Loaded,
    /// <summary>Its manifest or code is broken; see the reason.</summary>
    Failed,
    /// <summary>It was built for an SDK this host does not offer.</summary>
    Incompatible,
    /// <summary>Switched off in toolkit.json.</summary>
    Disabled,
}
