using Meic.Core.Store;
using Meic.Testing;
using Microsoft.Data.Sqlite;

namespace Meic.Monitoring.Tests;

/// <summary>A real workspace made by `meic init`, and helpers that write other plugins' records the way they would.</summary>
internal sealed class Workspace : IDisposable
{
    private readonly TempDir _temp = new("meic-monitor");

    public Workspace(string template = "rome")
    {
        var init = MeicProcess.Run(_temp.Path, "init", "ws", "--template", template, "--lang", "en");
        init.ExitCode.ShouldBe(0, init.ToString());
    }

    public string Dir => Path.Combine(_temp.Path, "ws");
    public string Db => Path.Combine(Dir, "cluster.db");

    public MeicResult Meic(params string[] args) => MeicIn("en", args);

    /// <summary>Runs meic in <paramref name="language"/>.</summary>
    public MeicResult MeicIn(string language, params string[] args) => MeicProcess.Run(Dir, new Dictionary<string, string?> { ["MEIC_USER"] = "maria" }, [.. args, "--lang", language]);

    public void Store(Action<SqliteDocumentStore> write)
    {
        using var store = SqliteDocumentStore.Open(Db);
        store.User = "simulated-plugin";
        using var tx = store.BeginTransaction();
        write(store);
        tx.Commit();
    }

    /// <summary>Moves journal entries to a past moment, as if the change had been made then.</summary>
    public void Backdate(string whereSql, DateTimeOffset at)
    {
        using var c = new SqliteConnection($"Data Source={Db}");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"UPDATE journal SET at = $at WHERE {whereSql}";
        cmd.Parameters.AddWithValue("$at", at.ToUniversalTime().ToString("O"));
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
