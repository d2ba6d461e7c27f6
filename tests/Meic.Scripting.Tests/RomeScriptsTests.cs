using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Scripting.Tests;

/// <summary>The five adaptations shipped in templates/clusters/rome/scripts, run as a cluster would run them.</summary>
public sealed class RomeScriptsTests : IDisposable
{
    private readonly TempDir _temp = new("meic-rome-scripts");

    public void Dispose() => _temp.Dispose();

    private string Workspace() => Workspaces.CopyRome(_temp, c =>
    {
        c["hooks"] = new JObject { ["actor.added"] = new JArray("scripts/on-actor-added.csx") };
        c["scripts"]!["indicators"] = new JObject { ["ONBOARD_SHARE"] = "scripts/indicator-onboard-share.csx" };
        c["scripts"]!["importMappings"] = new JObject { ["municipi"] = "scripts/import-municipio-list.csx" };
    });

    [Fact]
    public void Should_copy_the_template_scripts_into_a_new_workspace()
    {
        var ws = Workspace();

        Directory.GetFiles(Path.Combine(ws, "scripts"), "*.csx").Select(Path.GetFileName).Order().ShouldBe(
            ["district-coverage.csx", "import-municipio-list.csx", "indicator-onboard-share.csx", "on-actor-added.csx", "stalled-actors.csx"]);
    }

    [Fact]
    public void Should_import_a_municipio_list_tag_incomplete_actors_and_show_the_coverage()
    {
        var ws = Workspace();
        var list = Workspaces.Script(ws, "elenco.csv", """
            Ente;Settore;Municipio;Ambiti;Referente;Email
            Caritas Roma – Municipio IX;Associazione;9;work,housing;Anna Bianchi;anna@example.org
            Coop Sole;Cooperativa;Municipio V;;Luca Verdi;luca@example.org
            """);

        var import = MeicProcess.Run(ws, "script", "import", "municipi", list);
        var coverage = MeicProcess.Run(ws, "script", "run", "scripts/district-coverage.csx", "--json");

        import.ExitCode.ShouldBe(0, import.ToString());
        import.Out.ShouldContain("municipi: 2 added, 0 updated");
        import.Out.ShouldContain("Coop Sole: tagged needs-review (no area).");
        coverage.ExitCode.ShouldBe(0, coverage.ToString());
        var json = JObject.Parse(coverage.Out);
        json["districts"]!.Single(d => (string)d["district"]! == "Municipio IX")["actors"]!.Value<int>().ShouldBe(1);
        json["uncovered"]!.Count().ShouldBe(13);
        json["unplaced"]!.Value<int>().ShouldBe(23);
    }

    [Fact]
    public void Should_import_nothing_when_one_row_is_bad()
    {
        var ws = Workspace();
        var list = Workspaces.Script(ws, "elenco.csv", "Ente;Settore;Municipio;Ambiti;Referente;Email\nA;Associazione;3;work;X;x@example.org\nB;Banca;3;work;Y;y@example.org\n");

        var import = MeicProcess.Run(ws, "script", "import", "municipi", list);

        import.ExitCode.ShouldBe(2, import.ToString());
        import.Err.ShouldContain("elenco.csv:3: unknown Settore 'Banca'");
        Workspaces.ActorCount(ws).ShouldBe(23);
    }

    [Fact]
    public void Should_compute_and_save_the_indicator_and_list_stalled_actors()
    {
        var ws = Workspace();

        var indicators = MeicProcess.Run(ws, "script", "indicators", "--period", "2026-Q1", "--save", "--json");
        var stalled = MeicProcess.Run(ws, "script", "run", "scripts/stalled-actors.csx", "0");
        var direct = MeicProcess.Run(ws, "script", "run", "scripts/indicator-onboard-share.csx");

        indicators.ExitCode.ShouldBe(0, indicators.ToString());
        var value = JArray.Parse(indicators.Out).Single();
        ((string)value["code"]!).ShouldBe("ONBOARD_SHARE");
        ((double)value["value"]!).ShouldBe(21.7); // 5 members of 23 actors
        direct.Out.Trim().ShouldBe("21.7"); // a script's result is printed
        stalled.ExitCode.ShouldBe(0, stalled.ToString());
        stalled.Out.ShouldContain("17 actors waiting 0 days or more.");
        MeicProcess.Run(ws, "status", "--json").Out.ShouldContain("\"indicator-values\": 1");
    }
}
