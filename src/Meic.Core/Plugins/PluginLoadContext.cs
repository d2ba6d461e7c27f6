using System.Reflection;
using System.Runtime.Loader;

namespace Meic.Core.Plugins;

/// <summary>One collectible load context per plugin; shared assemblies resolve to the host's copies.</summary>
internal sealed class PluginLoadContext(string entryPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(entryPath), isCollectible: true)
{
    private readonly AssemblyDependencyResolver _resolver = new(entryPath);

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name is not null && SharedAssemblies.IsShared(name.Name)) return null; // falls back to the host's
        var path = _resolver.ResolveAssemblyToPath(name);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        if (SharedAssemblies.IsSharedNative(unmanagedDllName)) return IntPtr.Zero; // the host's SQLite, always
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
