using System.Diagnostics;
using System.Text;
using Meic.Core.Store;
using Meic.FocusGroups.Agreement;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.FocusGroups.Transcripts;
using Meic.Sdk.Store;

// 1,000 transcripts of about 5 KB each (≈5 MB) imported, indexed and queried; then agreement over 100,000 units.
var dir = Path.Combine(Path.GetTempPath(), $"meic-focus-bench-{Guid.NewGuid():N}");
Directory.CreateDirectory(dir);
try
{
    var words = "lavoro formazione rete fiducia bandi servizi casa lingua sport cultura dialogo istituzioni amici vicini quartiere corso tirocinio contratto impresa cooperativa".Split(' ');
    var rng = new Random(42);
    string Transcript(int n)
    {
        var sb = new StringBuilder();
        var turn = 0;
        while (sb.Length < 5000)
        {
            sb.Append($"[00:{turn / 60 % 60:D2}:{turn % 60:D2}] Speaker{turn % 6}: ");
            for (var w = 0; w < 40; w++) sb.Append(words[rng.Next(words.Length)]).Append(' ');
            if (n == 500 && turn == 3) sb.Append("zanzibar ");
            sb.Append('\n');
            turn++;
        }
        return sb.ToString();
    }
    if (args.Contains("--micro"))
    {
        using var st = SqliteDocumentStore.Open(Path.Combine(dir, "micro.db"), create: true);
        foreach (var spec in Collections.Specs()) st.Declare(spec);
        var mf = new FocusStore(st);
        var w = Stopwatch.StartNew();
        using (var tx = st.BeginTransaction()) { for (var i = 0; i < 5000; i++) mf.Turns.Insert(new Turn { Id = $"t{i}", SessionId = "s", TranscriptId = "x", Text = new string('a', 300) + " word" }); tx.Commit(); }
        Console.WriteLine($"5000 searchable inserts: {w.Elapsed.TotalMilliseconds:0} ms");
        w.Restart();
        using (var tx = st.BeginTransaction()) { for (var i = 0; i < 5000; i++) mf.Memos.Insert(new Memo { Id = $"m{i}", Text = new string('a', 300) }); tx.Commit(); }
        Console.WriteLine($"5000 plain inserts: {w.Elapsed.TotalMilliseconds:0} ms");
        return;
    }
    var texts = Enumerable.Range(0, 1000).Select(Transcript).ToList();
    Console.WriteLine($"corpus: {texts.Count} transcripts, {texts.Sum(t => t.Length) / 1e6:0.00} MB");

    using var store = SqliteDocumentStore.Open(Path.Combine(dir, "cluster.db"), create: true);
    foreach (var spec in Collections.Specs()) store.Declare(spec);
    var fs = new FocusStore(store);
    var sw = Stopwatch.StartNew();
    using (var tx = store.BeginTransaction())
    {
        for (var i = 0; i < texts.Count; i++)
        {
            fs.Sessions.Insert(new FgSession { Id = $"s{i}", Topic = "bench" });
            new TranscriptImporter(fs).Import($"s{i}", $"t{i}.txt", texts[i], "txt", null, "now");
            if ((i + 1) % 250 == 0) Console.WriteLine($"  {i + 1} transcripts: {sw.Elapsed.TotalSeconds:0.00} s");
        }
        tx.Commit();
    }
    var import = sw.Elapsed;
    Console.WriteLine($"import + index (one transaction): {import.TotalSeconds:0.00} s, {fs.Turns.Count()} turns");
    sw.Restart();
    var hits = fs.Turns.Search("zanzibar");
    var rare = sw.Elapsed;
    sw.Restart();
    var common = fs.Turns.Search("fiducia AND bandi", 50);
    var commonTime = sw.Elapsed;
    Console.WriteLine($"full-text query, rare word: {rare.TotalMilliseconds:0.0} ms ({hits.Count} hit); common words, first 50: {commonTime.TotalMilliseconds:0.0} ms");

    var coders4 = new ReliabilityData(["a", "b", "c", "d"]);
    var two = new ReliabilityData(["a", "b"]);
    for (var u = 0; u < 100_000; u++)
    {
        var truth = rng.Next(5);
        string? V() => rng.NextDouble() < 0.05 ? null : (rng.NextDouble() < 0.8 ? truth : rng.Next(5)).ToString();
        coders4.Add($"{u}", [V(), V(), V(), V()]);
        two.Add($"{u}", [(rng.NextDouble() < 0.8 ? truth : rng.Next(5)).ToString(), (rng.NextDouble() < 0.8 ? truth : rng.Next(5)).ToString()]);
    }
    foreach (var metric in Enum.GetValues<Metric>())
    {
        sw.Restart();
        var a = KrippendorffAlpha.Compute(coders4, metric);
        Console.WriteLine($"Krippendorff's alpha ({metric}), 100,000 units × 4 coders with 5% missing: {sw.Elapsed.TotalMilliseconds:0.0} ms (α = {a.Value:0.000})");
    }
    sw.Restart();
    var k = CohenKappa.Compute(two); var p = PercentAgreement.Compute(two); var f = FleissKappa.Compute(two);
    Console.WriteLine($"percent + Cohen + Fleiss, 100,000 units × 2 coders: {sw.Elapsed.TotalMilliseconds:0.0} ms (κ = {k.Value:0.000})");
    sw.Restart();
    var chars = CodingUnits.Characters(["a", "b"], "c", [(0, 5_000_000)],
        Enumerable.Range(0, 2000).SelectMany(i => new[] { new CodedSpan("a", "c", i * 2500, i * 2500 + 400), new CodedSpan("b", "c", i * 2500 + 100, i * 2500 + 500) }).ToList());
    var ck = CohenKappa.Compute(chars);
    Console.WriteLine($"character unit over 5,000,000 characters, 4,000 codings: {sw.Elapsed.TotalMilliseconds:0.0} ms (κ = {ck.Value:0.000})");
}
finally
{
    try { Directory.Delete(dir, true); } catch (IOException) { }
}
