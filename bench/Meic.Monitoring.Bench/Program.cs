using System.Diagnostics;
using Meic.Core.Store;
using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;
using Meic.Monitoring.Presets;
using Meic.Sdk.Model;
using Meic.Sdk.Text;
using Microsoft.Data.Sqlite;

// Builds a cluster of 10,000 actors, 1,000 meetings and a journal of 1,000,000 changes, then times
// recomputing every computed indicator: now, for a past quarter (journal replay) and as a 24-month series.
var actorsN = Arg("--actors", 10_000); var meetingsN = Arg("--meetings", 1_000); var journalN = Arg("--journal", 1_000_000);
var dir = Path.Combine(Path.GetTempPath(), "meic-monitor-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(dir);
var db = Path.Combine(dir, "cluster.db");
var rng = new Random(42);
var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
var now = new DateTimeOffset(2025, 12, 31, 12, 0, 0, TimeSpan.Zero);
var sw = Stopwatch.StartNew();
var areas = new[] { "housing", "work", "culture", "institutions" };
using (var store = SqliteDocumentStore.Open(db, create: true))
{
    using var tx = store.BeginTransaction();
    store.Collection<Cluster>("cluster").Insert(new Cluster { Id = "cluster", Name = "Bench", Areas = areas.Select(a => new AreaDefinition { Id = a, Label = new LocalizedText { ["en"] = a } }).ToList() });
    var actors = store.Collection<Actor>("actors");
    for (var i = 0; i < actorsN; i++)
        actors.Insert(new Actor { Id = $"a{i}", Name = $"Org {i}", Sector = (Sector)(i % 7), Areas = [areas[i % 4]], Stage = (EngagementStage)rng.Next(0, 5), NetworkKind = (NetworkKind)(i % 3) });
    var ties = store.Collection<Relationship>("relationships");
    for (var i = 0; i < actorsN * 3; i++)
        ties.Insert(new Relationship { Source = $"a{rng.Next(actorsN)}", Target = $"a{rng.Next(actorsN)}", Wave = i % 2 == 0 ? "w1" : "w2" });
    var meetings = store.Collection<MeetingDoc>("meetings");
    for (var i = 0; i < meetingsN; i++)
        meetings.Insert(new MeetingDoc
        {
            Id = $"m{i}", Kind = i % 5 == 0 ? "plenary" : "thematicTable", Status = "closed",
            Start = start.AddHours(i * 17).ToString("O"),
            Attendance = Enumerable.Range(0, 20).Select(_ => new AttendanceDoc { ActorId = $"a{rng.Next(actorsN)}", Present = rng.NextDouble() < 0.7 }).ToList(),
            Pulse = Enumerable.Range(0, 5).Select(_ => new PulseDoc { Openness = rng.Next(1, 6), Balance = rng.Next(1, 6), Usefulness = rng.Next(1, 6), Trust = rng.Next(1, 6) }).ToList(),
        });
    var actions = store.Collection<ActionDoc>("actions");
    for (var i = 0; i < meetingsN * 3; i++)
        actions.Insert(new ActionDoc { Id = $"x{i}", MeetingId = $"m{i / 3}", Due = DateOnly.FromDateTime(start.AddDays(rng.Next(730)).UtcDateTime).ToString("yyyy-MM-dd"), Status = rng.NextDouble() < 0.6 ? "done" : "open" });
    CatalogueWriter.Write(store, PresetFile.Load(Path.Combine(FindRoot(), "templates", "clusters", "rome", "monitoring", "indicators.json"), Meic.Monitoring.Commands.Ui.Strings("en")));
    tx.Commit();
}
// Pad the journal with actor stage changes spread over two years (written directly: the point is reading them back).
using (var c = new SqliteConnection($"Data Source={db}"))
{
    c.Open();
    long have;
    using (var count = c.CreateCommand()) { count.CommandText = "SELECT count(*) FROM journal"; have = (long)count.ExecuteScalar()!; }
    using (var spread = c.CreateCommand()) { spread.CommandText = $"UPDATE journal SET at = '{start:O}'"; spread.ExecuteNonQuery(); }
    using var tx = c.BeginTransaction();
    using var cmd = c.CreateCommand();
    cmd.Transaction = tx;
    cmd.CommandText = "INSERT INTO journal(at, who, collection, doc_id, kind, before, after) VALUES ($at, 'bench', 'actors', $id, 'update', NULL, $after)";
    var at = cmd.Parameters.Add("$at", SqliteType.Text); var id = cmd.Parameters.Add("$id", SqliteType.Text); var after = cmd.Parameters.Add("$after", SqliteType.Text);
    var extra = journalN - have;
    for (long i = 0; i < extra; i++)
    {
        var n = rng.Next(actorsN);
        at.Value = start.AddSeconds(i * (730.0 * 86400 / extra)).ToUniversalTime().ToString("O");
        id.Value = $"a{n}";
        after.Value = Json.Serialize(new Actor { Id = $"a{n}", Name = $"Org {n}", Sector = (Sector)(n % 7), Areas = [areas[n % 4]], Stage = (EngagementStage)rng.Next(0, 5), NetworkKind = (NetworkKind)(n % 3) });
        cmd.ExecuteNonQuery();
    }
    tx.Commit();
}
Console.WriteLine($"generated {actorsN:N0} actors, {actorsN * 3:N0} ties, {meetingsN:N0} meetings, {meetingsN * 3:N0} actions, journal {journalN:N0} changes in {sw.Elapsed.TotalSeconds:F1} s");

using (var store = SqliteDocumentStore.Open(db))
{
    var engine = new MonitoringEngine(store, now);
    var computed = engine.Catalogue().Where(i => i.IsComputed).ToList();
    Time($"compute {computed.Count} computed indicators, 2025 up to now (present state)", () => engine.Compute(new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)), computed).Count);
    Time("compute them for 2024-Q3 (journal replayed to 2024-10-01)", () => engine.Compute(new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 10, 1)), computed).Count);
    Time("monthly series 2024-01..2025-12, 24 periods (one journal pass)", () => engine.Series(new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 1)), "month", computed).Count);
}
SqliteConnection.ClearAllPools();
Directory.Delete(dir, recursive: true);

void Time(string what, Func<int> run)
{
    var t = Stopwatch.StartNew();
    var n = run();
    Console.WriteLine($"{what}: {t.Elapsed.TotalSeconds:F2} s ({n} results)");
}

int Arg(string name, int fallback) { var i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback; }

static string FindRoot()
{
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "MeicToolkit.sln"))) return d.FullName;
    throw new InvalidOperationException("MeicToolkit.sln not found");
}
