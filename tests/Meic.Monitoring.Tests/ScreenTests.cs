using Meic.Monitoring.Model;
using Meic.Monitoring.Screens;
using Meic.Sdk.Screens;
using Meic.Testing;

namespace Meic.Monitoring.Tests;

/// <summary>The monitoring screens over a real workspace, driven as the terminal application drives them.</summary>
public sealed class ScreenTests
{
    private static readonly DateTimeOffset March2027 = new(2027, 3, 25, 10, 0, 0, TimeSpan.Zero);

    private static IndicatorValue[] Values(ScreenContext ctx) => [.. ctx.Store.Collection<IndicatorValue>(IndicatorValue.CollectionName).All()];

    [Fact]
    public void Should_show_the_dashboard_in_Italian_with_labels_and_what_to_do_about_an_alert()
    {
        using var ws = new Workspace();
        using var ctx = new ScreenContext(ws, "it", March2027);
        var dashboard = MonitoringScreens.Dashboard(ctx);
        dashboard.Title.ShouldBe("Cruscotto di monitoraggio: 2027-Q1");
        dashboard.Command.ShouldBe("meic monitor dashboard --period 2027-Q1");
        var rows = dashboard.Rows();
        rows.Count.ShouldBeGreaterThan(20);   // the shell scrolls; nothing is drawn here
        var pathways = ScreenProbe.Row(dashboard, "MEIC.BEN.PATHWAYS");
        pathways.Cells[0].ShouldNotBe("MEIC.BEN.PATHWAYS");
        pathways.Cells[4].ShouldBe("nessun dato");
        pathways.Keywords!.ShouldContain("persone");
        rows.SelectMany(r => r.Cells).ShouldNotContain("noData");
        rows.SelectMany(r => r.Cells).ShouldNotContain("offTrack");

        var uncovered = rows.FirstOrDefault(r => r.Cells[5].Length > 0);
        var alerts = MonitoringScreens.Alerts(ctx);
        alerts.Rows().ShouldNotBeEmpty();
        var first = alerts.Rows()[0];
        alerts.Detail!(first).ShouldContain("Cosa fare");
        first.Cells[0].ShouldNotContain("areaWithout", Case.Sensitive);
        if (uncovered is not null) dashboard.Detail!(uncovered).ShouldContain("Cosa fare");
    }

    [Fact]
    public void Should_enter_a_value_typed_in_Italian_with_its_disaggregation_and_say_so_in_Italian()
    {
        using var ws = new Workspace();
        using var ctx = new ScreenContext(ws, "it", March2027);
        var probe = new ScreenProbe(ctx);
        var dashboard = MonitoringScreens.Dashboard(ctx);
        probe.Press(dashboard, "e", ScreenProbe.Row(dashboard, "MEIC.BEN.PATHWAYS"));
        var form = probe.Last<FormScreen>();
        form.Fields.Single(f => f.Id == "dim:sex").Label.ShouldBe("Sesso");

        var saved = probe.Save(form, ("period", "20/03/2027"), ("value", "4,5"), ("dim:sex", "female"));

        saved.Saved.ShouldBeTrue(string.Join("; ", saved.Problems.Values));
        saved.Message!.ShouldContain("4,5");
        saved.Message!.ShouldContain("Sesso: female");
        var value = Values(ctx).ShouldHaveSingleItem();
        value.IndicatorCode.ShouldBe("MEIC.BEN.PATHWAYS");
        value.Period.ShouldBe("2027-Q1");
        value.Value.ShouldBe(4.5);
        value.Disaggregation["sex"].ShouldBe("female");
        value.EnteredBy.ShouldBe("maria");
        dashboard.Detail!(ScreenProbe.Row(dashboard, "MEIC.BEN.PATHWAYS")).ShouldContain("Sesso: female = 4,5");
    }

    [Fact]
    public void Should_refuse_a_value_for_a_locked_period_saying_why_in_Italian_and_write_nothing()
    {
        using var ws = new Workspace();
        using var ctx = new ScreenContext(ws, "it", March2027);
        var probe = new ScreenProbe(ctx);
        var periods = MonitoringScreens.Periods(ctx);
        probe.Press(periods, "l", ScreenProbe.Row(periods, "2027-Q1"));
        probe.Asked.ShouldHaveSingleItem().ShouldContain("Bloccare il periodo 2027-Q1");
        ScreenProbe.Row(periods, "2027-Q1").Cells[1].ShouldBe("bloccato");

        var form = (FormScreen)MonitoringScreens.Enter(ctx, "MEIC.BEN.TRAINED");
        var refused = probe.Save(form, ("period", "2027-Q1"), ("value", "12"));

        refused.Saved.ShouldBeFalse();
        refused.Problems["period"].ShouldContain("il periodo 2027-Q1 è bloccato dopo la revisione: l'inserimento per 2027-Q1 è stato rifiutato.");
        Values(ctx).ShouldBeEmpty();

        probe.Answer = false;
        probe.Press(periods, "u", ScreenProbe.Row(periods, "2027-Q1"));
        ScreenProbe.Row(periods, "2027-Q1").Cells[1].ShouldBe("bloccato");   // the confirmation was declined
        probe.Answer = true;
        probe.Press(periods, "u", ScreenProbe.Row(periods, "2027-Q1"));
        ScreenProbe.Row(periods, "2027-Q1").Cells[1].ShouldBe("aperto");
        probe.Save(form, ("period", "2027-Q1"), ("value", "12")).Saved.ShouldBeTrue();
    }

    [Fact]
    public void Should_give_commands_that_do_what_the_screens_do()
    {
        using var ws = new Workspace();
        string line, lockLine, id;
        IndicatorValue fromScreen;
        using (var ctx = new ScreenContext(ws, "es", March2027))
        {
            var probe = new ScreenProbe(ctx);
            var form = (FormScreen)MonitoringScreens.Enter(ctx, "MEIC.BEN.TRAINED");
            var values = new FormValues(form, new Dictionary<string, string> { ["indicator"] = "MEIC.BEN.TRAINED", ["period"] = "20/03/2027", ["value"] = "7,25", ["dim:ageBand"] = "18-25", ["note"] = "dato dell'ente" });
            line = form.CommandFor!(values);
            line.ShouldBe("meic monitor enter MEIC.BEN.TRAINED --period 2027-Q1 --value 7.25 --disagg ageBand=18-25 --note 'dato dell'\\''ente'");
            form.Submit(ctx, values).Saved.ShouldBeTrue();
            fromScreen = Values(ctx).ShouldHaveSingleItem();
            id = fromScreen.Id;
            using (var tx = ctx.Store.BeginTransaction()) { ctx.Store.Collection<IndicatorValue>(IndicatorValue.CollectionName).Delete(fromScreen); tx.Commit(); }
            var periods = MonitoringScreens.Periods(ctx);
            lockLine = periods.Actions.Single(a => a.Key == "l").Command!(ScreenProbe.Row(periods, "2026-Q4"));
            lockLine.ShouldBe("meic monitor lock 2026-Q4");
        }

        ShellWords.Run(ws.Dir, line).ExitCode.ShouldBe(0);
        ShellWords.Run(ws.Dir, lockLine).ExitCode.ShouldBe(0);

        using (var ctx = new ScreenContext(ws, "es", March2027))
        {
            var fromCli = Values(ctx).ShouldHaveSingleItem();
            fromCli.Id.ShouldBe(id);
            fromCli.Value.ShouldBe(fromScreen.Value);
            fromCli.Period.ShouldBe(fromScreen.Period);
            fromCli.Disaggregation.ShouldBe(fromScreen.Disaggregation);
            fromCli.Note.ShouldBe(fromScreen.Note);
            ScreenProbe.Row(MonitoringScreens.Periods(ctx), "2026-Q4").Cells[1].ShouldBe("bloqueado");
        }
        var refused = ShellWords.Run(ws.Dir, "meic monitor enter MEIC.NET.DENSITY --period 2027-Q1 --value 1", "--lang", "it");
        refused.ExitCode.ShouldBe(2);
        refused.Err.ShouldContain("è calcolato dai dati del cluster");
    }

    [Fact]
    public void Should_say_what_is_missing_on_a_cluster_without_entered_indicators()
    {
        using var ws = new Workspace("blank");
        using var ctx = new ScreenContext(ws, "it", March2027);
        using (var tx = ctx.Store.BeginTransaction())
        {
            var indicators = ctx.Store.Collection<Indicator>(Indicator.CollectionName);
            foreach (var i in indicators.All().Where(i => !i.IsComputed)) indicators.Delete(i);
            tx.Commit();
        }
        var view = MonitoringScreens.Enter(ctx, null).ShouldBeOfType<TextScreen>();
        view.Text().ShouldContain("meic monitor indicators add");
        MonitoringScreens.Dashboard(ctx).Empty!.ShouldContain("meic monitor indicators import");
    }
}
