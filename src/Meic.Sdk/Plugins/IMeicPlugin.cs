namespace Meic.Sdk.Plugins;

/// <summary>
/// The entry point of a plugin. The host creates one instance (public parameterless constructor)
/// after the plugin's manifest has been validated, and calls <see cref="Register"/> once.
/// </summary>
public interface IMeicPlugin
{
    /// <summary>Declares what the plugin contributes: collections, migrations, commands, screens, event handlers, services, template seeders.</summary>
    void Register(IPluginRegistry registry);
}
