using DocumentFormat.OpenXml.Packaging;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.FocusGroups.Tests;

/// <summary>The real host, the plugin loaded from disk, a real workspace made from the Rome template.</summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly TempDir _dir = new("meic-focus-e2e");
    private string Ws => Path.Combine(_dir.Path, "rome");

    private MeicResult Meic(params string[] args)
    {
        var r = MeicProcess.Run(_dir.Path, new Dictionary<string, string?> { ["MEIC_USER"] = "ana" }, ["--cluster", Ws, .. args]);
        return r;
    }

    private JToken Json(params string[] args)
    {
        var r = Meic([.. args, "--json"]);
        r.ExitCode.ShouldBe(0, r.ToString());
        return JToken.Parse(r.Out);
    }

    [Fact]
    public void Should_run_a_session_from_template_to_agreement_withdrawal_and_export()
    {
        MeicProcess.Run(_dir.Path, "init", Ws, "--template", "rome").ExitCode.ShouldBe(0);
        var codes = Json("focus", "codebook", "list");
        codes.Count().ShouldBeGreaterThanOrEqualTo(10);
        codes.Select(c => (string)c["name"]!).ShouldContain("Reti informali per il lavoro"); // the Rome workspace speaks Italian
        codes.First(c => (string)c["id"]! == "culture-of-vulnerability")["names"]!["it"]!.ToString().ShouldBe("Cultura della vulnerabilità");

        Json("focus", "session", "add", "--id", "fg1", "--topic", "Work and training", "--date", "2024-03-01", "--place", "CIES",
            "--facilitator", "Anna Verdi", "--participant", "Mario Rossi@cies-onlus", "--participant", "Fatou Diallo", "--question", "How do you find work?");
        Json("focus", "consent", "record", "--session", "fg1", "--participant", "P1", "--version", "v2", "--language", "it", "--purpose", "ricerca,citazioni");
        var file = _dir.Write("fg1.txt", "Anna Verdi: How do you find work?\r\nMario Rossi: Through friends, never the job centre.\r\nFatou Diallo: Football built trust in my street.\r\n");
        var imported = Json("focus", "transcript", "import", file, "--session", "fg1");
        ((int)imported["turns"]!).ShouldBe(3);

        Meic("focus", "code", "apply", "--session", "fg1", "--code", "informal-networks-jobs", "--turn", "2").ExitCode.ShouldBe(0);
        Meic("focus", "code", "apply", "--session", "fg1", "--code", "trust-sport-culture", "--turn", "3").ExitCode.ShouldBe(0);
        // A second coder must be named once: a name typed for the first time is refused, never taken as a new coder.
        var unknown = Meic("focus", "code", "apply", "--session", "fg1", "--code", "informal-networks-jobs", "--turn", "2", "--coder", "ben");
        unknown.ExitCode.ShouldBe(2);
        unknown.Err.ShouldContain("'ben' non è un codificatore di questo spazio di lavoro");
        unknown.Err.ShouldContain("meic focus coder add ben");
        Meic("focus", "coder", "add", "ben").ExitCode.ShouldBe(0);
        Meic("focus", "code", "apply", "--session", "fg1", "--code", "informal-networks-jobs", "--turn", "2", "--coder", "Ben").ExitCode.ShouldBe(0);
        Meic("focus", "code", "apply", "--session", "fg1", "--code", "dependence-on-calls", "--turn", "3", "--coder", "ben").ExitCode.ShouldBe(0);
        var outside = Meic("focus", "code", "apply", "--session", "fg1", "--code", "trust-sport-culture", "--range", "5:99999");
        outside.ExitCode.ShouldBe(2);
        outside.Err.ShouldContain("è fuori dal testo");

        var mine = Json("focus", "code", "list", "--session", "fg1");
        mine.ShouldAllBe(c => (string)c["coder"]! == "ana"); // blind: each coder sees their own
        // --all keeps ben's codes hidden from ana while her pass is open, and says so; once she ends it they show.
        var hidden = Meic("focus", "code", "list", "--session", "fg1", "--all");
        hidden.Out.ShouldContain("2 codifiche di altri codificatori restano nascoste finché ana non conclude la passata: meic focus pass end --session fg1");
        Meic("focus", "pass", "end", "--session", "fg1").Out.ShouldContain("ana ha concluso la passata di codifica su fg1.txt");
        Json("focus", "code", "list", "--session", "fg1", "--all").Count().ShouldBe(4);
        var progress = Json("focus", "progress", "--session", "fg1");
        progress.Select(p => ((string)p["coder"]!, (int)p["turns"]!, (int)p["coded"]!, p["ended"] is { Type: not JTokenType.Null }))
            .ShouldBe([("ana", 3, 2, true), ("ben", 3, 2, false)]);
        Json("focus", "coder", "list").Select(c => (string)c["name"]!).ShouldBe(["ana", "ben"]);

        var agreement = Json("focus", "agreement", "--unit", "turn");
        agreement["coders"]!.Select(c => (string)c!).ShouldBe(["ana", "ben"]);
        var jobs = agreement["codes"]!.First(c => (string)c["code"]! == "Reti informali per il lavoro");
        ((double)jobs["percent"]!).ShouldBe(1.0);
        var compare = Json("focus", "compare", "ana", "ben");
        compare["disagreements"]!.Count().ShouldBe(2);

        Json("focus", "search", "friends").Count().ShouldBe(1);
        var freq = Json("focus", "report", "frequencies", "--by", "sector");
        freq.ShouldContain(r => (string)r["group"]! == "thirdSector" && (string)r["code"]! == "Reti informali per il lavoro");

        var docx = Path.Combine(_dir.Path, "quotes.docx");
        Meic("focus", "report", "quotes", "--format", "docx", "--out", docx).ExitCode.ShouldBe(0);
        using (var doc = WordprocessingDocument.Open(docx, false))
        {
            doc.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("Through friends");
            doc.MainDocumentPart.Document.Body.InnerText.ShouldContain("turno 2"); // the Rome workspace's Italian
            doc.MainDocumentPart.Document.Body.InnerText.ShouldNotContain("Football"); // P2 has no consent recorded
            doc.MainDocumentPart.Document.Body.InnerText.ShouldContain("P2 (fg1): nessun consenso registrato — 2 citazioni");
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).ShouldBeEmpty();
        }

        var withdrawn = Json("focus", "consent", "withdraw", "--session", "fg1", "--participant", "P1");
        ((int)withdrawn["turnsRemoved"]!).ShouldBe(1);
        Json("focus", "search", "friends").Count().ShouldBe(0);
        Meic("focus", "report", "quotes").Out.ShouldNotContain("friends");

        var qdpx = Path.Combine(_dir.Path, "p.qdpx");
        Meic("focus", "export", "qdpx", qdpx).ExitCode.ShouldBe(0);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(qdpx))
        {
            var all = string.Join("\n", zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
            all.ShouldNotContain("friends");
            all.ShouldNotContain("Mario");
            all.ShouldNotContain("Rossi");
            all.ShouldContain("Football");
        }
        var qdc = Path.Combine(_dir.Path, "c.qdc");
        Meic("focus", "export", "qdc", qdc).ExitCode.ShouldBe(0);
        File.ReadAllText(qdc).ShouldContain("Cultura della vulnerabilità");
    }

    [Fact]
    public void Should_compute_alpha_from_a_csv_and_refuse_one_with_a_single_coder()
    {
        MeicProcess.Run(_dir.Path, "init", Ws, "--template", "blank").ExitCode.ShouldBe(0);
        var csv = _dir.Write("r.csv", "unit,coder,value\n1,a,1\n1,b,1\n2,a,2\n2,b,2\n3,a,3\n3,b,1\n4,a,2\n4,c,2\n");
        var r = Json("focus", "agreement", "--input", csv, "--metric", "nominal");
        ((int)r["coders"]!).ShouldBe(3);
        ((double)r["alpha"]!).ShouldBeGreaterThan(0);
        var single = _dir.Write("one.csv", "unit,coder,value\n1,a,1\n2,a,2\n");
        var bad = Meic("focus", "agreement", "--input", single, "--metric", "nominal");
        bad.ExitCode.ShouldBe(2);
        bad.Err.ShouldContain("two coders");
    }

    public void Dispose() => _dir.Dispose();
}
