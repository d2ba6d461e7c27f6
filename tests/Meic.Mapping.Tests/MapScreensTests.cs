using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Mapping.Tests;

/// <summary>The map's screen descriptions over a real SQLite workspace, in Italian, as the terminal application runs them.</summary>
public sealed class MapScreensTests
{
    private static MapData Data(ScreenWorkspace ws) => MapData.From(ws.Context);

    /// <summary>The metrics screen's rows once its background work is done (run here in place, as the shell runs it beside the UI).</summary>
    private static IReadOnlyList<ListRow> Computed(ListScreen metrics)
    {
        metrics.Rows().ShouldBeEmpty(); // nothing is computed on the UI thread
        return metrics.Background!(ScreenWork.InPlace)!;
    }

    /// <summary>The metrics screen's reading in words, once computed.</summary>
    private static string Reading(ScreenWorkspace ws)
    {
        var metrics = ws.Open<ListScreen>("map-metrics");
        var rows = Computed(metrics);
        if (rows.Count == 0) return metrics.Empty!;
        ws.Probe.Press(metrics, "r", rows[0]);
        return ws.Probe.Last<TextScreen>().Text();
    }

    private static JObject Show(string workspace, string actor)
    {
        var show = MeicProcess.Run(workspace, "map", "actors", "show", actor, "--json");
        show.ExitCode.ShouldBe(0, show.ToString());
        return (JObject)JObject.Parse(show.Out)["actor"]!;
    }

    [Fact]
    public void Should_list_actors_with_italian_labels_never_ids()
    {
        using var ws = ScreenWorkspace.Rome();

        var list = ws.Open<ListScreen>("map-actors");
        var cies = ScreenProbe.Row(list, "cies-onlus");

        cies.Cells.ShouldBe(["CIES onlus", "Terzo settore", "Formazione, lavoro, impresa, Cultura, tempo libero e sport", "Membro", cies.Cells[4], cies.Cells[5]]);
        list.Rows().SelectMany(r => r.Cells).ShouldNotContain("third-sector");
        list.Rows().SelectMany(r => r.Cells).ShouldNotContain("member");
        list.Detail!(cies).ShouldNotContain("Grado"); // the metrics are not computed on the UI thread…
        list.Background!(ScreenWork.InPlace).ShouldBeNull(); // …but beside it, keeping the rows
        list.Detail!(cies).ShouldContain("Grado");
        ListScreen.Matches(cies, "terzo settore cultura").ShouldBeTrue();
    }

    [Fact]
    public void Should_add_an_actor_typed_in_italian_words_and_the_command_it_shows_does_the_same()
    {
        using var ws = ScreenWorkspace.Rome(ctx =>
        {
            var clusters = ctx.Store.Collection<Cluster>(Cluster.CollectionName);
            var cluster = clusters.Get("cluster")!;
            cluster.Areas.First(a => a.Id == "housing").Synonyms = ["casa"];
            clusters.Update(cluster);
        });
        var copy = ws.CopyNow("copy");
        var list = ws.Open<ListScreen>("map-actors");

        ws.Probe.Press(list, "a");
        var form = ws.Probe.Last<FormScreen>();
        var typed = new[] { ("name", "Casa Aperta"), ("sector", "terzo settore"), ("areas", "casa"), ("stage", "interessato") };
        var result = ws.Probe.Save(form, typed);

        result.Saved.ShouldBeTrue(string.Join("; ", result.Problems.Values));
        var added = Data(ws).Actors.Get("casa-aperta")!;
        added.Sector.ShouldBe(Sector.ThirdSector);
        added.Areas.ShouldBe(["housing"]);
        added.Stage.ShouldBe(EngagementStage.Interested);
        ScreenProbe.Row(list, "casa-aperta").Cells[1].ShouldBe("Terzo settore");

        var command = form.CommandFor!(new FormValues(form, form.Fields.ToDictionary(f => f.Id, f => typed.FirstOrDefault(t => t.Item1 == f.Id).Item2 ?? f.Value)));
        command.ShouldBe("meic map actors add \"Casa Aperta\" --sector \"terzo settore\" --area casa --stage interessato");
        ShellWords.Run(copy, command).ExitCode.ShouldBe(0);
        var cli = Show(copy, "casa-aperta");
        cli["sector"]!.Value<string>().ShouldBe("third-sector");
        cli["areas"]!.ToObject<string[]>().ShouldBe(["housing"]);
        cli["stage"]!.Value<string>().ShouldBe("interested");
    }

    [Fact]
    public void Should_refuse_a_date_that_is_not_a_day_in_italian_beside_the_field_and_write_nothing()
    {
        using var ws = ScreenWorkspace.Rome();
        var list = ws.Open<ListScreen>("map-actors");
        var before = Data(ws).Actors.Get("asinitas")!.StageHistory.Count;

        ws.Probe.Press(list, "s", ScreenProbe.Row(list, "asinitas"));
        var result = ws.Probe.Save(ws.Probe.Last<FormScreen>(), ("stage", "membro"), ("date", "31/02/2027"));

        result.Saved.ShouldBeFalse();
        result.Problems["date"].ShouldContain("non è un giorno del calendario");
        var after = Data(ws).Actors.Get("asinitas")!;
        after.Stage.ShouldBe(EngagementStage.Interested);
        after.StageHistory.Count.ShouldBe(before);
    }

    [Fact]
    public void Should_change_the_stage_on_the_day_typed_and_the_command_line_agrees()
    {
        using var ws = ScreenWorkspace.Rome();
        var copy = ws.CopyNow("copy");
        var list = ws.Open<ListScreen>("map-actors");

        ws.Probe.Press(list, "s", ScreenProbe.Row(list, "asinitas"));
        var form = ws.Probe.Last<FormScreen>();
        var values = new Dictionary<string, string> { ["stage"] = "membro", ["date"] = "14/03/2027", ["note"] = "ha firmato la lettera" };
        ws.Probe.Save(form, [.. values.Select(kv => (kv.Key, kv.Value))]).Saved.ShouldBeTrue();

        var asinitas = Data(ws).Actors.Get("asinitas")!;
        asinitas.Stage.ShouldBe(EngagementStage.Member);
        asinitas.StageHistory[^1].Date.ShouldBe(new DateOnly(2027, 3, 14));
        asinitas.StageHistory[^1].Note.ShouldBe("ha firmato la lettera");

        var command = form.CommandFor!(new FormValues(form, values));
        command.ShouldBe("meic map actors edit asinitas --stage membro --date 14/03/2027 --note \"ha firmato la lettera\"");
        ShellWords.Run(copy, command).ExitCode.ShouldBe(0);
        var history = Show(copy, "asinitas")["stageHistory"]!.Last!;
        history["date"]!.Value<string>().ShouldBe("2027-03-14");
        history["stage"]!.Value<string>().ShouldBe("member");
    }

    [Fact]
    public void Should_edit_then_remove_an_actor_with_its_ties()
    {
        using var ws = ScreenWorkspace.Rome();
        var list = ws.Open<ListScreen>("map-actors");

        ws.Probe.Press(list, "e", ScreenProbe.Row(list, "migrantour"));
        var form = ws.Probe.Last<FormScreen>();
        form.Fields.Single(f => f.Id == "name").Value.ShouldBe("Migrantour");
        ws.Probe.Save(form, ("sector", "impresa"), ("district", "municipio ix")).Saved.ShouldBeTrue();
        var edited = Data(ws).Actors.Get("migrantour")!;
        edited.Sector.ShouldBe(Sector.Company);
        edited.District.ShouldBe("Municipio IX");

        var ties = Data(ws).Ties.All().Count(t => t.Source == "cies-onlus" || t.Target == "cies-onlus");
        ties.ShouldBeGreaterThan(0);
        var tiesBefore = Data(ws).Ties.All().Count;
        var row = ScreenProbe.Row(list, "cies-onlus");
        list.Actions.Single(a => a.Key == "Delete").Command!(row).ShouldBe("meic map actors remove cies-onlus");
        ws.Probe.Press(list, "Delete", row);

        ws.Probe.Asked.ShouldHaveSingleItem().ShouldContain("CIES onlus");
        Data(ws).Actors.Get("cies-onlus").ShouldBeNull();
        Data(ws).Ties.All().Count.ShouldBe(tiesBefore - ties);
        ws.Probe.Told.Last().ShouldContain("Rimosso");
    }

    [Fact]
    public void Should_keep_the_actor_when_the_removal_is_not_confirmed()
    {
        using var ws = ScreenWorkspace.Rome();
        var list = ws.Open<ListScreen>("map-actors");
        ws.Probe.Answer = false;

        ws.Probe.Press(list, "Delete", ScreenProbe.Row(list, "alda"));

        Data(ws).Actors.Get("alda").ShouldNotBeNull();
    }

    [Fact]
    public void Should_merge_a_duplicate_picked_by_part_of_its_name_field_by_field()
    {
        using var ws = ScreenWorkspace.Rome(ctx =>
            ctx.Store.Collection<Actor>(Actor.CollectionName).Insert(new Actor
            {
                Id = "cies", Name = "C.I.E.S.", Sector = Sector.Research, Areas = ["housing"], Stage = EngagementStage.Contacted, District = "Municipio I",
            }));
        var copy = ws.CopyNow("copy");
        var list = ws.Open<ListScreen>("map-actors");

        ws.Probe.Press(list, "m", ScreenProbe.Row(list, "cies-onlus"));
        var pick = ws.Probe.Last<ListScreen>();
        var candidates = pick.Rows().Where(r => ListScreen.Matches(r, "c.i.e.s")).ToList();
        candidates.ShouldHaveSingleItem().Id.ShouldBe("cies");
        ws.Probe.Press(pick, "Enter", candidates[0]);
        var form = ws.Probe.Last<FormScreen>();
        var sector = form.Fields.Single(f => f.Id == "sector");
        sector.Choices.Select(c => c.Label).ShouldBe(["Terzo settore (CIES onlus)", "Ricerca e università (C.I.E.S.)"]);
        var values = form.Fields.ToDictionary(f => f.Id, f => f.Id == "district" ? "take" : f.Value);
        var result = form.Submit(ws.Context, new FormValues(form, values));

        result.Saved.ShouldBeTrue();
        Data(ws).Actors.Get("cies").ShouldBeNull();
        var kept = Data(ws).Actors.Get("cies-onlus")!;
        kept.Sector.ShouldBe(Sector.ThirdSector);
        kept.District.ShouldBe("Municipio I");
        kept.Areas.ShouldContain("housing");

        var command = form.CommandFor!(new FormValues(form, values));
        command.ShouldBe("meic map actors merge cies cies-onlus --take district");
        ShellWords.Run(copy, command).ExitCode.ShouldBe(0);
        var cli = Show(copy, "cies-onlus");
        cli["district"]!.Value<string>().ShouldBe("Municipio I");
        cli["sector"]!.Value<string>().ShouldBe("third-sector");
    }

    [Fact]
    public void Should_add_a_tie_by_typing_part_of_two_names_and_the_command_line_agrees()
    {
        using var ws = ScreenWorkspace.Rome();
        var copy = ws.CopyNow("copy");
        var ties = ws.Open<ListScreen>("map-ties");
        var before = Data(ws).Ties.All().Count;

        ws.Probe.Press(ties, "a");
        var form = ws.Probe.Last<FormScreen>();
        var typed = new Dictionary<string, string>
        {
            ["from"] = "civico", ["to"] = "migran", ["kind"] = "invio", ["intensity"] = "collaborazione", ["trust"] = "3", ["date"] = "14/03/2027", ["origin"] = "indagine",
        };
        var result = ws.Probe.Save(form, [.. typed.Select(kv => (kv.Key, kv.Value))]);

        result.Saved.ShouldBeTrue(string.Join("; ", result.Problems.Values));
        Data(ws).Ties.All().Count.ShouldBe(before + 1);
        var tie = Data(ws).Ties.All().Single(t => t.Source == "civicozero" && t.Target == "migrantour");
        tie.Kind.ShouldBe(TieKind.Referral);
        tie.Intensity.ShouldBe(TieIntensity.Collaboration);
        tie.Trust.ShouldBe(3);
        tie.Since.ShouldBe(new DateOnly(2027, 3, 14));
        tie.Origin.ShouldBe(TieSource.Survey);
        var row = ScreenProbe.Row(ties, tie.Id);
        row.Cells.ShouldBe(["Cooperativa CivicoZero", "Migrantour", "Invio", "Collaborazione", "3", "14/03/2027", row.Cells[6]]);

        var all = form.Fields.ToDictionary(f => f.Id, f => typed.GetValueOrDefault(f.Id, f.Value));
        var command = form.CommandFor!(new FormValues(form, all));
        command.ShouldStartWith("meic map ties add civico migran --kind invio --intensity collaborazione --trust 3 --since 14/03/2027 --origin indagine");
        ShellWords.Run(copy, command).ExitCode.ShouldBe(0);
        var listed = MeicProcess.Run(copy, "map", "ties", "list", "--actor", "civicozero", "--json");
        var cli = JArray.Parse(listed.Out).Single(t => t["target"]!.Value<string>() == "migrantour");
        cli["kind"]!.Value<string>().ShouldBe("referral");
        cli["since"]!.Value<string>().ShouldBe("2027-03-14");
    }

    [Fact]
    public void Should_refuse_a_name_part_two_actors_share_and_a_tie_to_itself()
    {
        using var ws = ScreenWorkspace.Rome();
        var ties = ws.Open<ListScreen>("map-ties");
        var before = Data(ws).Ties.All().Count;

        ws.Probe.Press(ties, "a");
        var form = ws.Probe.Last<FormScreen>();
        ws.Probe.Save(form, ("from", "onlus"), ("to", "migrantour")).Problems.Keys.ShouldContain("from");
        ws.Probe.Save(form, ("from", "migrantour"), ("to", "migrantour")).Problems["to"].ShouldContain("se stesso");

        Data(ws).Ties.All().Count.ShouldBe(before);
    }

    [Fact]
    public void Should_edit_and_remove_a_tie()
    {
        using var ws = ScreenWorkspace.Rome();
        var ties = ws.Open<ListScreen>("map-ties");
        var row = ties.Rows().First();

        ws.Probe.Press(ties, "e", row);
        ws.Probe.Save(ws.Probe.Last<FormScreen>(), ("intensity", "coordinamento"), ("trust", "4")).Saved.ShouldBeTrue();
        var edited = Data(ws).Ties.Get(row.Id)!;
        edited.Intensity.ShouldBe(TieIntensity.Coordination);
        edited.Trust.ShouldBe(4);

        ws.Probe.Press(ties, "Delete", ScreenProbe.Row(ties, row.Id));
        Data(ws).Ties.Get(row.Id).ShouldBeNull();
    }

    [Fact]
    public void Should_show_the_coverage_matrix_with_its_legend_gaps_and_the_actors_behind_a_cell()
    {
        using var ws = ScreenWorkspace.Rome();

        var text = ws.Open<TextScreen>("map-coverage").Text();

        text.ShouldContain("Legenda");
        text.ShouldContain("[1] Pubblica amministrazione");
        text.ShouldContain("Accoglienza abitativa");
        text.ShouldContain("Lacune:");
        text.ShouldNotContain("third-sector");
        text.Split('\n').Take(6).ShouldAllBe(line => line.Length <= 78); // the matrix rows fit the page at 80 columns, the area named in full
        text.ShouldContain("Cultura, tempo libero e sport");

        var cells = ws.Open<ListScreen>("map-coverage-cells");
        var cell = cells.Rows().Single(r => r.Cells[0] == "Accoglienza abitativa" && r.Cells[1] == "Terzo settore");
        ws.Probe.Press(cells, "Enter", cell);
        var actors = ws.Probe.Last<ListScreen>();
        actors.Rows().Count.ShouldBe(int.Parse(cell.Cells[2]));
        actors.Rows().ShouldContain(r => r.Id == "programma-integra");
        actors.Command.ShouldBe("meic map actors list --area housing --sector third-sector");
    }

    [Fact]
    public void Should_read_the_metrics_in_plain_words_above_a_table_sorted_by_numbers()
    {
        using var ws = ScreenWorkspace.Rome();

        var metrics = ws.Open<ListScreen>("map-metrics");

        metrics.Columns.Skip(2).ShouldAllBe(c => c.Numeric);
        var rows = Computed(metrics);
        rows.Count.ShouldBe(Data(ws).Actors.All().Count);
        metrics.Rows().Count.ShouldBe(rows.Count); // read again (after an action), the table stays until computed anew
        var detail = metrics.Detail!(rows[0]);
        detail.ShouldStartWith(rows[0].Cells[0] + ": Grado ");
        detail.ShouldContain("fa da ponte");
        detail.ShouldContain("nessun attore di");
        Reading(ws).ShouldContain("fa da ponte");
    }

    [Fact]
    public void Should_say_how_the_network_changed_between_the_last_two_waves()
    {
        using var ws = ScreenWorkspace.Rome(ctx =>
        {
            var waves = ctx.Store.Collection<Meic.Mapping.Model.Wave>(Meic.Mapping.Model.Wave.CollectionName);
            waves.Insert(new Meic.Mapping.Model.Wave { Id = "w1", Label = "primavera", Date = new DateOnly(2026, 3, 1) });
            waves.Insert(new Meic.Mapping.Model.Wave { Id = "w2", Label = "autunno", Date = new DateOnly(2026, 10, 1) });
            var ties = ctx.Store.Collection<Relationship>(Relationship.CollectionName);
            ties.Insert(new Relationship { Source = "cies-onlus", Target = "cnos-fap", Wave = "w1" });
            ties.Insert(new Relationship { Source = "cies-onlus", Target = "cnos-fap", Wave = "w2" });
            ties.Insert(new Relationship { Source = "cies-onlus", Target = "lumsa", Wave = "w2" });
        });

        var reading = Reading(ws);

        reading.ShouldContain("Dall'ondata «primavera» all'ondata «autunno» si sono aggiunti 1 legami e ne sono venuti meno 0");
    }

    [Fact]
    public void Should_say_what_is_missing_on_every_screen_of_a_blank_city()
    {
        using var ws = ScreenWorkspace.Blank();

        foreach (var (id, open) in ws.Registration.Views)
        {
            var view = open(ws.Probe);
            switch (view)
            {
                case ListScreen list when id != "map-coverage-cells":
                    list.Rows().ShouldBeEmpty(id);
                    list.Empty.ShouldNotBeNullOrWhiteSpace(id);
                    break;
                case ListScreen cells:
                    cells.Rows().ShouldAllBe(r => r.Cells[2] == "0");
                    break;
                case TextScreen text:
                    text.Text().ShouldContain("Nessun attore", Case.Insensitive);
                    break;
            }
        }
        ws.Open<ListScreen>("map-actors").Empty!.ShouldContain("Premi a");
        ws.Open<ListScreen>("map-ties").Empty!.ShouldContain("Aggiungi prima gli attori");
        Reading(ws).ShouldContain("Nessun attore");
    }

    [Fact]
    public void Should_add_the_first_actor_of_a_blank_city_through_the_form()
    {
        using var ws = ScreenWorkspace.Blank();
        var list = ws.Open<ListScreen>("map-actors");

        ws.Probe.Press(list, "a");
        ws.Probe.Save(ws.Probe.Last<FormScreen>(), ("name", "Comune di Torino"), ("sector", "pubblica amministrazione"), ("areas", "housing,work")).Saved.ShouldBeTrue();

        list.Rows().ShouldHaveSingleItem().Cells[1].ShouldBe("Pubblica amministrazione");
        Reading(ws).ShouldContain("nessun legame");
    }

    [Fact]
    public void Should_declare_every_registered_screen_in_the_manifest()
    {
        var registration = new Meic.Core.Plugins.PluginRegistration("meic.mapping");
        new MappingPlugin().Register(registration);
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Root, "plugins", "Meic.Mapping", "plugin.json")));

        manifest["screens"]!.Select(s => s["id"]!.Value<string>()).Order().ShouldBe(registration.Views.Keys.Order());
    }
}
