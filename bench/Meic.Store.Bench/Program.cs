using System.Diagnostics;
using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Microsoft.Data.Sqlite;

// Inserts N small documents in one transaction through the document store (JSON, version,
// journal row) and, for comparison, N rows of (id, json) through raw prepared inserts on the
// same pragmas. Prints rows/s and the ratio (goal: the store reaches at least 0.5 of raw).
// Time is this process's CPU time, so a busy machine does not skew the ratio.
var n = args.Length > 0 ? int.Parse(args[0]) : 100_000;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var dir = Directory.CreateTempSubdirectory("meic-bench").FullName;
double best(Func<int, TimeSpan> run) => Enumerable.Range(0, rounds).Select(i => n / run(i).TotalSeconds).Max();

var raw = best(i =>
{
    var file = Path.Combine(dir, $"raw{i}.db");
    using var c = new SqliteConnection($"Data Source={file};Pooling=False");
    c.Open();
    foreach (var p in new[] { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "CREATE TABLE t(rowid INTEGER PRIMARY KEY, collection TEXT, id TEXT, version INTEGER, body TEXT, UNIQUE(collection, id))" })
    { using var cmd = c.CreateCommand(); cmd.CommandText = p; cmd.ExecuteNonQuery(); }
    var sw = CpuWatch.StartNew();
    using var tx = c.BeginTransaction();
    using var ins = c.CreateCommand();
    ins.Transaction = tx;
    ins.CommandText = "INSERT INTO t(collection, id, version, body) VALUES ('actors', $id, 1, $body)";
    var pid = ins.Parameters.Add("$id", SqliteType.Text);
    var pbody = ins.Parameters.Add("$body", SqliteType.Text);
    for (var k = 0; k < n; k++)
    {
        pid.Value = $"a{k}";
        pbody.Value = $"{{\"id\":\"a{k}\",\"name\":\"Actor {k}\",\"sector\":\"thirdSector\",\"areas\":[\"work\"],\"stage\":\"mapped\"}}";
        ins.ExecuteNonQuery();
    }
    tx.Commit();
    return sw.Elapsed;
});

var rawJournal = best(i =>
{
    var file = Path.Combine(dir, $"rawj{i}.db");
    using var c = new SqliteConnection($"Data Source={file};Pooling=False");
    c.Open();
    foreach (var p in new[] { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "CREATE TABLE t(rowid INTEGER PRIMARY KEY, collection TEXT, id TEXT, version INTEGER, body TEXT, UNIQUE(collection, id))",
        "CREATE TABLE j(seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, who TEXT, collection TEXT, doc_id TEXT, kind TEXT, before TEXT, after TEXT)", "CREATE INDEX jx ON j(collection, doc_id)" })
    { using var cmd = c.CreateCommand(); cmd.CommandText = p; cmd.ExecuteNonQuery(); }
    var sw = CpuWatch.StartNew();
    using var tx = c.BeginTransaction();
    using var ins = c.CreateCommand();
    ins.Transaction = tx;
    ins.CommandText = "INSERT INTO t(collection, id, version, body) VALUES ('actors', $id, 1, $body)";
    var pid = ins.Parameters.Add("$id", SqliteType.Text);
    var pbody = ins.Parameters.Add("$body", SqliteType.Text);
    using var jn = c.CreateCommand();
    jn.Transaction = tx;
    jn.CommandText = "INSERT INTO j(at, who, collection, doc_id, kind, before, after) VALUES ('2026', 'me', 'actors', $id, 'insert', NULL, $body)";
    var jid = jn.Parameters.Add("$id", SqliteType.Text);
    var jbody = jn.Parameters.Add("$body", SqliteType.Text);
    for (var k = 0; k < n; k++)
    {
        pid.Value = jid.Value = $"a{k}";
        pbody.Value = jbody.Value = $"{{\"id\":\"a{k}\",\"name\":\"Actor {k}\",\"sector\":\"thirdSector\",\"areas\":[\"work\"],\"stage\":\"mapped\"}}";
        ins.ExecuteNonQuery();
        jn.ExecuteNonQuery();
    }
    tx.Commit();
    return sw.Elapsed;
});

var store = best(i =>
{
    using var s = SqliteDocumentStore.Open(Path.Combine(dir, $"store{i}.db"), create: true);
    s.Declare(new CollectionSpec("actors"));
    var actors = s.Collection<Actor>("actors");
    var sw = CpuWatch.StartNew();
    using var tx = s.BeginTransaction();
    for (var k = 0; k < n; k++) actors.Insert(new Actor { Id = $"a{k}", Name = $"Actor {k}", Sector = Sector.ThirdSector, Areas = ["work"] });
    tx.Commit();
    return sw.Elapsed;
});

Console.WriteLine($"raw prepared inserts   {raw,12:N0} rows/s");
Console.WriteLine($"raw + journal rows     {rawJournal,12:N0} rows/s (the floor for a journaled store)");
Console.WriteLine($"document store inserts {store,12:N0} rows/s (with journal)");
Console.WriteLine($"ratio                  {store / raw,12:F2} (goal >= 0.50)");
Directory.Delete(dir, recursive: true);

/// <summary>Elapsed CPU time of this process (user + system).</summary>
internal sealed class CpuWatch
{
    private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;
    public static CpuWatch StartNew() => new();
    public TimeSpan Elapsed => Process.GetCurrentProcess().TotalProcessorTime - _start;
}
