using System.Reflection;
using System.Runtime.InteropServices;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Sdk;

namespace Meic.Scripting;

/// <summary>
/// Compiled scripts in the workspace (<c>.meic/scripts/&lt;hash&gt;.dll</c>), keyed by the sources, the SDK and
/// globals assemblies, the plugins' versions, the runtime and the policy. Never touches Roslyn.
/// </summary>
public sealed class ScriptCache(string workspaceDirectory)
{
    /// <summary>The cache folder.</summary>
    public string Directory { get; } = Path.Combine(workspaceDirectory, ".meic", "scripts");

    /// <summary>The compiled assembly for <paramref name="hash"/>.</summary>
    public string AssemblyFor(string hash) => Path.Combine(Directory, hash + ".dll");

    /// <summary>The #r paths recorded beside a compiled assembly.</summary>
    public string ReferencesFor(string hash) => Path.Combine(Directory, hash + ".refs");

    /// <summary>Everything besides the sources that a compiled script depends on.</summary>
    public static IEnumerable<string> Environment(MeicContext context, bool trusted, bool allowReferences)
    {
        yield return $"sdk {SdkInfo.Version} {typeof(SdkInfo).Assembly.ManifestModule.ModuleVersionId}";
        yield return $"globals {typeof(ScriptGlobals).Assembly.ManifestModule.ModuleVersionId}";
        yield return $"runtime {RuntimeInformation.FrameworkDescription} {RuntimeInformation.ProcessArchitecture}";
        yield return $"policy trusted={trusted} references={allowReferences}";
        yield return $"guard {ScriptTicks.Version}"; // a script compiled before the guard changed is compiled again
        foreach (var entry in context.Plugins.Entries.Where(e => e.Status is PluginStatus.Found or PluginStatus.Loaded).OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            var file = new FileInfo(entry.Manifest!.EntryPath);
            yield return $"plugin {entry.Id} {entry.Manifest.Version} {(file.Exists ? $"{file.Length}:{file.LastWriteTimeUtc.Ticks}" : "missing")}";
        }
    }

    /// <summary>Removes every compiled script; returns how many files went.</summary>
    public int Clear()
    {
        if (!System.IO.Directory.Exists(Directory)) return 0;
        var files = System.IO.Directory.GetFiles(Directory);
        foreach (var f in files) File.Delete(f);
        return files.Length;
    }

    /// <summary>Loads a compiled script's entry point (<c>Submission#0.&lt;Factory&gt;</c>).</summary>
    internal static Func<object[], Task<object>> LoadEntry(ScriptLoadContext loader, string assemblyPath)
    {
        var assembly = loader.LoadFromAssemblyPath(assemblyPath);
        var type = assembly.GetType("Submission#0") ?? throw new InvalidOperationException($"{assemblyPath} is not a compiled script.");
        var factory = type.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"{assemblyPath} has no script entry point.");
        return factory.CreateDelegate<Func<object[], Task<object>>>();
    }
}
