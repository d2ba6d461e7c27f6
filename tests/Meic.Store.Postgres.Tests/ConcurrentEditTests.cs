using System.Diagnostics;
using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Testing;

namespace Meic.Store.Postgres.Tests;

/// <summary>Two facilitators, two real `meic` processes, one record.</summary>
public sealed class ConcurrentEditTests
{
    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void Should_refuse_the_second_write_and_show_the_conflict(string kind)
    {
        Skip.If(kind == "postgres" && !PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var ws = new ClusterWorkspaceFixture(kind);
        var id = FirstActorId(ws);

        using var first = Start(ws, "rename-actor", id, "Written by Ana");
        using var second = Start(ws, "rename-actor", id, "Written by Bo");
        first.StandardOutput.ReadLine().ShouldBe("READ v1");
        second.StandardOutput.ReadLine().ShouldBe("READ v1");
        first.StandardInput.WriteLine(); // Ana saves first
        first.WaitForExit(600_000).ShouldBeTrue();
        second.StandardInput.WriteLine(); // then Bo, from the version he read
        second.WaitForExit(600_000).ShouldBeTrue();

        first.ExitCode.ShouldBe(0);
        second.ExitCode.ShouldBe(1);
        var shown = second.StandardError.ReadToEnd();
        // In the Rome workspace's language, with both versions named.
        shown.ShouldContain($"conflitto: actors/{id} è stato modificato da qualcun altro (avevi la versione 1, nell'archivio c'è la 2); non è stato scritto nulla");
        var json = ws.Meic("audit", "--record", $"actors/{id}", "--json");
        json.ExitCode.ShouldBe(0, json.ToString());
        json.Out.ShouldContain("Written by Ana");
        json.Out.ShouldNotContain("Written by Bo");
    }

    [Fact]
    public void Should_stop_waiting_for_a_busy_sqlite_database_and_say_so_plainly()
    {
        using var ws = new ClusterWorkspaceFixture();
        ws.SetStore(new() { ["kind"] = "sqlite", ["path"] = "cluster.db", ["busyTimeoutMs"] = 300 });
        var id = FirstActorId(ws);
        var writer = Path.Combine(Repo.Root, "artifacts", "fixtures", "writer", "Fixture.Writer.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { writer, ws.Database, "3", "hold" }) psi.ArgumentList.Add(a);
        using var holder = Process.Start(psi)!;
        try
        {
            holder.StandardOutput.ReadLine().ShouldBe("READY"); // another process holds the write lock

            using var editor = Start(ws, "rename-actor", id, "Blocked");
            editor.StandardOutput.ReadLine().ShouldBe("READ v1");
            editor.StandardInput.WriteLine();
            editor.WaitForExit(600_000).ShouldBeTrue();

            editor.ExitCode.ShouldBe(1);
            editor.StandardError.ReadToEnd().ShouldContain("l'archivio è occupato: un altro processo meic ci sta scrivendo"); // in the Rome workspace's language
        }
        finally { holder.Kill(); }
        using var store = SqliteDocumentStore.Open(ws.Database);
        store.Collection<Actor>("actors").Get(id)!.Name.ShouldNotBe("Blocked");
    }

    private static string FirstActorId(ClusterWorkspaceFixture ws)
    {
        var listed = ws.Meic("audit", "--json");
        listed.ExitCode.ShouldBe(0, listed.ToString());
        return Newtonsoft.Json.Linq.JArray.Parse(listed.Out).First(e => (string?)e["collection"] == "actors")["id"]!.ToString();
    }

    private static Process Start(ClusterWorkspaceFixture ws, params string[] args) =>
        Process.Start(MeicProcess.Start(ws.Directory, ws.Env, args))!;
}
