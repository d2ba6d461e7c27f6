using System.Reflection;
using System.Runtime.Loader;
using Meic.Core.Hosting;
using Meic.Core.Plugins;

namespace Meic.Scripting;

/// <summary>
/// A collectible context for one compiled script. Host assemblies fall back to the default context;
/// a plugin assembly resolves to the copy the plugin's own context loaded, so GetService&lt;T&gt; types match;
/// assemblies named with #r resolve from their recorded paths.
/// </summary>
internal sealed class ScriptLoadContext(MeicContext context, IReadOnlyList<string> referencePaths)
    : AssemblyLoadContext("meic-script", isCollectible: true)
{
    protected override Assembly? Load(AssemblyName name)
    {
        foreach (var entry in context.Plugins.Entries)
        {
            if (entry.Manifest is null || !string.Equals(Path.GetFileNameWithoutExtension(entry.Manifest.Entry), name.Name, StringComparison.OrdinalIgnoreCase)) continue;
            if (entry.Status == PluginStatus.Found && context.Plugins.Load(entry)) context.PluginLoaded(entry);
            if (entry.EntryAssembly is { } loaded) return loaded;
        }
        var path = referencePaths.FirstOrDefault(p => string.Equals(Path.GetFileNameWithoutExtension(p), name.Name, StringComparison.OrdinalIgnoreCase));
        return path is null ? null : LoadFromAssemblyPath(path);
    }
}
