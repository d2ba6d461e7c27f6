using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Sdk.Screens;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Agreements.Tests;

/// <summary>The agreements' screen descriptions over a real Rome (and a blank) workspace, in Italian.</summary>
public sealed class AgreementScreensTests
{
    private static AgreementStore Data(ScreenWorkspace ws) => new(ws.Context.Store, "tester", DateOnly.FromDateTime(DateTime.Today));

    private static readonly (string, string)[] RomeDraft =
    [
        ("parties", "cies, cnos"), ("roles", "cies: promotore: Elisabetta Melandri"), ("starts", "01/01/2025"), ("expires", "31/12/2030"), ("id", "roma"),
    ];

    private static FormScreen DraftForm(ScreenWorkspace ws, ListScreen agreements)
    {
        ws.Probe.Press(agreements, "d");
        var templates = ws.Probe.Last<ListScreen>();
        ws.Probe.Press(templates, "Enter", ScreenProbe.Row(templates, "meic-cluster-rome"));
        return ws.Probe.Last<FormScreen>();
    }

    private static string CommandFor(FormScreen form, params (string Field, string Text)[] typed)
    {
        var all = form.Fields.ToDictionary(f => f.Id, f => f.Value);
        foreach (var (field, text) in typed) all[field] = text;
        return form.CommandFor!(new FormValues(form, all));
    }

    [Fact]
    public void Should_show_the_templates_with_their_clauses_as_readable_text()
    {
        using var ws = ScreenWorkspace.Rome();

        var templates = ws.Open<ListScreen>("agreement-templates");
        var rome = ScreenProbe.Row(templates, "meic-cluster-rome");
        var detail = templates.Detail!(rome);

        templates.Rows().First().Cells[1].ShouldBe("it");
        detail.ShouldContain("Risoluzione delle controversie");
        detail.ShouldContain("[obbligatoria]");
        detail.ShouldContain("Variabili:");
        detail.ShouldContain("notice_days");
    }

    [Fact]
    public void Should_draft_through_the_form_with_parties_picked_by_name_and_the_command_line_agrees()
    {
        using var ws = ScreenWorkspace.Rome();
        var copy = ws.CopyNow("copy");
        var agreements = ws.Open<ListScreen>("agreements");
        agreements.Rows().ShouldBeEmpty();

        var form = DraftForm(ws, agreements);
        form.Fields.Single(f => f.Id == "var.notice_days").Value.ShouldBe("90");
        var result = ws.Probe.Save(form, RomeDraft);

        result.Saved.ShouldBeTrue(string.Join("; ", result.Problems.Values));
        var roma = Data(ws).Agreement("roma");
        roma.Status.ShouldBe(AgreementStatus.Draft);
        roma.Parties.Select(p => (p.ActorId, p.Role, p.Representative)).ShouldBe([("cies-onlus", "promotore", "Elisabetta Melandri"), ("cnos-fap", null, null)]);
        roma.StartsOn.ShouldBe(new DateOnly(2025, 1, 1));
        File.Exists(Path.Combine(ws.Directory, "roma-v1.md")).ShouldBeTrue();
        var row = ScreenProbe.Row(agreements, "roma");
        row.Cells.Skip(1).ShouldBe(["Bozza", "2", "01/01/2025", "31/12/2030"]);
        agreements.Detail!(row).ShouldContain("CIES onlus (promotore) — non ancora firmato");

        var command = CommandFor(form, RomeDraft);
        command.ShouldBe("meic agreement draft --template meic-cluster-rome --id roma --party \"cies-onlus:promotore:Elisabetta Melandri\" --party cnos-fap --starts 01/01/2025 --expires 31/12/2030");
        var ran = ShellWords.Run(copy, command);
        ran.ExitCode.ShouldBe(0, ran.ToString());
        var shown = JObject.Parse(MeicProcess.Run(copy, "agreement", "show", "roma", "--json").Out);
        shown["agreement"]!["status"]!.Value<string>().ShouldBe("draft");
        shown["parties"]!.Select(p => p["actorId"]!.Value<string>()).ShouldBe(["cies-onlus", "cnos-fap"]);
        shown["agreement"]!["startsOn"]!.Value<string>().ShouldBe("2025-01-01");
    }

    [Fact]
    public void Should_refuse_a_date_that_is_not_a_day_in_italian_beside_the_field_and_write_nothing()
    {
        using var ws = ScreenWorkspace.Rome();
        var agreements = ws.Open<ListScreen>("agreements");
        var form = DraftForm(ws, agreements);

        var result = ws.Probe.Save(form, [.. RomeDraft.Where(v => v.Item1 != "starts"), ("starts", "31/02/2027")]);

        result.Saved.ShouldBeFalse();
        result.Problems["starts"].ShouldContain("non è un giorno del calendario");
        Data(ws).Agreements.All().ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_out_an_optional_clause_and_refuse_an_emptied_variable_beside_it()
    {
        using var ws = ScreenWorkspace.Rome();
        var form = DraftForm(ws, ws.Open<ListScreen>("agreements"));
        var optional = form.Fields.Single(f => f.Id == "clauses");
        optional.Choices.ShouldNotBeEmpty();
        var dropped = optional.Value.Split(',')[0];

        var missing = ws.Probe.Save(form, [.. RomeDraft, ("var.backbone", "")]);
        missing.Saved.ShouldBeFalse();
        missing.Problems.Keys.ShouldContain("var.backbone");
        Data(ws).Agreements.All().ShouldBeEmpty();

        var kept = string.Join(",", optional.Value.Split(',').Skip(1));
        ws.Probe.Save(form, [.. RomeDraft, ("clauses", kept)]).Saved.ShouldBeTrue();
        Data(ws).Agreement("roma").Clauses.Select(c => c.Id).ShouldNotContain(dropped);
        CommandFor(form, [.. RomeDraft, ("clauses", kept)]).ShouldContain($"--without {dropped}");
    }

    [Fact]
    public void Should_circulate_sign_amend_and_show_what_the_amendment_changed()
    {
        using var ws = ScreenWorkspace.Rome();
        var agreements = ws.Open<ListScreen>("agreements");
        ws.Probe.Save(DraftForm(ws, agreements), RomeDraft).Saved.ShouldBeTrue();

        ws.Probe.Press(agreements, "c", ScreenProbe.Row(agreements, "roma"));
        ws.Probe.Asked.Last().ShouldContain("in firma");
        ScreenProbe.Row(agreements, "roma").Cells[1].ShouldBe("In firma");
        var copy = ws.CopyNow("copy");

        ws.Probe.Press(agreements, "s", ScreenProbe.Row(agreements, "roma"));
        var sign = ws.Probe.Last<FormScreen>();
        var typed = new[] { ("party", "CIES onlus"), ("by", "Elisabetta Melandri"), ("on", "02/01/2027") };
        ws.Probe.Save(sign, typed).Saved.ShouldBeTrue();
        var command = CommandFor(sign, typed);
        command.ShouldBe("meic agreement sign roma --party cies-onlus --by \"Elisabetta Melandri\" --on 02/01/2027");
        ShellWords.Run(copy, command).ExitCode.ShouldBe(0);
        var cli = JObject.Parse(MeicProcess.Run(copy, "agreement", "show", "roma", "--json").Out)["parties"]!.First(p => p["actorId"]!.Value<string>() == "cies-onlus");
        cli["signedOn"]!.Value<string>().ShouldBe("2027-01-02");
        Data(ws).Agreement("roma").Party("cies-onlus")!.SignedOn.ShouldBe(new DateOnly(2027, 1, 2));

        ws.Probe.Press(agreements, "s", ScreenProbe.Row(agreements, "roma"));
        ws.Probe.Save(ws.Probe.Last<FormScreen>(), ("party", "cnos"), ("by", "Mario Rossi")).Saved.ShouldBeTrue();
        ScreenProbe.Row(agreements, "roma").Cells[1].ShouldBe("In vigore");

        ws.Probe.Press(agreements, "m", ScreenProbe.Row(agreements, "roma"));
        var amend = ws.Probe.Last<FormScreen>();
        ws.Probe.Save(amend, ("note", "plenaria di marzo"), ("var.notice_days", "60")).Saved.ShouldBeTrue();
        CommandFor(amend, ("note", "plenaria di marzo"), ("var.notice_days", "60")).ShouldBe("meic agreement amend roma --var notice_days=60 --note \"plenaria di marzo\"");
        Data(ws).Agreement("roma").Edition.ShouldBe(2);

        ws.Probe.Press(agreements, "v", ScreenProbe.Row(agreements, "roma"));
        var diff = ws.Probe.Last<TextScreen>();
        diff.Command.ShouldBe("meic agreement diff roma@1 roma@2");
        diff.Text().Split('\n').ShouldContain(l => l.StartsWith("+ ") && l.Contains("60 giorni"));
        diff.Text().Split('\n').ShouldContain(l => l.StartsWith("− ") && l.Contains("90 giorni"));
    }

    [Fact]
    public void Should_add_a_party_by_accession_and_record_a_notice_of_exit()
    {
        using var ws = ScreenWorkspace.Rome();
        var agreements = ws.Open<ListScreen>("agreements");
        ws.Probe.Save(DraftForm(ws, agreements), RomeDraft).Saved.ShouldBeTrue();
        var service = new AgreementService(Data(ws), null);
        service.Circulate("roma");
        service.Sign("roma", "cies-onlus", "E. Melandri", null, new DateOnly(2027, 1, 2));
        service.Sign("roma", "cnos-fap", "M. Rossi", null, new DateOnly(2027, 1, 2));

        ws.Probe.Press(agreements, "j", ScreenProbe.Row(agreements, "roma"));
        var accede = ws.Probe.Last<FormScreen>();
        var joined = ws.Probe.Save(accede, ("actor", "lumsa"), ("by", "Anna Bianchi"), ("on", "01/02/2027"));
        joined.Saved.ShouldBeTrue(string.Join("; ", joined.Problems.Values));
        Data(ws).Agreement("roma").Party("lumsa")!.ByAccession.ShouldBeTrue();
        CommandFor(accede, ("actor", "lumsa"), ("by", "Anna Bianchi"), ("on", "01/02/2027")).ShouldBe("meic agreement accede roma --party lumsa --by \"Anna Bianchi\" --on 01/02/2027");

        ws.Probe.Press(agreements, "x", ScreenProbe.Row(agreements, "roma"));
        ws.Probe.Save(ws.Probe.Last<FormScreen>(), ("party", "cnos"), ("on", "01/03/2027"), ("reason", "fine del progetto")).Saved.ShouldBeTrue();
        Data(ws).Agreement("roma").Party("cnos-fap")!.ExitNoticeOn.ShouldBe(new DateOnly(2027, 3, 1));
        agreements.Detail!(ScreenProbe.Row(agreements, "roma")).ShouldContain("recesso comunicato il 01/03/2027");
    }

    [Fact]
    public void Should_show_the_free_riding_report_and_the_dispute_register_with_labels()
    {
        using var ws = ScreenWorkspace.Rome();
        var agreements = ws.Open<ListScreen>("agreements");
        ws.Probe.Save(DraftForm(ws, agreements), RomeDraft).Saved.ShouldBeTrue();
        new AgreementService(Data(ws), null).Circulate("roma");
        new ConflictService(Data(ws)).Raise("roma", ["cies-onlus", "cnos-fap"], "Uso della sede", null, DateOnly.FromDateTime(DateTime.Today), []);

        ws.Probe.Press(agreements, "f", ScreenProbe.Row(agreements, "roma"));
        ws.Probe.Last<TextScreen>().Text().ShouldContain("non registra impegni");

        var conflicts = ws.Open<ListScreen>("agreement-conflicts");
        var row = conflicts.Rows().ShouldHaveSingleItem();
        row.Cells.Take(3).ShouldBe(["Protocollo d'intesa del cluster MEIC di Roma", "Uso della sede", "Dialogo diretto"]);
        row.Cells[4].ShouldBe("Aperta");
        conflicts.Detail!(row).ShouldContain("CIES onlus, CNOS-FAP");
        ws.Probe.Press(conflicts, "r", row);
        ws.Probe.Save(ws.Probe.Last<FormScreen>(), ("outcome", "sede a rotazione")).Saved.ShouldBeTrue();
        conflicts.Rows().Single().Cells[4].ShouldBe("Risolta");
    }

    [Fact]
    public void Should_say_what_is_missing_in_a_blank_city()
    {
        using var ws = ScreenWorkspace.Blank();

        var agreements = ws.Open<ListScreen>("agreements");
        agreements.Rows().ShouldBeEmpty();
        agreements.Empty!.ShouldContain("non ha attori");
        ws.Open<ListScreen>("agreement-conflicts").Empty!.ShouldContain("Nessuna controversia");
        var templates = ws.Open<ListScreen>("agreement-templates");
        templates.Rows().ShouldNotBeEmpty();
        ws.Probe.Press(templates, "Enter", templates.Rows().First());
        ws.Probe.Last<TextScreen>().Text().ShouldContain("non ha attori");
    }

    [Fact]
    public void Should_declare_every_registered_screen_in_the_manifest()
    {
        var registration = new Meic.Core.Plugins.PluginRegistration(AgreementsPlugin.Id);
        new AgreementsPlugin().Register(registration);
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Root, "plugins", "Meic.Agreements", "plugin.json")));

        manifest["screens"]!.Select(s => s["id"]!.Value<string>()).Order().ShouldBe(registration.Views.Keys.Order());
    }
}
