using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Store.LiteDb;

// Usage:
//   Fixture.LiteDbWriter loop DB BATCH          transactions of BATCH actors (District = "tx N") one after another, for ever;
//                                               prints READY after the first commit, so the test kills it mid-write.
//   Fixture.LiteDbWriter acked DB COUNT PREFIX  COUNT actors, each committed on its own (acknowledged), ids PREFIX-k;
//                                               prints the number acknowledged at the end.
var (mode, db) = (args[0], args[1]);
using var store = LiteDbDocumentStore.Open(db, create: true, busyTimeoutMs: 120_000);
store.Declare(new CollectionSpec(Actor.CollectionName).Index("district"));
store.Declare(new CollectionSpec("notes").Searchable("text"));
var actors = store.Collection<Actor>(Actor.CollectionName);
if (mode == "loop")
{
    var batch = int.Parse(args[2]);
    for (var t = 0; ; t++)
    {
        using (var tx = store.BeginTransaction())
        {
            for (var k = 0; k < batch; k++)
                actors.Insert(new Actor { Id = $"{Environment.ProcessId}-{t}-{k}", Name = $"Actor {t}/{k} {new string('x', 200)}", District = $"tx {Environment.ProcessId}-{t}", Sector = Sector.ThirdSector });
            tx.Commit();
        }
        if (t == 0) { Console.WriteLine("READY"); Console.Out.Flush(); }
    }
}
var (count, prefix) = (int.Parse(args[2]), args[3]);
var acked = 0;
for (var k = 0; k < count; k++)
{
    actors.Insert(new Actor { Id = $"{prefix}-{k}", Name = $"{prefix} actor {k}", District = prefix });
    acked++;
}
Console.WriteLine(acked);
return 0;
