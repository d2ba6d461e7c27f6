using System.Text;
using System.Xml;
using System.Xml.Schema;
using Meic.Mapping.Io;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Mapping.Tests;

/// <summary>The real host, the real plugin from disk, a real SQLite workspace made from the Rome template.</summary>
public sealed class MapEndToEndTests : IDisposable
{
    private readonly TempDir _dir = new("meic-map");
    private readonly string _ws;

    public MapEndToEndTests()
    {
        _ws = Path.Combine(_dir.Path, "ws");
        var init = MeicProcess.Run(_dir.Path, "init", _ws, "--template", "rome", "--lang", "en");
        init.ExitCode.ShouldBe(0, init.ToString());
    }

    public void Dispose() => _dir.Dispose();

    private MeicResult Map(params string[] args) => MeicProcess.Run(_ws, ["map", .. args]);

    private int ActorCount() => JArray.Parse(Map("actors", "list", "--json").Out).Count;

    [Fact]
    public void Should_export_gexf_that_validates_against_the_gexf_1_3_schema_and_other_formats()
    {
        var gexf = Path.Combine(_dir.Path, "map.gexf");
        Map("export", "--format", "gexf", "--out", gexf).ExitCode.ShouldBe(0);
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add("http://gexf.net/1.3", Path.Combine(Repo.Schemas, "gexf-1.3", "gexf.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        // The schema copy declares the picture elements inside the GEXF namespace (a flattened form of viz.xsd);
        // Gephi and the GEXF primer write them in the viz namespace, as the toolkit does. Validate the same
        // document with those elements moved into the namespace the schema copy expects.
        var written = System.Xml.Linq.XDocument.Load(gexf);
        System.Xml.Linq.XNamespace viz = "http://gexf.net/1.3/viz", gexfNs = "http://gexf.net/1.3";
        var nodes = written.Descendants(gexfNs + "node").ToList();
        nodes.ShouldAllBe(n => n.Element(viz + "color") != null && n.Element(viz + "size") != null && n.Element(viz + "shape") != null);
        written.Descendants(gexfNs + "edge").ShouldAllBe(e => e.Element(viz + "thickness") != null);
        foreach (var e in written.Descendants().Where(e => e.Name.Namespace == viz).ToList()) e.Name = gexfNs + e.Name.LocalName;
        foreach (var a in written.Root!.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == viz.NamespaceName).ToList()) a.Remove();
        using (var reader = XmlReader.Create(new StringReader(written.ToString()), settings)) while (reader.Read()) { }
        errors.ShouldBeEmpty();
        File.ReadAllText(gexf).ShouldContain("CIES onlus");

        var graphml = Path.Combine(_dir.Path, "map.graphml");
        Map("export", "--format", "graphml", "--out", graphml).ExitCode.ShouldBe(0);
        File.ReadAllText(graphml).ShouldContain("<data key=\"networkKind\">collaborative</data>");
        File.ReadAllText(graphml).ShouldContain("<data key=\"r\">");
        File.ReadAllText(graphml).ShouldContain("<data key=\"size\">");

        var dot = Path.Combine(_dir.Path, "map.dot");
        Map("export", "--format", "dot", "--out", dot).ExitCode.ShouldBe(0);
        var text = File.ReadAllText(dot);
        text.ShouldStartWith("graph meic {");
        text.ShouldContain("\"cies-onlus\" [label=\"CIES onlus\", fillcolor=\"#d62728\", shape=diamond");

        var xlsx = Path.Combine(_dir.Path, "map.xlsx");
        Map("export", "--format", "xlsx", "--out", xlsx).ExitCode.ShouldBe(0);
        var table = Meic.Sdk.Tables.TableReader.Read(xlsx, "en");
        table.Headers.ShouldContain("Label");
        table.Rows.Count.ShouldBe(ActorCount());

        Map("export", "--format", "csv", "--out", Path.Combine(_dir.Path, "kumu.csv")).ExitCode.ShouldBe(0);
        File.Exists(Path.Combine(_dir.Path, "kumu.elements.csv")).ShouldBeTrue();
        File.Exists(Path.Combine(_dir.Path, "kumu.connections.csv")).ShouldBeTrue();
    }

    [Fact]
    public void Should_change_nothing_when_one_row_is_bad_and_suggest_the_nearest_sector()
    {
        var before = ActorCount();
        var file = _dir.Write("actors.csv", "name,sector,area\nNew Org,third-sector,work\nOther Org,thrid-sector,housing\n");
        var r = Map("import", "actors", file);
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Out.ShouldContain("did you mean 'third sector'");
        ActorCount().ShouldBe(before);
    }

    [Fact]
    public void Should_import_windows_1252_and_say_so_and_report_a_likely_duplicate_without_merging_it()
    {
        var before = ActorCount();
        var file = _dir.File("actors-1252.csv");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(file, Encoding.GetEncoding(1252).GetBytes("name;sector;area\nAssociazione Città Aperta;third-sector;Cultura, tempo libero e sport\nC.I.E.S. onlus;third-sector;housing\n"));
        var dry = Map("import", "actors", file, "--dry-run", "--json");
        dry.ExitCode.ShouldBe(0, dry.ToString());
        var report = JObject.Parse(dry.Out);
        report["encoding"]!.ToString().ShouldBe("Windows-1252");
        report["created"]!.Value<int>().ShouldBe(2);
        report["merged"]!.Value<int>().ShouldBe(0);
        ((JArray)report["duplicates"]!).Single()["otherId"]!.ToString().ShouldBe("cies-onlus");
        ActorCount().ShouldBe(before);
        Map("import", "actors", file).ExitCode.ShouldBe(0);
        ActorCount().ShouldBe(before + 2);
        JArray.Parse(Map("actors", "list", "--json", "--area", "culture").Out).ShouldContain(a => a["name"]!.ToString() == "Associazione Città Aperta");
    }

    [Fact]
    public void Should_reject_bad_tie_files_and_write_nothing()
    {
        var ties = JArray.Parse(Map("ties", "list", "--json").Out).Count;
        foreach (var (name, content, message) in new[]
        {
            ("self.csv", "source,target\ncies-onlus,cies-onlus\n", "self-loop"),
            ("unknown.csv", "source,target\ncies-onlus,asinitaz\n", "did you mean"),
            ("dup.csv", "source,target,source\na,b,c\n", "appears twice"),
            ("empty.csv", "", "empty"),
        })
        {
            var r = Map("import", "ties", _dir.Write(name, content));
            r.ExitCode.ShouldBe(2, r.ToString());
            (r.Out + r.Err).ShouldContain(message);
        }
        JArray.Parse(Map("ties", "list", "--json").Out).Count.ShouldBe(ties);
        var ok = _dir.Write("ok.csv", "\uFEFFsource,target,kind,trust,wave\nCIES onlus,Armadilla,joint-project,3,w1\n");
        var good = Map("import", "ties", ok, "--json");
        good.ExitCode.ShouldBe(0, good.ToString());
        JObject.Parse(good.Out)["encoding"]!.ToString().ShouldBe("UTF-8 with BOM");
        JObject.Parse(Map("metrics", "--wave", "w1", "--json").Out)["network"]!["ties"]!.Value<int>().ShouldBe(1);
    }

    [Fact]
    public void Should_warn_about_a_likely_duplicate_on_add_and_merge_it()
    {
        var add = Map("actors", "add", "CIES Onlus.", "--sector", "ngo", "--area", "work");
        add.ExitCode.ShouldBe(0, add.ToString());
        add.Out.ShouldContain("looks like the existing actor 'CIES onlus'");
        var merge = Map("actors", "merge", "cies", "cies-onlus", "--json");
        merge.ExitCode.ShouldBe(0, merge.ToString());
        JArray.Parse(Map("actors", "list", "--json").Out).ShouldNotContain(a => a["id"]!.ToString() == "cies");
    }

    [Fact]
    public void Should_report_metrics_coverage_gaps_and_draw_or_explain_graphviz()
    {
        var metrics = JObject.Parse(Map("metrics", "--json").Out);
        metrics["network"]!["actors"]!.Value<int>().ShouldBe(ActorCount());
        var coverage = JObject.Parse(Map("coverage", "--json").Out);
        ((JArray)coverage["reference"]!).ShouldContain(r => r["area"]!.ToString() == "housing" && r["mappedReference"]!.Value<int>() == 25);
        ((JArray)coverage["gaps"]!).ShouldContain(g => g["needId"]!.ToString() == "need-dialogue-institutions");
        ((JArray)coverage["gaps"]!).ShouldNotContain(g => g["needId"]!.ToString() == "need-training-quality");
        var draw = Map("draw", "--out", Path.Combine(_dir.Path, "map.svg"));
        if (Commands.DrawCommand.FindOnPath("dot") is null)
        {
            draw.ExitCode.ShouldBe(1);
            draw.Out.ShouldContain("apt-get install graphviz");
        }
        else
        {
            draw.ExitCode.ShouldBe(0, draw.ToString());
            File.ReadAllText(Path.Combine(_dir.Path, "map.svg")).ShouldContain("<svg");
        }
    }

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_refuse_unknown_districts_areas_and_actors_in_the_persons_language(string language)
    {
        var it = language == "it";
        var district = Map("actors", "list", "--district", "Municipio XXX", "--lang", language);
        district.ExitCode.ShouldBe(2, district.ToString());
        district.Err.ShouldContain(it ? "--district: «Municipio XXX» non è un valore ammesso per «municipio o quartiere»" : "--district: «Municipio XXX» no es un valor admitido para «distrito»");

        var area = Map("actors", "add", "Nuova Org", "--sector", "third-sector", "--area", "houssing", "--lang", language);
        area.ExitCode.ShouldBe(2, area.ToString());
        area.Err.ShouldContain(it ? "(housing)" : "(housing)");
        area.Err.ShouldContain(it ? "Accoglienza abitativa" : "Acogida residencial");
        area.Err.ShouldNotContain("unknown area");

        var actor = Map("actors", "show", "cies-onlsu", "--lang", language);
        actor.ExitCode.ShouldBe(2, actor.ToString());
        actor.Err.ShouldContain(it ? "ACTOR: nessun attore 'cies-onlsu'; forse intendevi 'cies-onlus'?." : "ACTOR: ningún actor 'cies-onlsu'; ¿querías decir 'cies-onlus'?.");

        var dimension = Map("context", "population", "add", "--dimension", "religion", "--category", "x", "--count", "3", "--source", "ISTAT", "--lang", language);
        dimension.ExitCode.ShouldBe(2, dimension.ToString());
        dimension.Err.ShouldContain(it ? "valore sconosciuto per dimensione: 'religion'" : "valor desconocido para dimensión: 'religion'");
        dimension.Err.ShouldContain(it ? "nazionalità (nationality)" : "nacionalidad (nationality)");
    }

    [Fact]
    public void Should_add_list_and_compare_waves_and_refuse_an_unknown_or_taken_one_writing_nothing()
    {
        Map("waves", "add", "w1", "--date", "01/03/2026", "--label", "spring").ExitCode.ShouldBe(0);
        Map("waves", "add", "w2", "--date", "2026-10-01", "--note", "online form").ExitCode.ShouldBe(0);
        Map("ties", "add", "cies-onlus", "cnos-fap", "--wave", "w1").ExitCode.ShouldBe(0);
        Map("ties", "add", "cies-onlus", "cnos-fap", "--wave", "w2").ExitCode.ShouldBe(0);
        Map("ties", "add", "cnos-fap", "lumsa", "--wave", "w2").ExitCode.ShouldBe(0);

        var waves = JArray.Parse(Map("waves", "list", "--json").Out);
        waves.Select(w => (string)w["id"]!).ShouldBe(["w1", "w2"]);
        ((int)waves[1]["actors"]!, (int)waves[1]["ties"]!, (string?)waves[1]["note"]).ShouldBe((3, 2, "online form"));
        var compared = JObject.Parse(Map("waves", "compare", "w1", "w2", "--json").Out);
        compared["joined"]!.Values<string>().ShouldBe(["lumsa"]);
        compared["gained"]!.Count().ShouldBe(1);

        var unknown = Map("waves", "compare", "w1", "w9", "--lang", "it");
        unknown.ExitCode.ShouldBe(2, unknown.ToString());
        unknown.Err.ShouldContain("nessuna ondata 'w9'");
        var taken = Map("waves", "add", "w1", "--date", "02/03/2026");
        taken.ExitCode.ShouldBe(2, taken.ToString());
        JArray.Parse(Map("waves", "list", "--json").Out).Count.ShouldBe(2);
        JArray.Parse(Map("waves", "list", "--json").Out)[0]["date"]!.Value<string>().ShouldBe("2026-03-01");
    }
}
