using System.Diagnostics;
using LiteDB;
using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Meic.Store.LiteDb;

// Inserts N small documents in one transaction through the LiteDB document store (JSON, version, journal,
// cluster lock) and, for comparison, the same N documents — the JSON the store writes, under the same ids —
// through raw LiteDB inserts in one transaction on the same connection settings. Both collections carry the
// same declared indexes as the host's "actors" (sector, stage, networkKind, name).
// Prints documents/s and the ratio (goal: the store reaches at least 0.6 of raw).
// Time is this process's CPU time, so a busy machine does not skew the ratio.
var n = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var dir = Directory.CreateTempSubdirectory("meic-litedb-bench").FullName;
double best(Func<int, TimeSpan> run) => Enumerable.Range(0, rounds).Select(i => n / run(i).TotalSeconds).Max();
static Actor Make(int k) => new() { Id = $"a{k}", Name = $"Actor {k}", Sector = Sector.ThirdSector, Areas = ["work"] };
string[] indexed = ["sector", "stage", "networkKind", "name"];

var raw = best(i =>
{
    var file = Path.Combine(dir, $"raw{i}.litedb");
    using var db = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct, Collation = new Collation("en-US/Ordinal") });
    var col = db.GetCollection("d_actors");
    foreach (var f in indexed) col.EnsureIndex("x" + f, "$.x." + f);
    var sw = CpuWatch.StartNew();
    db.BeginTrans();
    for (var k = 0; k < n; k++)
    {
        var actor = Make(k);
        actor.Version = 1;
        var x = new BsonDocument { ["sector"] = "thirdSector", ["stage"] = "mapped", ["networkKind"] = BsonValue.Null, ["name"] = actor.Name };
        col.Insert(new BsonDocument { ["_id"] = actor.Id, ["v"] = 1L, ["b"] = Json.Serialize(actor), ["x"] = x });
    }
    db.Commit();
    return sw.Elapsed;
});

var store = best(i =>
{
    using var s = LiteDbDocumentStore.Open(Path.Combine(dir, $"store{i}.litedb"), create: true);
    var spec = new CollectionSpec("actors");
    foreach (var f in indexed) spec.Index(f);
    s.Declare(spec);
    var actors = s.Collection<Actor>("actors");
    var sw = CpuWatch.StartNew();
    using var tx = s.BeginTransaction();
    for (var k = 0; k < n; k++) actors.Insert(Make(k));
    tx.Commit();
    return sw.Elapsed;
});

Console.WriteLine($"raw LiteDB inserts          {raw,12:N0} documents/s");
Console.WriteLine($"LiteDB document store       {store,12:N0} documents/s (versions, journal, index values, lock)");
Console.WriteLine($"ratio                       {store / raw,12:F2} (goal >= 0.60)");
Directory.Delete(dir, recursive: true);

/// <summary>Elapsed CPU time of this process (user + system).</summary>
internal sealed class CpuWatch
{
    private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;
    public static CpuWatch StartNew() => new();
    public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - _start;
}
