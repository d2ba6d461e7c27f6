using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;

namespace Meic.Store.LiteDb.Tests;

/// <summary>Real processes on a real LiteDB file: killed mid-write, and two at once.</summary>
public sealed class LiteDbDurabilityTests : IDisposable
{
    private readonly TempDir _dir = new("meic-litedb-durable");

    private static LiteDbDocumentStore OpenChecked(string file)
    {
        var store = LiteDbDocumentStore.Open(file, busyTimeoutMs: 60_000);
        store.Declare(new CollectionSpec(Actor.CollectionName).Index("district"));
        return store;
    }

    // Bounds only so that a stuck child fails the test instead of hanging it; a slow one passes.
    private static readonly TimeSpan FirstCommit = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan WholeRun = TimeSpan.FromMinutes(20);

    [Fact]
    public void Should_keep_every_transaction_whole_or_absent_across_fifty_kills_mid_write()
    {
        const int Batch = 20;
        var file = _dir.File("killed.litedb");
        var random = new Random(23);
        var killedWhileWriting = 0;
        for (var round = 0; round < 50; round++)
        {
            using (var p = WriterProcess.Start("loop", file, Batch.ToString()))
            {
                p.ReadLine(FirstCommit, $"READY (its first commit) in round {round + 1}").ShouldBe("READY");
                Thread.Sleep(random.Next(0, 40)); // somewhere inside a later transaction, its commit or its checkpoint
                if (!p.HasExited) killedWhileWriting++;
                p.Kill($"SIGKILL in round {round + 1}"); // no finaliser, no rollback, no checkpoint, the lock dropped by the kernel
            }

            using var store = OpenChecked(file);
            store.CheckIntegrity().ShouldBeEmpty($"after kill {round + 1}");
            var actors = store.Collection<Actor>(Actor.CollectionName).All();
            // All or nothing: every transaction that is there is there with all its documents and journal entries.
            foreach (var tx in actors.GroupBy(a => a.District))
                tx.Count().ShouldBe(Batch, $"transaction '{tx.Key}' after kill {round + 1}");
            store.Journal.Count().ShouldBe(actors.Count);
            actors.Count.ShouldBeGreaterThanOrEqualTo((round + 1) * Batch); // at least the acknowledged first commit of each round
        }
        killedWhileWriting.ShouldBe(50);
    }

    [Fact]
    public async Task Should_keep_all_six_thousand_acknowledged_writes_of_two_processes_on_one_file()
    {
        var file = _dir.File("shared.litedb");
        LiteDbDocumentStore.Open(file, create: true).Dispose();
        using var first = WriterProcess.Start("acked", file, "3000", "one");
        using var second = WriterProcess.Start("acked", file, "3000", "two");
        var outputs = new[] { (first, "one"), (second, "two") }
            .Select(w => Task.Run(() => (Out: w.Item1.ReadToEnd(WholeRun, $"its 3,000 acknowledged writes ('{w.Item2}')"), w.Item1)))
            .ToArray();
        foreach (var done in outputs)
        {
            var (text, writer) = await done;
            text.Trim().ShouldBe("3000", writer.Errors);
        }

        using var store = OpenChecked(file);
        var actors = store.Collection<Actor>(Actor.CollectionName);
        actors.Count().ShouldBe(6000);
        foreach (var prefix in new[] { "one", "two" })
        {
            var ids = actors.Find(("district", prefix)).Select(a => a.Id).ToHashSet();
            ids.Count.ShouldBe(3000);
            for (var k = 0; k < 3000; k++) ids.ShouldContain($"{prefix}-{k}");
        }
        store.Journal.Count().ShouldBe(6000);
        store.Journal.Read(new JournalQuery()).Select(e => e.Sequence).ShouldBeUnique();
        store.CheckIntegrity().ShouldBeEmpty();
    }

    public void Dispose() => _dir.Dispose();
}
