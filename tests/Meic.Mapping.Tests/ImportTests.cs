using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Mapping.Tests;

/// <summary>Imports as a new user tries them: the real host and plugin, a Rome workspace on SQLite, Italian and Spanish.</summary>
public sealed class ImportTests : IDisposable
{
    private readonly TempDir _dir = new("meic-import");
    private readonly string _ws;

    public ImportTests()
    {
        _ws = Path.Combine(_dir.Path, "ws");
        var init = MeicProcess.Run(_dir.Path, "init", _ws, "--template", "rome", "--lang", "en");
        init.ExitCode.ShouldBe(0, init.ToString());
    }

    public void Dispose() => _dir.Dispose();

    private MeicResult Meic(params string[] args) => MeicProcess.Run(_ws, args);

    private JArray Actors() => JArray.Parse(Meic("map", "actors", "list", "--json").Out);

    private JArray Ties() => JArray.Parse(Meic("map", "ties", "list", "--json").Out);

    [Fact]
    public void Should_refuse_an_unknown_column_in_italian_with_exit_2_naming_it_and_write_nothing()
    {
        var ties = Ties().Count;
        var file = _dir.Write("legami.csv", "da,a,tipo,intensità,fiducia,colore\ncies-onlus,asinitas,joint-project,collaboration,3,rosso\n");
        var r = Meic("map", "import", "ties", file, "--lang", "it");
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("legami.csv:1");
        r.Err.ShouldContain("la colonna 'colore' non è un campo");
        r.Err.ShouldContain("--ignore \"colore\"");
        Ties().Count.ShouldBe(ties);

        var ok = Meic("map", "import", "ties", file, "--ignore", "colore", "--json");
        ok.ExitCode.ShouldBe(0, ok.ToString());
        var report = JObject.Parse(ok.Out);
        ((JArray)report["columns"]!).Select(c => c["field"]?.ToString() ?? "-").ShouldBe(["source", "target", "kind", "intensity", "trust", "-"]);
        var tie = Ties().Single(t => t["source"]!.ToString() == "cies-onlus" && t["target"]!.ToString() == "asinitas" && t["kind"]!.ToString() == "jointProject");
        tie["intensity"]!.ToString().ShouldBe("collaboration");
        tie["trust"]!.Value<double>().ShouldBe(3);
    }

    [Fact]
    public void Should_map_spanish_actor_columns_including_red_and_mandato()
    {
        var file = _dir.Write("actores.csv", "Entidad;Tipo;Ámbito;Red;Mandato\nAsociación Nueva;third-sector;work;collaborative;Acogida\n");
        var r = Meic("map", "import", "actors", file, "--lang", "es");
        r.ExitCode.ShouldBe(0, r.ToString());
        r.Out.ShouldContain("sinónimo");
        var actor = Actors().Single(a => a["name"]!.ToString() == "Asociación Nueva");
        actor["networkKind"]!.ToString().ShouldBe("collaborative");
        actor["mandate"]!.ToString().ShouldBe("Acogida");
    }

    [Fact]
    public void Should_keep_numbered_and_differently_constituted_organisations_apart_and_report_real_look_alikes()
    {
        var before = Actors().Count;
        var distinct = _dir.Write("distinti.csv", "nome,settore,ambito\nAssociazione Prova 01,third-sector,work\nAssociazione Prova 02,third-sector,work\n"
            + "Associazione Prova 03,third-sector,work\nCooperativa Alba,company,work\nFondazione Alba,third-sector,work\n");
        var r = Meic("map", "import", "actors", distinct, "--json");
        r.ExitCode.ShouldBe(0, r.ToString());
        ((JArray)JObject.Parse(r.Out)["duplicates"]!).ShouldBeEmpty();
        Actors().Count.ShouldBe(before + 5);

        var alike = _dir.Write("simili.csv", "nome,settore,ambito\nC.I.E.S. onlus,third-sector,work\nCGIL Torino - Ufficio Stranieri,representative-body,work\nC.G.I.L. Torino Ufficio Stranieri,representative-body,work\n");
        var dry = JObject.Parse(Meic("map", "import", "actors", alike, "--dry-run", "--json").Out);
        var dups = (JArray)dry["duplicates"]!;
        dups.Count.ShouldBe(2);
        dups.Any(d => d["otherId"]!.ToString() == "cies-onlus" && d["otherLine"] == null).ShouldBeTrue(dups.ToString());
        dups.Any(d => d["line"]!.Value<int>() == 4 && d["otherLine"] != null && d["otherLine"]!.Value<int>() == 3 && d["why"]!.ToString().Contains("punctuation")).ShouldBeTrue(dups.ToString());
        dry["created"]!.Value<int>().ShouldBe(3);

        var merged = JObject.Parse(Meic("map", "import", "actors", alike, "--merge-duplicates", "--json").Out);
        merged["merged"]!.Value<int>().ShouldBe(2);
        Actors().Count.ShouldBe(before + 6);
    }

    [Fact]
    public void Should_keep_rows_with_given_ids_as_those_ids_and_refuse_an_id_twice_in_one_file_with_both_lines()
    {
        var given = _dir.Write("ids.csv", "id,name,sector,area\nbulk-00190,Associazione Bulk,third-sector,work\nbulk-00194,Associazione Bulk,third-sector,work\n");
        var r = Meic("map", "import", "actors", given);
        r.ExitCode.ShouldBe(0, r.ToString());
        Actors().Count(a => a["id"]!.ToString().StartsWith("bulk-")).ShouldBe(2);

        var twice = _dir.Write("twice.csv", "id,name,sector,area\nx-1,Uno,third-sector,work\nx-2,Due,third-sector,work\nx-1,Tre,third-sector,work\n");
        var bad = Meic("map", "import", "actors", twice, "--lang", "it");
        bad.ExitCode.ShouldBe(2, bad.ToString());
        bad.Err.ShouldContain("twice.csv:4");
        bad.Err.ShouldContain("'x-1' è anche alla riga 2");
        Actors().ShouldNotContain(a => a["id"]!.ToString() == "x-2");
    }

    [Fact]
    public void Should_update_ties_on_reimport_and_undo_the_last_import_from_the_journal()
    {
        var ties = Ties().Count;
        var file = _dir.Write("ties.csv", "source,target,kind,trust\ncies-onlus,asinitas,funding,2\n");
        Meic("map", "import", "ties", file).ExitCode.ShouldBe(0);
        File.WriteAllText(file, "source,target,kind,trust\ncies-onlus,asinitas,funding,4\n");
        var again = JObject.Parse(Meic("map", "import", "ties", file, "--json").Out);
        again["updated"]!.Value<int>().ShouldBe(1);
        again["created"]!.Value<int>().ShouldBe(0);
        Ties().Count.ShouldBe(ties + 1);
        Ties().Single(t => t["kind"]!.ToString() == "funding" && t["source"]!.ToString() == "cies-onlus")["trust"]!.Value<double>().ShouldBe(4);

        var history = JArray.Parse(Meic("import", "history", "--json").Out);
        history.Count.ShouldBe(2);
        history[0]["updated"]!.Value<int>().ShouldBe(1);

        var undo = Meic("import", "undo", "--lang", "it");
        undo.ExitCode.ShouldBe(0, undo.ToString());
        undo.Out.ShouldContain("ripristinati 1");
        Ties().Single(t => t["kind"]!.ToString() == "funding" && t["source"]!.ToString() == "cies-onlus")["trust"]!.Value<double>().ShouldBe(2);
        var first = JObject.Parse(Meic("import", "undo", "--json").Out);
        first["removed"]!.Value<int>().ShouldBe(1);
        Ties().Count.ShouldBe(ties);
        Meic("import", "undo").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Should_undo_an_actors_import_entirely_and_refuse_when_an_actor_changed_since()
    {
        var before = Actors().Count;
        var file = _dir.Write("a.csv", "name,sector,area\nUno Nuovo,third-sector,work\nDue Nuovo,company,work\n");
        Meic("map", "import", "actors", file).ExitCode.ShouldBe(0);
        Meic("map", "actors", "edit", "uno-nuovo", "--stage", "contacted").ExitCode.ShouldBe(0);
        var refused = Meic("import", "undo");
        refused.ExitCode.ShouldBe(2, refused.ToString());
        refused.Err.ShouldContain("actors/uno-nuovo");
        Actors().Count.ShouldBe(before + 2);
        Meic("map", "actors", "remove", "uno-nuovo").ExitCode.ShouldBe(0);
        var undo = Meic("import", "undo");
        undo.ExitCode.ShouldBe(0, undo.ToString());
        Actors().Count.ShouldBe(before);
    }

    [Fact]
    public void Should_say_no_likely_duplicates_when_there_are_none()
    {
        var r = Meic("map", "actors", "merge", "--suggest");
        r.ExitCode.ShouldBe(0, r.ToString());
        r.Out.ShouldContain("No likely duplicates");
        Meic("map", "actors", "merge", "--suggest", "--lang", "es").Out.ShouldContain("Ningún probable duplicado");
    }

    [Fact]
    public void Should_list_every_field_in_the_import_help()
    {
        var help = Meic("map", "import", "--help");
        foreach (var field in new[] { "name*", "sector*", "area*", "network kind", "mandate", "from*", "to*", "intensity", "trust" })
            help.Out.ShouldContain(field);
        var aiuto = Meic("map", "import", "--help", "--lang", "it");
        foreach (var field in new[] { "nome*", "settore*", "ambito*", "tipo di rete", "mandato", "da*", "a*", "intensità", "fiducia" })
            aiuto.Out.ShouldContain(field);
    }

    [Fact]
    public void Should_show_every_column_by_the_name_of_its_field_in_the_users_language_and_take_area_words()
    {
        var file = _dir.Write("attori.csv", "Ente;Tipo;Ambito\nCasa Betania;terzo settore;casa\nCooperativa Orti;impresa;lavoro\n");
        var r = Meic("map", "import", "actors", file, "--dry-run", "--lang", "it");
        r.ExitCode.ShouldBe(0, r.ToString());
        r.Out.ShouldContain("│ Ente    │ nome    │");
        r.Out.ShouldContain("│ Tipo    │ settore │");
        r.Out.ShouldContain("│ Ambito  │ ambito  │ nome del campo │");
        r.Out.ShouldNotContain("sector");
        r.Out.ShouldContain("2 da creare, 0 da aggiornare, 0 invariate, 0 da unire, 0 respinte; 0 probabili doppioni");

        var spanish = _dir.Write("actores.csv", "Entidad;Tipo;Ámbito\nCasa Nazaret;tercer sector;vivienda\n");
        var es = Meic("map", "import", "actors", spanish, "--dry-run", "--lang", "es");
        es.ExitCode.ShouldBe(0, es.ToString());
        es.Out.ShouldContain("│ Entidad │ nombre │");
        es.Out.ShouldContain("1 para crear");

        Meic("map", "import", "actors", file, "--lang", "it").ExitCode.ShouldBe(0);
        var list = Meic("map", "actors", "list", "--sector", "terzo settore", "--area", "casa", "--lang", "it");
        list.Out.ShouldContain("Terzo settore");
        list.Out.ShouldContain("Accoglienza abitativa");
        list.Out.ShouldNotContain("third-sector");
        list.Out.ShouldNotContain("housing");
    }

    [Fact]
    public void Should_count_one_refused_row_in_the_singular()
    {
        var file = _dir.Write("uno.csv", "nome;tipo;ambito\nCasa Betania;terzo settore;spazio\n");
        var r = Meic("map", "import", "actors", file, "--lang", "it");
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("1 riga su 1 respinta");
        r.Out.ShouldContain("1 respinta;");
        var tie = _dir.Write("legame.csv", "da;a;peso\ncies-onlus;asinitas;-1\n");
        var t = Meic("map", "import", "ties", tie, "--lang", "it");
        t.ExitCode.ShouldBe(2, t.ToString());
        t.Err.ShouldContain("peso '-1'");
        t.Out.ShouldContain("CIES onlus → Asinitas");
    }
}
