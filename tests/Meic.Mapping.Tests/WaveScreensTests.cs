using Meic.Mapping.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Mapping.Tests;

/// <summary>The survey waves screen over a real Rome workspace, in Italian: the list, a wave added through its form, a wave compared with the one before.</summary>
public sealed class WaveScreensTests
{
    private static void TwoWaves(Meic.Core.Hosting.MeicContext ctx)
    {
        var waves = ctx.Store.Collection<Wave>(Wave.CollectionName);
        waves.Insert(new Wave { Id = "w1", Label = "primavera", Date = new DateOnly(2026, 3, 1) });
        waves.Insert(new Wave { Id = "w2", Label = "autunno", Date = new DateOnly(2026, 10, 1), Note = "questionario online" });
        var ties = ctx.Store.Collection<Relationship>(Relationship.CollectionName);
        ties.Insert(new Relationship { Source = "cies-onlus", Target = "cnos-fap", Wave = "w1" });
        ties.Insert(new Relationship { Source = "cies-onlus", Target = "lumsa", Wave = "w1" });
        ties.Insert(new Relationship { Source = "cies-onlus", Target = "cnos-fap", Wave = "w2" });
        ties.Insert(new Relationship { Source = "cnos-fap", Target = "programma-integra", Wave = "w2" });
        ties.Insert(new Relationship { Source = "programma-integra", Target = "lumsa", Wave = "w2" });
    }

    [Fact]
    public void Should_list_the_waves_by_date_with_the_actors_and_ties_each_recorded()
    {
        using var ws = ScreenWorkspace.Rome(TwoWaves);

        var list = ws.Open<ListScreen>("map-waves");

        list.Rows().Select(r => r.Cells).ShouldBe([["primavera", "01/03/2026", "3", "2"], ["autunno", "01/10/2026", "4", "3"]]);
        list.Columns.Skip(2).ShouldAllBe(c => c.Numeric);
        list.Command.ShouldBe("meic map waves list");
    }

    [Fact]
    public void Should_compare_a_wave_with_the_one_before_in_plain_italian()
    {
        using var ws = ScreenWorkspace.Rome(TwoWaves);
        var list = ws.Open<ListScreen>("map-waves");

        var autumn = ScreenProbe.Row(list, "w2");
        var said = list.Detail!(autumn);

        said.ShouldStartWith("questionario online");
        said.ShouldContain("Rispetto all'ondata «primavera» del 01/03/2026: 2 legami nuovi, 1 venuto meno, 1 mantenuto.");
        said.ShouldContain("Sono entrati nella rete: Programma Integra.");
        said.ShouldContain("La densità è salita da");
        said.ShouldContain("Attori senza legami nell'ondata: 20 prima, 19 ora.");
        list.Detail!(ScreenProbe.Row(list, "w1")).ShouldContain("È la prima ondata");

        ws.Probe.Press(list, "c", autumn);
        ws.Probe.Last<TextScreen>().Text().ShouldBe("autunno · 01/10/2026 · 4 attori con legami · 3 legami\n" + said); // the whole comparison starts with the wave
        list.Actions.Single(a => a.Key == "c").Command!(autumn).ShouldBe("meic map waves compare w1 w2");
    }

    [Fact]
    public void Should_add_a_wave_through_the_form_and_the_command_it_shows_does_the_same()
    {
        using var ws = ScreenWorkspace.Rome();
        var copy = ws.CopyNow("copy");
        var list = ws.Open<ListScreen>("map-waves");
        list.Rows().ShouldBeEmpty();
        list.Empty!.ShouldContain("Premi a");

        ws.Probe.Press(list, "a");
        var form = ws.Probe.Last<FormScreen>();
        var typed = new[] { ("label", "Primavera 2027"), ("date", "14/03/2027"), ("note", "") };
        var command = form.CommandFor!(new FormValues(form, typed.ToDictionary(t => t.Item1, t => t.Item2)));
        var result = ws.Probe.Save(form, typed);

        result.Saved.ShouldBeTrue(string.Join("; ", result.Problems.Values));
        result.Message.ShouldBe("Ondata «Primavera 2027» del 14/03/2027 registrata (id primavera-2027).");
        list.Rows().ShouldHaveSingleItem().Cells.ShouldBe(["Primavera 2027", "14/03/2027", "0", "0"]);
        command.ShouldBe("meic map waves add primavera-2027 --date 14/03/2027 --label \"Primavera 2027\"");
        ShellWords.Run(copy, command).ExitCode.ShouldBe(0);
        var listed = MeicProcess.Run(copy, "map", "waves", "list", "--json");
        JArray.Parse(listed.Out).ShouldHaveSingleItem()["label"]!.Value<string>().ShouldBe("Primavera 2027");
    }

    [Fact]
    public void Should_refuse_a_date_that_is_not_a_day_and_write_nothing()
    {
        using var ws = ScreenWorkspace.Rome();
        var list = ws.Open<ListScreen>("map-waves");
        ws.Probe.Press(list, "a");

        var result = ws.Probe.Save(ws.Probe.Last<FormScreen>(), ("label", "Primavera"), ("date", "31/02/2027"));

        result.Saved.ShouldBeFalse();
        result.Problems.Keys.ShouldBe(["date"]);
        list.Rows().ShouldBeEmpty();
    }
}
