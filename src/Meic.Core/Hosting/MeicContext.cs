using Meic.Core.Plugins;
using Meic.Core.Workspace;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Core.Hosting;

/// <summary>The host's implementation of <see cref="IMeicContext"/> for one command.</summary>
public sealed class MeicContext : IMeicContext, IDisposable
{
    private IDocumentStore? _store;
    private bool _allLoaded;
    private readonly Lazy<IAnsiConsole> _console;

    /// <summary>Creates a context.</summary>
    public MeicContext(ClusterWorkspace? workspace, PluginCatalog plugins, IAnsiConsole console, TextWriter output, TextWriter errors,
        string language, bool json, bool verbose, IClock? clock = null)
        : this(workspace, plugins, () => console, output, errors, language, json, verbose, clock)
    {
    }

    /// <summary>Creates a context whose console is made on first use (commands that answer with <c>--json</c> never need one).</summary>
    public MeicContext(ClusterWorkspace? workspace, PluginCatalog plugins, Func<IAnsiConsole> console, TextWriter output, TextWriter errors,
        string language, bool json, bool verbose, IClock? clock = null)
    {
        Workspace = workspace; Plugins = plugins; _console = new Lazy<IAnsiConsole>(console); Out = output; Errors = errors;
        Language = language; Json = json; Verbose = verbose; Clock = clock ?? SystemClock.Instance;
        Strings = HostStrings.Load(language);
        // Every importer reads files under the workspace's limits, and words its refusals in the user's language.
        Meic.Sdk.Files.FileLimits.Use(workspace?.Config.Limits ?? Meic.Sdk.Files.FileLimits.Default, language);
    }

    /// <summary>The workspace, when the command runs in one.</summary>
    public ClusterWorkspace? Workspace { get; }
    /// <summary>The plugins found.</summary>
    public PluginCatalog Plugins { get; }
    /// <summary>The host's UI strings in the active language.</summary>
    public Strings Strings { get; }
    /// <summary>Where warnings go.</summary>
    public TextWriter Errors { get; }

    /// <inheritdoc />
    public string WorkspaceDirectory => RequireWorkspace().Directory;
    /// <inheritdoc />
    public IAnsiConsole Console => _console.Value;
    /// <inheritdoc />
    public TextWriter Out { get; }
    /// <inheritdoc />
    public string Language { get; }
    /// <inheritdoc />
    public bool Json { get; }
    /// <inheritdoc />
    public bool Verbose { get; }
    /// <inheritdoc />
    public IClock Clock { get; }
    /// <inheritdoc />
    public string User { get; set; } = Environment.GetEnvironmentVariable("MEIC_USER") ?? Environment.UserName;

    /// <summary>Raised for every published event, after subscribers ran (script hooks listen here).</summary>
    public event Action<MeicEvent>? Published;

    /// <summary>Raised when the store is opened or handed over (script hooks listen to its commits).</summary>
    public event Action<IDocumentStore>? StoreOpened;

    /// <summary>Whether the store has been opened.</summary>
    public bool StoreOpen => _store is not null;

    /// <inheritdoc />
    public IDocumentStore Store => _store ??= OpenStore();

    private Vocabularies? _vocabularies;

    /// <summary>
    /// The shared vocabularies with the cluster's areas and districts over them, built on first use (outside a workspace,
    /// or before the cluster record exists, the shared ones alone). <see cref="ForgetVocabularies"/> drops it after the cluster changes.
    /// </summary>
    public Vocabularies Vocabularies => _vocabularies ??= BuildVocabularies();

    /// <summary>Drops the cached vocabularies, so the next use reads the cluster's areas and districts again.</summary>
    public void ForgetVocabularies() => _vocabularies = null;

    private Vocabularies BuildVocabularies()
    {
        if (Workspace is null) return Vocabularies.Shared;
        var cluster = Store.Collection<Meic.Sdk.Model.Cluster>(Meic.Sdk.Model.Cluster.CollectionName).Get("cluster");
        return cluster is null ? Vocabularies.Shared : Vocabularies.Shared.ForCluster(cluster);
    }

    /// <summary>The workspace, or a clear error when the command was run outside one.</summary>
    public ClusterWorkspace RequireWorkspace() =>
        Workspace ?? throw new InputException(Strings["error.noWorkspace"]);

    private IDocumentStore OpenStore()
    {
        var store = StoreFactory.Open(RequireWorkspace());
        store.User = User;
        if (store is Meic.Core.Store.ILocalizedStore worded) worded.Strings = Strings;
        foreach (var entry in Plugins.Loaded) Prepare(store, entry);
        _store = store;
        StoreOpened?.Invoke(store);
        return store;
    }

    /// <summary>Declares a freshly loaded plugin's collections and runs its migrations, when the store is open.</summary>
    public void PluginLoaded(PluginEntry entry)
    {
        if (_store is not null) Prepare(_store, entry);
    }

    private static void Prepare(IDocumentStore store, PluginEntry entry)
    {
        var reg = entry.Registration!;
        foreach (var spec in reg.Collections) store.Declare(spec);
        if (reg.Migrations.Count > 0) store.Migrate(reg.PluginId, reg.Migrations);
    }

    /// <summary>Uses <paramref name="store"/> (already open, for example a new one being seeded) as this context's store.</summary>
    public void UseStore(IDocumentStore store)
    {
        _store = store;
        if (store is Meic.Core.Store.ILocalizedStore worded) worded.Strings = Strings;
        foreach (var entry in Plugins.Loaded) Prepare(store, entry);
        StoreOpened?.Invoke(store);
    }

    /// <inheritdoc />
    public void Publish(MeicEvent e)
    {
        foreach (var entry in Plugins.Loaded.ToList())
            foreach (var (name, handler) in entry.Registration!.Subscriptions)
            {
                if (name != "*" && name != e.Name) continue;
                try { handler(this, e); }
                catch (Exception ex) // deliberate: a subscriber's failure is reported, never fatal
                {
                    Errors.WriteLine($"meic: {Strings["error.warning"]}: {Strings["plugins.handlerFailed", entry.Id, e.Name, ex.Message]}");
                }
            }
        Published?.Invoke(e);
    }

    /// <inheritdoc />
    public T? GetService<T>() where T : class
    {
        var found = Find<T>();
        if (found is not null || _allLoaded) return found;
        _allLoaded = true;
        foreach (var entry in Plugins.Entries.Where(e => e.Status == PluginStatus.Found))
            if (Plugins.Load(entry)) PluginLoaded(entry);
        return Find<T>();
    }

    private T? Find<T>() where T : class
    {
        foreach (var entry in Plugins.Loaded)
            if (entry.Registration!.Services.TryGetValue(typeof(T), out var factory))
                return (T)factory(this);
        return null;
    }

    /// <inheritdoc />
    public string? Setting(string pluginId, string key) =>
        Workspace?.Config.Settings.GetValueOrDefault(pluginId)?.GetValueOrDefault(key);

    /// <inheritdoc />
    public void WriteJson(object? value) => Out.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(value, Sdk.Text.Json.Indented));

    /// <summary>
    /// Writes indented JSON by hand, in the shape <see cref="WriteJson(object?)"/> gives, for host
    /// commands on the start-up path (a serializer's first use costs more than they do).
    /// </summary>
    internal void WriteJson(Action<Sdk.Text.JsonPrinter> write) => Out.WriteLine(Text.IndentedJson.Write(write));

    /// <inheritdoc />
    public void Dispose() => _store?.Dispose();
}
