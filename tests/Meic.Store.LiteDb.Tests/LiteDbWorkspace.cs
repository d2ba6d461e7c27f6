using Meic.Core.Hosting;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Store.LiteDb.Tests;

/// <summary>A real workspace made by `meic init --store litedb`, run through the real host.</summary>
internal sealed class LiteDbWorkspace : IDisposable
{
    private readonly TempDir _dir = new("meic-litedb-ws");

    public LiteDbWorkspace(string template = "rome", string store = "litedb")
    {
        var init = MeicProcess.Run(_dir.Path, "init", "ws", "--template", template, "--store", store);
        init.ExitCode.ShouldBe(0, init.ToString());
        Directory = Path.Combine(_dir.Path, "ws");
    }

    public string Directory { get; }
    public string Root => _dir.Path;
    public string Database => Path.Combine(Directory, "cluster.litedb");
    public Dictionary<string, string?> Env { get; } = new() { ["MEIC_USER"] = "tester" };

    public MeicResult Meic(params string[] args) => MeicProcess.Run(Directory, Env, args);

    public MeicResult Ok(params string[] args)
    {
        var r = Meic(args);
        r.ExitCode.ShouldBe(0, r.ToString());
        return r;
    }

    /// <summary>The workspace's LiteDB store with the host's key and core collections, as `meic` opens it.</summary>
    public LiteDbDocumentStore OpenStore(string? file = null)
    {
        var store = LiteDbDocumentStore.Open(file ?? Database);
        store.Cipher = global::Meic.Core.Privacy.KeyRing.For(Directory);
        CoreCollections.Declare(store);
        return store;
    }

    public void SetStore(JObject store)
    {
        var file = Path.Combine(Directory, "toolkit.json");
        var config = JObject.Parse(File.ReadAllText(file));
        config["store"] = store;
        File.WriteAllText(file, config.ToString());
    }

    public void Dispose() => _dir.Dispose();
}
