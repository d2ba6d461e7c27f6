using Meic.Sdk.Plugins;
using Meic.CityPlugin.Commands;

namespace Meic.CityPlugin;

/// <summary>The plugin's entry point: the host finds this class and calls Register once.</summary>
public sealed class Plugin : IMeicPlugin
{
    /// <inheritdoc />
    public void Register(IPluginRegistry registry)
    {
        // Every command and screen here must be declared in plugin.json too (help lists them without loading this code).
        registry.AddCommand("citycmd", SummaryCommand.Create);
        registry.AddScreen("citycmd", SummaryScreen.Open);
    }
}
