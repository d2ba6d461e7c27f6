// Load on a shared server: facilitators and partners, each with their own login, changing one cluster at once.
// Checks that no update is lost (optimistic versions), that the database journaled every change, and that no
// deadlock reached a user; prints the latency of a single change. Needs MEIC_TEST_POSTGRES (an owner login):
//   eval "$(bash scripts/pg-start.sh)"; dotnet run -c Release --project bench/Meic.Postgres.Bench -- [WRITERS] [SECONDS]
using System.Collections.Concurrent;
using System.Diagnostics;
using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Store.Postgres;
using Npgsql;

var server = Environment.GetEnvironmentVariable("MEIC_TEST_POSTGRES") ?? throw new InvalidOperationException("set MEIC_TEST_POSTGRES (eval \"$(bash scripts/pg-start.sh)\")");
var writers = args.Length > 0 ? int.Parse(args[0]) : 20;
var seconds = args.Length > 1 ? int.Parse(args[1]) : 60;
const int MaxChangesPerWriter = 1_000_000; // a bound besides the clock: the run always stops by itself
const string Password = "bench-password-123";
var tag = Guid.NewGuid().ToString("N")[..8];
var schema = "bench_" + tag;
var owner = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema, MaxPoolSize = 50 }.ConnectionString;
Admin($"CREATE SCHEMA \"{schema}\"");
var logins = new List<(string Login, string Role, string? Org)>();
try
{
    using (var store = PostgresDocumentStore.Open(owner, create: true))
    {
        store.User = "bench-setup";
        Declare(store);
        for (var i = 0; i < writers; i++) store.Collection<Actor>("actors").Insert(new Actor { Id = $"org-{i}", Name = $"Organisation {i}" });
        // A hot set every facilitator changes (conflicts on purpose) and two services per partner organisation.
        for (var i = 0; i < 10; i++) store.Collection<Counter>("actions").Insert(new Counter { Id = $"hot-{i}" });
        for (var i = 0; i < writers; i++)
            for (var j = 0; j < 2; j++) store.Collection<Counter>("services").Insert(new Counter { Id = $"svc-{i}-{j}", ActorId = $"org-{i}" });
        for (var i = 0; i < writers; i++)
        {
            var (role, org) = i % 2 == 0 ? ("facilitator", (string?)null) : ("partner", $"org-{i}");
            var login = $"w{i}_{tag}";
            PostgresAccess.AddUser(store, login, role, org, Password);
            logins.Add((login, role, org));
        }
    }
    var journalBefore = Count("SELECT count(*) FROM journal");
    var done = new ConcurrentDictionary<string, int>();
    var latencies = new ConcurrentBag<double>();
    int conflicts = 0, deadlocks = 0, failures = 0;
    var clock = Stopwatch.StartNew();
    var tasks = logins.Select((w, index) => Task.Run(() =>
    {
        var random = new Random(index);
        using var store = PostgresDocumentStore.Open(PostgresAccess.ConnectionStringFor(owner, w.Login, Password));
        Declare(store);
        for (var n = 0; n < MaxChangesPerWriter && clock.Elapsed.TotalSeconds < seconds; n++)
        {
            var (collection, id) = w.Role == "facilitator"
                ? (random.Next(4) == 0 ? ("services", $"svc-{random.Next(writers)}-{random.Next(2)}") : ("actions", $"hot-{random.Next(10)}"))
                : ("services", $"svc-{index}-{random.Next(2)}");
            var watch = Stopwatch.StartNew();
            try
            {
                var docs = store.Collection<Counter>(collection);
                var doc = docs.Get(id)!;
                doc.N++;
                doc.By = w.Login;
                docs.Update(doc);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                done.AddOrUpdate($"{collection}/{id}", 1, (_, c) => c + 1);
            }
            catch (ConflictException) { Interlocked.Increment(ref conflicts); }
            catch (MeicException e) when (e.Message.Contains("collided")) { Interlocked.Increment(ref deadlocks); }
            catch (Exception e) { Interlocked.Increment(ref failures); Console.Error.WriteLine($"{w.Login}: {e.Message}"); }
        }
    })).ToArray();
    Task.WaitAll(tasks);
    var elapsed = clock.Elapsed.TotalSeconds;

    // No lost update: every document's counter equals the changes its writers saw succeed; the journal holds each one.
    var lost = 0; var unjournaled = 0;
    using (var check = new NpgsqlConnection(owner))
    {
        check.Open();
        using var cmd = new NpgsqlCommand("SELECT d.collection || '/' || d.id, (d.body ->> 'n')::int, d.version, (SELECT count(*) FROM journal j WHERE j.collection = d.collection AND j.doc_id = d.id AND j.kind = 'update') FROM documents d WHERE d.collection IN ('actions', 'services')", check);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var expected = done.GetValueOrDefault(reader.GetString(0));
            if (reader.GetInt32(1) != expected || reader.GetInt64(2) != expected + 1) lost++;
            if (reader.GetInt64(3) != expected) unjournaled++;
        }
    }
    var changes = done.Values.Sum();
    var journaled = Count("SELECT count(*) FROM journal") - journalBefore;
    var sorted = latencies.OrderBy(x => x).ToArray();
    double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    Console.WriteLine($"writers {writers} ({logins.Count(l => l.Role == "facilitator")} facilitators, {logins.Count(l => l.Role == "partner")} partners), {elapsed:F1} s");
    Console.WriteLine($"changes {changes} ({changes / elapsed:F0}/s), conflicts refused {conflicts}, deadlocks surfaced {deadlocks}, other failures {failures}");
    Console.WriteLine($"journal rows written by the database {journaled} (changes {changes}); documents with a lost update {lost}; documents whose journal misses a change {unjournaled}");
    Console.WriteLine($"latency of one change (read, change, write, journal): p50 {P(0.50):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {P(1):F1} ms");
    return lost == 0 && unjournaled == 0 && deadlocks == 0 && failures == 0 && journaled == changes ? 0 : 1;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    Admin($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
    foreach (var (login, _, _) in logins) Admin($"DROP OWNED BY \"{login}\"; DROP ROLE IF EXISTS \"{login}\"");
}

void Declare(IDocumentStore store)
{
    CoreCollections.Declare(store);
    store.Declare(new CollectionSpec("actions"));
    store.Declare(new CollectionSpec("services").Index("actorId"));
}

void Admin(string sql)
{
    using var c = new NpgsqlConnection(server);
    c.Open();
    using var cmd = new NpgsqlCommand(sql, c);
    cmd.ExecuteNonQuery();
}

long Count(string sql)
{
    using var c = new NpgsqlConnection(owner);
    c.Open();
    using var cmd = new NpgsqlCommand(sql, c);
    return (long)cmd.ExecuteScalar()!;
}

/// <summary>A record whose counter each change raises by one.</summary>
public sealed class Counter : Document
{
    public string? ActorId { get; set; }
    public int N { get; set; }
    public string? By { get; set; }
}
