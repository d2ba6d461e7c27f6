using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Cli.Tests;

/// <summary>A new city set up from the command line, as a new user would, through to an agreement draft (real processes, real SQLite files).</summary>
public sealed class ClusterSetupTests : IDisposable
{
    private readonly TempDir _dir = new("meic-setup");

    [Fact]
    public void Should_take_a_blank_italian_city_from_init_to_an_agreement_draft_without_a_script()
    {
        var init = MeicProcess.Run(_dir.Path, "init", "torino", "--template", "blank", "--city", "Torino", "--lang", "it",
            "--name", "MEIC Torino", "--promoter", "Comune di Torino");
        init.ExitCode.ShouldBe(0, init.ToString());
        init.Out.ShouldContain("Prossimi passi");
        init.Out.ShouldContain("meic agreement draft --template meic-cluster-it --id torino --party comune-di-torino:promotore");
        init.Out.ShouldContain("meic map actors add NOME");
        var ws = _dir.File("torino");

        Run(ws, "cluster", "set", "phase", "regole di interazione");
        Run(ws, "cluster", "set", "segreteria", "Comune di Torino");
        Run(ws, "map", "actors", "add", "Caritas Torino", "--sector", "third-sector", "--area", "housing");
        Run(ws, "map", "actors", "add", "Ufficio Pio", "--sector", "third-sector", "--area", "work");

        var draft = MeicProcess.Run(ws, "agreement", "draft", "--template", "meic-cluster-it", "--id", "torino",
            "--party", "comune-di-torino:promotore", "--party", "caritas-torino", "--party", "ufficio-pio",
            "--starts", "2027-01-01", "--expires", "2028-12-31", "--out", "out");
        draft.ExitCode.ShouldBe(0, draft.ToString());
        var md = File.ReadAllText(Path.Combine(ws, "out", "torino-v1.md"));
        md.ShouldStartWith("# Protocollo d'intesa – MEIC Torino");
        md.ShouldContain("Le Parti operano a Torino");
        md.ShouldContain("Comune di Torino promuove il cluster. Comune di Torino svolge la funzione di segreteria tecnica");
        md.ShouldContain("- Caritas Torino");

        var status = JObject.Parse(Run(ws, "status", "--json").Out);
        status["name"]!.Value<string>().ShouldBe("MEIC Torino");
        status["promoter"]!.Value<string>().ShouldBe("Comune di Torino");
        status["phase"]!.Value<string>().ShouldBe("rules");
        var show = JObject.Parse(Run(ws, "cluster", "show", "--json").Out);
        show["timeZone"]!.Value<string>().ShouldBe("Europe/Rome");
        show["country"]!.Value<string>().ShouldBe("IT");
        show["promoterId"]!.Value<string>().ShouldBe("comune-di-torino");
        show["secretariat"]!.Value<string>().ShouldBe("Comune di Torino");
    }

    [Fact]
    public void Should_take_a_blank_spanish_city_from_init_to_an_agreement_draft_in_spanish()
    {
        var init = MeicProcess.Run(_dir.Path, "init", "zaragoza", "--template", "blank", "--city", "Zaragoza", "--lang", "es",
            "--country", "España", "--promoter", "Ayuntamiento de Zaragoza", "--secretariat", "Fundación Federico Ozanam");
        init.ExitCode.ShouldBe(0, init.ToString());
        init.Out.ShouldContain("Próximos pasos");
        init.Out.ShouldContain("Europe/Madrid");
        init.Out.ShouldContain("Clúster MEIC de Zaragoza");
        var ws = _dir.File("zaragoza");

        Run(ws, "cluster", "set", "fase", "intermediación");
        Run(ws, "cluster", "set", "idiomas", "español, inglés");
        Run(ws, "map", "actors", "add", "Cruz Roja Zaragoza", "--sector", "third-sector", "--area", "work");

        var draft = MeicProcess.Run(ws, "agreement", "draft", "--template", "meic-cluster-es", "--id", "zaragoza",
            "--party", "ayuntamiento-de-zaragoza:promotor", "--party", "cruz-roja-zaragoza",
            "--starts", "2027-01-01", "--expires", "2028-12-31", "--out", "out");
        draft.ExitCode.ShouldBe(0, draft.ToString());
        var md = File.ReadAllText(Path.Combine(ws, "out", "zaragoza-v1.md"));
        md.ShouldStartWith("# Protocolo general de actuación – Clúster MEIC de Zaragoza");
        md.ShouldContain("Ayuntamiento de Zaragoza promueve el clúster. Fundación Federico Ozanam ejerce la secretaría técnica");

        var show = JObject.Parse(Run(ws, "cluster", "show", "--json").Out);
        show["phase"]!.Value<string>().ShouldBe("brokerage");
        show["phaseLabel"]!.Value<string>().ShouldBe("intermediación");
        show["languages"]!.Values<string>().ShouldBe(["es", "en"]);
        var actors = JArray.Parse(Run(ws, "map", "actors", "list", "--json").Out);
        actors.Select(a => a["id"]!.Value<string>()).ShouldContain("fundacion-federico-ozanam");
    }

    [Fact]
    public void Should_refuse_init_without_a_template_and_without_a_terminal_naming_the_flags()
    {
        var r = MeicProcess.Run(_dir.Path, "init", "torino", "--lang", "it");

        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("--template");
        r.Err.ShouldContain("--city");
        r.Err.ShouldContain("--promoter");
        r.Err.ShouldContain("Non è stato creato nulla");
        Directory.Exists(_dir.File("torino")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_an_unknown_time_zone_suggesting_the_right_one_and_create_nothing()
    {
        var r = MeicProcess.Run(_dir.Path, "init", "t", "--template", "blank", "--city", "Torino", "--lang", "it", "--timezone", "Europe/Roma");

        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("--timezone");
        r.Err.ShouldContain("fuso orario sconosciuto 'Europe/Roma'; intendevi Europe/Rome?");
        Directory.Exists(_dir.File("t")).ShouldBeFalse();
        Directory.GetFileSystemEntries(_dir.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_a_windows_time_zone_name_and_an_unknown_country_in_one_message()
    {
        var r = MeicProcess.Run(_dir.Path, "init", "t", "--template", "blank", "--city", "X", "--country", "Atlantide", "--timezone", "W. Europe Standard Time");

        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("--country: unknown country 'Atlantide'");
        r.Err.ShouldContain("--timezone: unknown time zone 'W. Europe Standard Time'");
        Directory.Exists(_dir.File("t")).ShouldBeFalse();
    }

    [Fact]
    public void Should_link_a_template_actor_as_promoter_by_id_without_adding_one()
    {
        var init = MeicProcess.Run(_dir.Path, "init", "r", "--template", "rome", "--promoter", "cnos-fap", "--json");
        init.ExitCode.ShouldBe(0, init.ToString());
        var json = JObject.Parse(init.Out);
        json["cluster"]!["promoter"]!.Value<string>().ShouldBe("CNOS-FAP");
        json["cluster"]!["promoterId"]!.Value<string>().ShouldBe("cnos-fap");
        json["cluster"]!["timeZone"]!.Value<string>().ShouldBe("Europe/Rome");
        ((JArray)json["newActors"]!).ShouldBeEmpty();
        ((JArray)json["nextSteps"]!).Count.ShouldBe(5);

        var set = MeicProcess.Run(_dir.File("r"), "cluster", "set", "promoter", "Roma Capitale", "--json");
        set.ExitCode.ShouldBe(0, set.ToString());
        JObject.Parse(set.Out)["newActor"].ShouldBeNull(); // Roma Capitale is one of the template's actors
        JObject.Parse(Run(_dir.File("r"), "cluster", "show", "--json").Out)["promoterId"]!.Value<string>().ShouldBe("roma-capitale");
    }

    [Fact]
    public void Should_print_the_next_steps_in_the_users_words_with_the_secretariat_first_when_none_is_set()
    {
        var init = MeicProcess.Run(_dir.Path, "init", "t", "--template", "blank", "--city", "Torino", "--lang", "it", "--promoter", "Comune di Torino");
        init.ExitCode.ShouldBe(0, init.ToString());
        init.Out.ShouldContain("meic map actors add NOME --sector 'terzo settore' --area 'Accoglienza abitativa'");
        init.Out.ShouldContain("meic map ties add ENTE1 ENTE2 --kind invio");
        init.Out.ShouldContain("meic cluster set segreteria 'Comune di Torino'");
        init.Out.ShouldContain("--kind plenaria --start");
        init.Out.ShouldNotContain("third-sector");
        var ws = _dir.File("t");
        foreach (var step in new[] { new[] { "map", "actors", "add", "Caritas", "--sector", "terzo settore", "--area", "casa" }, ["cluster", "set", "segreteria", "Comune di Torino"] })
        {
            var r = MeicProcess.Run(ws, step);
            r.ExitCode.ShouldBe(0, r.ToString());
        }
    }

    [Fact]
    public void Should_add_rename_and_remove_areas_with_labels_per_language_and_keep_an_area_in_use()
    {
        MeicProcess.Run(_dir.Path, "init", "t", "--template", "blank", "--city", "Torino", "--lang", "it").ExitCode.ShouldBe(0);
        var ws = _dir.File("t");

        Run(ws, "cluster", "areas", "add", "--label", "it=Salute", "--label", "spagnolo=Salud").Out.ShouldContain("Ambito salute aggiunto");
        Run(ws, "cluster", "areas", "rename", "Salud", "--label", "en=Health");
        Run(ws, "map", "actors", "add", "ASL Città di Torino", "--sector", "public-administration", "--area", "salute");
        var refused = MeicProcess.Run(ws, "cluster", "areas", "remove", "salute");
        refused.ExitCode.ShouldBe(2, refused.ToString());
        refused.Err.ShouldContain("1 attore/i registrato/i nell'ambito 'salute'");
        Run(ws, "cluster", "areas", "remove", "culture").Out.ShouldContain("Ambito culture rimosso");
        var twice = MeicProcess.Run(ws, "cluster", "areas", "add", "work", "--label", "Lavoro");
        twice.ExitCode.ShouldBe(2);
        twice.Err.ShouldContain("l'ambito 'work' esiste già");

        var areas = JArray.Parse(Run(ws, "cluster", "areas", "--json").Out);
        areas.Select(a => a["id"]!.Value<string>()).ShouldBe(["housing", "work", "institutions", "salute"]);
        var salute = areas.Single(a => a["id"]!.Value<string>() == "salute")["label"]!;
        salute["it"]!.Value<string>().ShouldBe("Salute");
        salute["es"]!.Value<string>().ShouldBe("Salud");
        salute["en"]!.Value<string>().ShouldBe("Health");
    }

    [Fact]
    public void Should_refuse_a_bad_setting_value_in_the_users_language_and_change_nothing()
    {
        MeicProcess.Run(_dir.Path, "init", "m", "--template", "madrid").ExitCode.ShouldBe(0);
        var ws = _dir.File("m");
        var before = Run(ws, "cluster", "show", "--json").Out;

        var phase = MeicProcess.Run(ws, "cluster", "set", "phase", "conquista");
        phase.ExitCode.ShouldBe(2);
        phase.Err.ShouldContain("fase desconocida 'conquista'");
        phase.Err.ShouldContain("mediación y arbitraje");
        var zone = MeicProcess.Run(ws, "cluster", "set", "zona horaria", "Madrid");
        zone.ExitCode.ShouldBe(2);
        zone.Err.ShouldContain("zona horaria desconocida 'Madrid'");
        var setting = MeicProcess.Run(ws, "cluster", "set", "color", "rojo");
        setting.ExitCode.ShouldBe(2);
        setting.Err.ShouldContain("ajuste desconocido 'color'");

        Run(ws, "cluster", "show", "--json").Out.ShouldBe(before);
        Run(ws, "cluster", "set", "zona horaria", "Atlantic/Canary").Out.ShouldContain("Zona horaria: ahora Atlantic/Canary.");
    }

    private static MeicResult Run(string ws, params string[] args)
    {
        var r = MeicProcess.Run(ws, args);
        r.ExitCode.ShouldBe(0, r.ToString());
        return r;
    }

    public void Dispose() => _dir.Dispose();
}
