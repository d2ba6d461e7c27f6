using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Store.Postgres.Tests;

/// <summary>A real workspace made by `meic init --template rome`, with the fixture plugins, on SQLite or PostgreSQL.</summary>
public sealed class ClusterWorkspaceFixture : IDisposable
{
    private readonly TempDir _dir = new("meic-pgws");
    private PostgresTestDatabase? _pg;

    public ClusterWorkspaceFixture(string kind = "sqlite")
    {
        Run(_dir.Path, "init", "ws", "--template", "rome").ExitCode.ShouldBe(0);
        Directory = Path.Combine(_dir.Path, "ws");
        FixturePlugins.CopyTo(Path.Combine(Directory, "plugins"), "Fixture.Good", "Fixture.Editor");
        if (kind == "postgres")
        {
            _pg = new PostgresTestDatabase();
            Url = _pg.Url;
            var copy = Meic("store", "copy", "--to", Url);
            copy.ExitCode.ShouldBe(0, copy.ToString());
            SetStore(new JObject { ["kind"] = "postgres" });
            Env["MEIC_DATABASE_URL"] = Url;
        }
    }

    public string Directory { get; }
    public string? Url { get; }
    public string Database => Path.Combine(Directory, "cluster.db");
    public Dictionary<string, string?> Env { get; } = new() { ["MEIC_USER"] = "tester" };

    /// <summary>The workspace's SQLite store with the host's key and core collections (sensitive fields sealed).</summary>
    public global::Meic.Core.Store.SqliteDocumentStore OpenStoreAsTheHostDoes()
    {
        var store = global::Meic.Core.Store.SqliteDocumentStore.Open(Database);
        store.Cipher = global::Meic.Core.Privacy.KeyRing.For(Directory);
        global::Meic.Core.Hosting.CoreCollections.Declare(store);
        return store;
    }

    public MeicResult Meic(params string[] args) => MeicProcess.Run(Directory, Env, args);

    public MeicResult MeicAs(string user, params string[] args) =>
        MeicProcess.Run(Directory, new Dictionary<string, string?>(Env) { ["MEIC_USER"] = user }, args);

    public void SetStore(JObject store)
    {
        var file = Path.Combine(Directory, "toolkit.json");
        var config = JObject.Parse(File.ReadAllText(file));
        config["store"] = store;
        File.WriteAllText(file, config.ToString());
    }

    private static MeicResult Run(string cwd, params string[] args) => MeicProcess.Run(cwd, args);

    public void Dispose()
    {
        _pg?.Dispose();
        _dir.Dispose();
    }
}
