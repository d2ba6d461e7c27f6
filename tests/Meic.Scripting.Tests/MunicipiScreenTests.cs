using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Core.Workspace;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Testing;
using Newtonsoft.Json.Linq;
using Rome.Municipi;

namespace Meic.Scripting.Tests;

/// <summary>The example plugin's screen description, over a real Rome store and a city without municipi.</summary>
public sealed class MunicipiScreenTests : IDisposable
{
    private readonly TempDir _temp = new("meic-municipi-screen");

    public void Dispose() => _temp.Dispose();

    private static MeicContext Italian(string ws) =>
        new(ClusterWorkspace.Load(ws), PluginCatalog.Discover([], [], []), () => throw new InvalidOperationException("no console"), TextWriter.Null, TextWriter.Null, "it", json: false, verbose: false);

    private static ScreenView Open(ScreenProbe probe)
    {
        var registration = new PluginRegistration("rome.municipi");
        new MunicipiPlugin().Register(registration);
        return registration.Views["municipi"](probe);
    }

    [Fact]
    public void Should_list_actors_per_municipio_and_open_the_actors_of_one()
    {
        var ws = Workspaces.CopyRome(_temp);
        using var context = Italian(ws);
        var actors = context.Store.Collection<Actor>(Actor.CollectionName);
        var alda = actors.Get("alda")!;
        alda.District = new DistrictCoverage(context).Resolve("IX");
        actors.Update(alda);
        var probe = new ScreenProbe(context);

        var list = (ListScreen)Open(probe);

        list.Title.ShouldBe("Copertura dei municipi");
        list.Command.ShouldBe("meic municipi coverage");
        list.Rows().Count.ShouldBe(15);
        var ix = ScreenProbe.Row(list, "Municipio IX");
        ix.Cells.ShouldBe(["Municipio IX", "1", "1", "0", "Istituzioni e parti sociali"]);
        list.Columns.Skip(1).Take(3).ShouldAllBe(c => c.Numeric);
        list.Help!.ShouldContain("1 municipi coperti su 15");
        probe.Press(list, "Enter", ix);
        probe.Last<ListScreen>().Rows().ShouldHaveSingleItem().Cells[0].ShouldStartWith("ALDA");
    }

    [Fact]
    public void Should_assign_a_municipio_through_the_form_as_the_command_does()
    {
        var ws = Workspaces.CopyRome(_temp);
        using var context = Italian(ws);
        var probe = new ScreenProbe(context);
        var list = (ListScreen)Open(probe);

        probe.Press(list, "a", ScreenProbe.Row(list, "Municipio XV"));
        var form = probe.Last<FormScreen>();
        probe.Save(form, ("actor", "Asinitas onlus"), ("district", "16")).Problems["district"].ShouldContain("municipio sconosciuto");
        context.Store.Collection<Actor>(Actor.CollectionName).Get("asinitas")!.District.ShouldBeNull();
        var result = probe.Save(form, ("actor", "Asinitas onlus"), ("district", "9"));

        result.Saved.ShouldBeTrue();
        context.Store.Collection<Actor>(Actor.CollectionName).Get("asinitas")!.District.ShouldBe("Municipio IX");
        form.CommandFor!(new FormValues(form, new Dictionary<string, string> { ["actor"] = "Asinitas onlus", ["district"] = "9" }))
            .ShouldBe("meic municipi assign asinitas \"9\"");
    }

    [Fact]
    public void Should_say_what_is_missing_on_a_cluster_without_municipi()
    {
        var ws = Path.Combine(_temp.Path, "torino");
        MeicProcess.Run(_temp.Path, "init", ws, "--template", "blank", "--city", "Torino", "--lang", "it").ExitCode.ShouldBe(0);
        using var context = Italian(ws);
        var clusters = context.Store.Collection<Cluster>(Cluster.CollectionName);
        var cluster = clusters.Get("cluster")!;
        cluster.Districts = [];
        clusters.Update(cluster);
        var probe = new ScreenProbe(context);

        var list = (ListScreen)Open(probe);

        list.Rows().ShouldBeEmpty();
        list.Empty!.ShouldContain("non elenca municipi");
        list.Empty!.ShouldContain("districts");
        list.Help!.ShouldContain("non elenca municipi");
        probe.Press(list, "a");
        ((TextScreen)probe.Opened.Last()).Text().ShouldContain("non ha ancora attori");
    }

    [Fact]
    public void Should_offer_the_municipi_only_in_a_cluster_that_enables_them()
    {
        var torino = Path.Combine(_temp.Path, "torino");
        MeicProcess.Run(_temp.Path, "init", torino, "--template", "blank", "--city", "Torino", "--lang", "en").ExitCode.ShouldBe(0);
        var rome = Workspaces.CopyRome(_temp);

        var torinoHelp = MeicProcess.Run(torino, "--help");
        var torinoRun = MeicProcess.Run(torino, "municipi", "coverage");
        var torinoPlugins = JArray.Parse(MeicProcess.Run(torino, "plugins", "--json").Out).Single(p => (string)p["id"]! == "rome.municipi");
        var romeHelp = MeicProcess.Run(rome, "--help");

        torinoHelp.Out.ShouldNotContain("municipi");
        torinoRun.ExitCode.ShouldNotBe(0);
        ((string)torinoPlugins["status"]!).ShouldBe("disabled");
        ((string)torinoPlugins["reason"]!).ShouldContain("plugins.enabled");
        romeHelp.Out.ShouldContain("municipi");
    }
}
