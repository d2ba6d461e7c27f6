using Meic.Brokerage.Model;
using Meic.Brokerage.Screens;
using Meic.Sdk.Screens;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Tests;

/// <summary>The brokerage screens over a real workspace, driven as the terminal application drives them.</summary>
public sealed class ScreenTests
{
    private static Referral[] Referrals(TestContext ctx) => [.. ctx.Store.Collection<Referral>("referrals").All()];

    [Fact]
    public void Should_find_the_housing_services_by_an_everyday_word_with_labels_in_Italian_as_the_search_command_does()
    {
        using var cluster = new TestCluster();
        using var store = cluster.OpenStore();
        var ctx = new TestContext(store, "it");
        var directory = ServiceDirectory(ctx);

        var found = directory.Rows().Where(r => ListScreen.Matches(r, "casa")).ToList();

        found.Select(r => r.Id).ShouldContain("programma-integra-housing-support");
        found.Select(r => r.Id).ShouldContain("sant-egidio-night-shelter");
        found.ShouldAllBe(r => r.Cells[2] == "Accoglienza abitativa" && r.Cells[6] == "Attivo");
        directory.Detail!(found[0]).ShouldContain("Area: Accoglienza abitativa");
        var cli = JArray.Parse(cluster.Ok("broker", "services", "search", "casa", "--json").Out).Select(t => (string)t["id"]!);
        cli.ShouldBe(found.Select(r => r.Id), ignoreOrder: true);
    }

    private static ListScreen ServiceDirectory(TestContext ctx) => ServiceScreens.Directory(ctx);

    [Fact]
    public void Should_refuse_a_referral_without_recorded_consent_and_send_nothing()
    {
        using var cluster = new TestCluster();
        using var store = cluster.OpenStore();
        var ctx = new TestContext(store, "it");
        var probe = new ScreenProbe(ctx);
        var directory = ServiceDirectory(ctx);
        probe.Press(directory, "r", ScreenProbe.Row(directory, "cnos-fap-vocational-courses"));
        var form = probe.Last<FormScreen>();

        var refused = probe.Save(form, ("case", "RM-2027-001"), ("from", "cies-onlus"), ("consentKind", "scritto"));

        refused.Saved.ShouldBeFalse();
        refused.Problems["consentGiven"].ShouldStartWith("Senza il consenso della persona non si invia nulla");
        Referrals(ctx).ShouldBeEmpty();

        probe.Save(form, ("case", "Mario Rossi"), ("from", "cies-onlus"), ("consentKind", "scritto"), ("consentGiven", "true"))
            .Problems["case"].ShouldContain("Mai il nome di una persona");
        var saved = probe.Save(form, ("case", "RM-2027-001"), ("from", "cies-onlus"), ("consentKind", "a voce"), ("consentGiven", "true"));
        saved.Saved.ShouldBeTrue(string.Join("; ", saved.Problems.Values));
        var referral = Referrals(ctx).ShouldHaveSingleItem();
        referral.Consent.Kind.ShouldBe("verbal");
        referral.ServiceId.ShouldBe("cnos-fap-vocational-courses");
        var row = ReferralScreens.List(ctx).Rows().ShouldHaveSingleItem();
        row.Cells[4].ShouldBe("In corso");
        row.Cells[5].ShouldBe("Verbale (a voce)");
        row.Cells[6].ShouldBe("2 marzo 2026");
    }

    [Fact]
    public void Should_move_a_referral_through_accepted_and_done_with_an_outcome_and_give_the_commands_that_do_the_same()
    {
        using var cluster = new TestCluster("madrid");
        using var store = cluster.OpenStore();
        var ctx = new TestContext(store, "es");
        var probe = new ScreenProbe(ctx);
        var service = ServiceDirectory(ctx).Rows().First();
        var from = ctx.Store.Collection<Meic.Sdk.Model.Actor>("actors").All().First(a => a.Id != ((Service)service.Item!).ActorId).Id;
        var form = (FormScreen)ReferralScreens.Refer(ctx, service.Id);
        var values = new FormValues(form, new Dictionary<string, string> { ["case"] = "MD-2027-004", ["from"] = from, ["service"] = service.Id, ["consentKind"] = "por escrito", ["consentGiven"] = "true" });
        var referLine = form.CommandFor!(values);
        referLine.ShouldBe($"meic broker refer --case MD-2027-004 --from {from} --service {service.Id} --consent written");
        form.Submit(ctx, values).Saved.ShouldBeTrue();

        var list = ReferralScreens.List(ctx);
        var row = list.Rows().ShouldHaveSingleItem();
        probe.Press(list, "a", row);
        probe.Asked.ShouldHaveSingleItem().ShouldStartWith("¿Aceptar la derivación del caso MD-2027-004");
        row = list.Rows().Single();
        row.Cells[4].ShouldBe("Aceptada");

        var done = ReferralScreens.Move(ctx, (Referral)row.Item!, "done");
        var outcome = new FormValues(done, new Dictionary<string, string> { ["outcome"] = "sin plazas" });
        var doneLine = done.CommandFor!(outcome);
        doneLine.ShouldBe($"meic broker referral done {row.Id} --expect-version {((Referral)row.Item!).Version} --unsuccessful --reason noCapacity");

        // The command the screen shows does what the screen would have done.
        ShellWords.Run(cluster.Path, doneLine).ExitCode.ShouldBe(0);
        var closed = list.Rows().Single();
        closed.Cells[4].ShouldBe("Cerrada");
        list.Detail!(closed).ShouldContain("Resultado: Sin plazas");
        ((Referral)closed.Item!).Successful.ShouldBe(false);
        done.Submit(ctx, outcome).Problems[""].ShouldNotBeEmpty();   // the version it was opened on is gone: refused, nothing written

        ShellWords.Run(cluster.Path, referLine).ExitCode.ShouldBe(0);
        var fromCli = Referrals(ctx).Single(r => r.Id != row.Id);
        fromCli.CaseCode.ShouldBe("MD-2027-004");
        fromCli.FromActorId.ShouldBe(from);
        fromCli.ServiceId.ShouldBe(service.Id);
        fromCli.Consent.Kind.ShouldBe("written");
    }

    [Fact]
    public void Should_add_and_change_a_service_through_forms_as_the_commands_do()
    {
        using var cluster = new TestCluster();
        using var store = cluster.OpenStore();
        var ctx = new TestContext(store, "it");
        var probe = new ScreenProbe(ctx);
        var directory = ServiceDirectory(ctx);
        probe.Press(directory, "a");
        var add = probe.Last<FormScreen>();
        var saved = probe.Save(add, ("actor", "cies-onlus"), ("name", "Sportello casa"), ("area", "Accoglienza abitativa"), ("capacity", "12"), ("languages", "it, ar"));
        saved.Saved.ShouldBeTrue(string.Join("; ", saved.Problems.Values));
        var row = ScreenProbe.Row(directory, "cies-onlus-sportello-casa");
        row.Cells[2].ShouldBe("Accoglienza abitativa");

        probe.Press(directory, "e", row);
        var edit = probe.Last<FormScreen>();
        var values = new FormValues(edit, edit.Fields.ToDictionary(f => f.Id, f => f.Id switch { "name" => "Sportello casa e alloggio", "status" => "chiuso temporaneamente", _ => f.Value }));
        var line = edit.CommandFor!(values);
        line.ShouldBe("meic broker services edit cies-onlus-sportello-casa --name 'Sportello casa e alloggio' --status temporarilyClosed");
        ShellWords.Run(cluster.Path, line).ExitCode.ShouldBe(0);
        var changed = ScreenProbe.Row(directory, "cies-onlus-sportello-casa");
        changed.Cells[0].ShouldBe("Sportello casa e alloggio");
        changed.Cells[6].ShouldBe("Chiuso temporaneamente");
        edit.Submit(ctx, values).Saved.ShouldBeFalse();   // changed meanwhile by the command: refused, not overwritten
    }

    [Fact]
    public void Should_run_a_script_as_an_interview_and_save_the_answers_to_a_case_only_with_consent()
    {
        using var cluster = new TestCluster();
        using var store = cluster.OpenStore();
        var ctx = new TestContext(store, "it");
        var probe = new ScreenProbe(ctx);
        var scripts = ScriptScreens.List(ctx);
        var row = scripts.Rows().First();
        probe.Press(scripts, "Enter", row);
        var interview = probe.Last<FormScreen>();
        var questions = interview.Fields.Where(f => f.Id.StartsWith('q')).ToList();
        questions.Count.ShouldBeGreaterThan(1);

        var shown = probe.Save(interview, ("q1", "da due anni"));
        shown.Saved.ShouldBeTrue();
        shown.Message!.ShouldContain("→ da due anni");
        ctx.Store.Collection<Interview>("orientation-answers").All().ShouldBeEmpty();

        probe.Save(interview, ("q1", "da due anni"), ("case", "RM-2027-009")).Problems["consent"].ShouldContain("solo con il consenso");
        ctx.Store.Collection<Interview>("orientation-answers").All().ShouldBeEmpty();

        probe.Save(interview, ("q1", "da due anni"), ("case", "RM-2027-009"), ("consent", "scritto")).Message!.ShouldContain("Risposte salvate nel caso RM-2027-009");
        var saved = ctx.Store.Collection<Interview>("orientation-answers").All().ShouldHaveSingleItem();
        saved.Answers[0].Answer.ShouldBe("da due anni");
        saved.Answers[0].Question.ShouldBe(questions[0].Label);
        saved.Consent.ShouldBe("written");
    }

    [Fact]
    public void Should_say_what_is_missing_on_a_blank_cluster()
    {
        using var cluster = new TestCluster("blank");
        using var store = cluster.OpenStore();
        var ctx = new TestContext(store, "it");
        var directory = ServiceDirectory(ctx);
        directory.Rows().ShouldBeEmpty();
        directory.Empty!.ShouldContain("meic broker services import");
        ReferralScreens.Refer(ctx, null).ShouldBeOfType<TextScreen>().Text().ShouldContain("Non c'è ancora un servizio attivo");
        ReferralScreens.List(ctx).Empty!.ShouldContain("Ancora nessun invio");
        NeedScreens.Needs(ctx).Empty!.ShouldContain("meic broker needs add");
    }
}
