using System.Reflection;
using Meic.Sdk;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.Core.Plugins;

/// <summary>
/// Every plugin found in the plugin folders, read from manifests alone. Code is loaded only
/// for the plugin that is needed, and a plugin that fails is reported and skipped: the host keeps working.
/// </summary>
public sealed class PluginCatalog
{
    private readonly List<PluginEntry> _entries;

    private PluginCatalog(List<PluginEntry> entries) => _entries = entries;

    /// <summary>A catalog with no plugins, for commands that never need one.</summary>
    public static PluginCatalog Empty() => new(new List<PluginEntry>());

    /// <summary>Every plugin found, in discovery order.</summary>
    public IReadOnlyList<PluginEntry> Entries => _entries;

    /// <summary>The plugins whose code is loaded.</summary>
    public IEnumerable<PluginEntry> Loaded => _entries.Where(e => e.Status == PluginStatus.Loaded);

    /// <summary>Reads the manifests in <c>*/plugin.json</c> under each of <paramref name="directories"/>.</summary>
    /// <param name="directories">Plugin folders, in order of precedence.</param>
    /// <param name="disabled">Ids switched off in toolkit.json.</param>
    /// <param name="reservedCommands">Command names the host itself owns.</param>
    /// <param name="builtIn">The folder of the plugins that ship with the host: their ids cannot be taken over.</param>
    /// <param name="enabled">Ids of opt-in plugins (<see cref="PluginManifest.OptIn"/>) the workspace turns on; the others stay off.</param>
    public static PluginCatalog Discover(IEnumerable<string> directories, IReadOnlyCollection<string> disabled, IReadOnlyCollection<string> reservedCommands, string? builtIn = null,
        IReadOnlyCollection<string>? enabled = null)
    {
        var builtInDir = builtIn is null ? null : Path.GetFullPath(builtIn);
        var entries = new List<PluginEntry>();
        foreach (var dir in directories.Select(Path.GetFullPath).Distinct())
        {
            if (!Directory.Exists(dir)) continue;
            foreach (var sub in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
            {
                var file = Path.Combine(sub, PluginManifest.FileName);
                if (!File.Exists(file)) continue;
                try
                {
                    var manifest = ManifestReader.Read(file);
                    var entry = new PluginEntry(file, manifest, PluginStatus.Found, null);
                    if (disabled.Contains(manifest.Id)) { entry.Status = PluginStatus.Disabled; entry.SetReason(new("plugins.reason.disabled")); }
                    else if (manifest.OptIn && enabled?.Contains(manifest.Id) != true)
                    { entry.Status = PluginStatus.Disabled; entry.SetReason(new("plugins.reason.optIn", manifest.Id)); }
                    else if (!manifest.Sdk.Contains(SdkInfo.Version))
                    { entry.Status = PluginStatus.Incompatible; entry.SetReason(new("plugins.reason.needsSdk", manifest.Sdk.Text, SdkInfo.Version)); }
                    entries.Add(entry);
                }
                catch (InputException e)
                {
                    entries.Add(new PluginEntry(file, null, PluginStatus.Failed, new("plugins.reason.brokenManifest", Hosting.Worded.Part(e))));
                }
            }
        }
        ResolveDuplicates(entries, builtInDir);
        ResolveCommandClashes(entries, reservedCommands);
        return new PluginCatalog(entries);
    }

    /// <summary>The host string key of the reason given to a plugin skipped because it reuses a built-in plugin's id.</summary>
    public const string BuiltInClashKey = "plugins.reason.builtInClash";

    private static void ResolveDuplicates(List<PluginEntry> entries, string? builtInDir)
    {
        bool IsBuiltIn(PluginEntry e) => builtInDir is not null && Path.GetFullPath(e.Manifest!.Directory).StartsWith(builtInDir + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        foreach (var group in entries.Where(e => e.Manifest is not null && e.Status != PluginStatus.Failed).GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase))
        {
            // A workspace plugin may not take a built-in's id, whatever its version: the built-in keeps working.
            var builtIn = group.FirstOrDefault(IsBuiltIn);
            var kept = builtIn ?? group.OrderByDescending(e => e.Manifest!.Version).First();
            foreach (var other in group.Where(e => e != kept))
            {
                if (builtIn is not null)
                {
                    other.Status = PluginStatus.Failed;
                    other.SetReason(new(BuiltInClashKey, other.Id));
                    continue;
                }
                other.Status = PluginStatus.Failed;
                other.SetReason(new("plugins.reason.duplicate", other.Id, kept.Manifest!.Version, kept.Manifest.Directory));
            }
        }
    }

    private static void ResolveCommandClashes(List<PluginEntry> entries, IReadOnlyCollection<string> reserved)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Status is PluginStatus.Found))
        {
            var clash = entry.Manifest!.Commands.FirstOrDefault(c => reserved.Contains(c.Name) || owners.ContainsKey(c.Name));
            if (clash is not null)
            {
                entry.Status = PluginStatus.Failed;
                entry.SetReason(reserved.Contains(clash.Name)
                    ? new("plugins.reason.hostCommand", clash.Name)
                    : new("plugins.reason.commandTaken", clash.Name, owners[clash.Name]));
                continue;
            }
            foreach (var c in entry.Manifest.Commands) owners[c.Name] = entry.Id;
        }
    }

    /// <summary>The usable plugin that declares the top-level command <paramref name="command"/>, or null.</summary>
    public PluginEntry? OwnerOf(string command) =>
        _entries.FirstOrDefault(e => e.Status is PluginStatus.Found or PluginStatus.Loaded && e.Manifest!.Commands.Any(c => c.Name == command));

    /// <summary>The usable plugin that declares the screen <paramref name="screenId"/>, or null.</summary>
    public PluginEntry? OwnerOfScreen(string screenId) =>
        _entries.FirstOrDefault(e => e.Status is PluginStatus.Found or PluginStatus.Loaded && e.Manifest!.Screens.Any(s => s.Id == screenId));

    /// <summary>Loads every plugin that is found and not yet loaded.</summary>
    public void LoadAll()
    {
        foreach (var e in _entries) Load(e);
    }

    /// <summary>Loads the plugin's code and lets it register. Returns whether it is loaded.</summary>
    public bool Load(PluginEntry entry)
    {
        if (entry.Status != PluginStatus.Found) return entry.Status == PluginStatus.Loaded;
        var manifest = entry.Manifest!;
        if (!File.Exists(manifest.EntryPath))
        {
            entry.Fail(PluginStatus.Failed, new("plugins.reason.noEntry", manifest.EntryPath));
            return false;
        }
        var context = new PluginLoadContext(manifest.EntryPath);
        entry.LoadContext = context;
        try
        {
            var assembly = context.LoadFromAssemblyPath(manifest.EntryPath);
            var sdkRef = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "Meic.Sdk");
            if (sdkRef?.Version is { } v && new Version(v.Major, v.Minor) > new Version(SdkInfo.Version.Major, SdkInfo.Version.Minor))
            {
                entry.Fail(PluginStatus.Incompatible, new("plugins.reason.builtAgainst", v.ToString(3), SdkInfo.Version));
                return false;
            }
            // The public types only: a plugin's internal Terminal.Gui views must not load Terminal.Gui for `meic init`
            // or any other command (the plugin class is public, and so is whatever a missing dependency breaks first).
            Type[] types;
            try { types = assembly.GetExportedTypes(); }
            catch (ReflectionTypeLoadException e)
            {
                var missing = e.LoaderExceptions.OfType<FileNotFoundException>().FirstOrDefault();
                entry.Fail(PluginStatus.Failed, missing is null ? new("plugins.reason.typesFailed", e.LoaderExceptions.FirstOrDefault()?.Message) : MissingDependency(missing));
                return false;
            }
            catch (FileNotFoundException e)
            {
                entry.Fail(PluginStatus.Failed, MissingDependency(e));
                return false;
            }
            catch (TypeLoadException e)
            {
                entry.Fail(PluginStatus.Failed, new("plugins.reason.typesFailed", e.Message));
                return false;
            }
            var pluginType = types.FirstOrDefault(t => typeof(IMeicPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsPublic: true });
            if (pluginType is null)
            {
                entry.Fail(PluginStatus.Failed, new("plugins.reason.noPluginClass"));
                return false;
            }
            var plugin = (IMeicPlugin)Activator.CreateInstance(pluginType)!;
            var registration = new PluginRegistration(manifest.Id);
            plugin.Register(registration);
            var undeclared = registration.Commands.Keys.Except(manifest.Commands.Select(c => c.Name)).ToList();
            var missingCommands = manifest.Commands.Select(c => c.Name).Except(registration.Commands.Keys).ToList();
            if (undeclared.Count > 0 || missingCommands.Count > 0)
            {
                entry.Fail(PluginStatus.Failed, undeclared.Count > 0
                    ? new("plugins.reason.undeclared", string.Join(", ", undeclared))
                    : new Hosting.Words("plugins.reason.unregistered", string.Join(", ", missingCommands)));
                return false;
            }
            entry.Registration = registration;
            entry.EntryAssembly = assembly;
            entry.Status = PluginStatus.Loaded;
            entry.SetReason(null);
            return true;
        }
        catch (FileNotFoundException e)
        {
            entry.Fail(PluginStatus.Failed, MissingDependency(e));
        }
        catch (TargetInvocationException e) when (e.InnerException is FileNotFoundException missing)
        {
            entry.Fail(PluginStatus.Failed, MissingDependency(missing));
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            entry.Fail(PluginStatus.Failed, new("plugins.reason.ctorThrew", e.InnerException.GetType().Name, e.InnerException.Message));
        }
        catch (Exception e) // deliberate: whatever a plugin does while loading, the host keeps working
        {
            entry.Fail(PluginStatus.Failed, new("plugins.reason.threw", e.GetType().Name, e.Message));
        }
        return false;
    }

    private static Hosting.Words MissingDependency(FileNotFoundException e) =>
        new("plugins.reason.missingDependency", e.FileName is { } f ? new AssemblyName(f).Name : e.Message);

    /// <summary>Unloads a loaded plugin's code (its load context is collectible).</summary>
    public void Unload(PluginEntry entry)
    {
        if (entry.Status != PluginStatus.Loaded) return;
        entry.Registration = null;
        entry.EntryAssembly = null;
        entry.LoadContext?.Unload();
        entry.LoadContext = null;
        entry.Status = PluginStatus.Found;
    }
}
