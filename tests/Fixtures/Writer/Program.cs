using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Sdk.Store;

// Usage: Fixture.Writer DB COUNT commit|hold
// Inserts COUNT actors in one transaction; "hold" stops before committing, "commit" commits then holds.
// Either way it prints READY and blocks, so the test can kill it at a known point.
var (db, count, mode) = (args[0], int.Parse(args[1]), args[2]);
using var store = SqliteDocumentStore.Open(db, create: true);
store.Declare(new CollectionSpec(Actor.CollectionName));
var tx = store.BeginTransaction();
var actors = store.Collection<Actor>(Actor.CollectionName);
for (var i = 0; i < count; i++) actors.Insert(new Actor { Name = $"Actor {i}", Sector = Sector.ThirdSector });
if (mode == "commit") tx.Commit();
Console.WriteLine("READY");
Console.Out.Flush();
Console.ReadLine();
return 0;
