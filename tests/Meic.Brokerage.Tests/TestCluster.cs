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
        var init = MeicProcess.Run(_temp.Path, "init", "ws", "--template", template);
        if (init.ExitCode != 0) throw new InvalidOperationException(init.ToString());
        if (settings is not null)
        {
            var config = Newtonsoft.Json.Linq.JObject.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(Path, "toolkit.json")));
            config["settings"] = Newtonsoft.Json.Linq.JObject.Parse(settings);
            System.IO.File.WriteAllText(System.IO.Path.Combine(Path, "toolkit.json"), config.ToString());
        }
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
