using Meic.Core.Hosting;
using Meic.Core.Workspace;
using Meic.Sdk.Store;
using Meic.Testing;

namespace Meic.Brokerage.Tests;

/// <summary>A real workspace made by the real host, and ways to run `meic` in it and read its store.</summary>
public sealed class TestCluster : IDisposable
{
    private readonly TempDir _temp = new("meic-broker");

    public TestCluster(string template = "rome", string? settings = null)
    {
        // `meic init` runs once per template per test run; each test works on its own copy.
        var seeded = Seeded.GetOrAdd(template, t => new Lazy<string>(() => Init(t))).Value;
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(seeded)) System.IO.File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        if (settings is not null)
        {
            var config = Newtonsoft.Json.Linq.JObject.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(Path, "toolkit.json")));
            config["settings"] = Newtonsoft.Json.Linq.JObject.Parse(settings);
            System.IO.File.WriteAllText(System.IO.Path.Combine(Path, "toolkit.json"), config.ToString());
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<string>> Seeded = new();

    private static string Init(string template)
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"meic-broker-seed-{template}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var init = MeicProcess.Run(dir, "init", "ws", "--template", template);
        if (init.ExitCode != 0) throw new InvalidOperationException(init.ToString());
        var ws = System.IO.Path.Combine(dir, "ws");
        // A checkpoint folds the WAL into the database file, so copying the folder copies everything.
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={System.IO.Path.Combine(ws, "cluster.db")};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            cmd.ExecuteNonQuery();
        }
        return ws;
    }

    public string Path => System.IO.Path.Combine(_temp.Path, "ws");
    public string File(string name) => _temp.File(name);
    public string Write(string name, string text) => _temp.Write(name, text);

    public MeicResult Meic(params string[] args) => MeicProcess.Run(Path, args);
    public MeicResult Meic(IDictionary<string, string?> env, params string[] args) => MeicProcess.Run(Path, env, args);

    public MeicResult Ok(params string[] args)
    {
        var r = Meic(args);
        r.ExitCode.ShouldBe(0, r.ToString());
        return r;
    }

    public T Json<T>(params string[] args) => Newtonsoft.Json.JsonConvert.DeserializeObject<T>(Ok([.. args, "--json"]).Out)!;

    public IDocumentStore OpenStore() => StoreFactory.Open(ClusterWorkspace.Load(Path));

    public void Dispose() => _temp.Dispose();
}
