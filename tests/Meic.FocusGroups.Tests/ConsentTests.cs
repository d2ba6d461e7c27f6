using DocumentFormat.OpenXml.Packaging;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Errors;
using Newtonsoft.Json.Linq;
using static Meic.FocusGroups.Tests.SpeakerLabelTests;

namespace Meic.FocusGroups.Tests;

/// <summary>Consent purposes are controlled values, and a report quotes only who consented to quotation, saying whom it left out.</summary>
public sealed class ConsentTests
{
    private const string Transcript =
        "Anna Verdi: Come trovate lavoro?\n" +
        "Mario Rossi: Con gli amici, mai il centro per l'impiego.\n" +
        "Fatou Diallo: Il calcio ha creato fiducia nel quartiere.\n" +
        "Luca Bianchi: I bandi frammentano tutto.\n";

    /// <summary>Mario (P1) consented to research only, Fatou (P2) to research and quotation, Luca (P3) has no consent recorded; each turn coded.</summary>
    private static FocusHarness Coded(string language = "en")
    {
        var h = new FocusHarness { Language = language };
        h.Session("s1", Transcript, "Anna Verdi", "Mario Rossi", "Fatou Diallo", "Luca Bianchi");
        Run(h, "consent", "record", "--session", "s1", "--participant", "P1", "--version", "v2", "--language", "it", "--purpose", "research").ShouldBe(0);
        Run(h, "consent", "record", "--session", "s1", "--participant", "P2", "--version", "v2", "--language", "it", "--purpose", "research,quotation").ShouldBe(0);
        h.Output.GetStringBuilder().Clear();
        var t = h.Fs.TranscriptsOf("s1").Single();
        var jobs = h.Fs.Codes.Insert(new Code { Id = "jobs", Name = "Informal networks for jobs", Guid = StableGuid.For("code", "jobs") });
        var service = new CodingService(h.Fs);
        foreach (var turn in new[] { 2, 3, 4 }) service.Apply(t, jobs, "ana", service.Segment(t, turn, null, null), "turn", "now");
        return h;
    }

    [Fact]
    public void Should_not_quote_a_participant_who_consented_to_research_but_not_to_quotation()
    {
        using var h = Coded();

        Run(h, "report", "quotes").ShouldBe(0);

        var md = h.Output.ToString();
        md.ShouldContain("Il calcio ha creato fiducia");
        md.ShouldNotContain("Con gli amici");
        md.ShouldNotContain("I bandi frammentano");
    }

    [Theory]
    [InlineData("it", "## Informal networks for jobs (1; 2 citazioni escluse per il consenso)", "## 2 citazioni escluse per il consenso",
        "- P1 (s1): consenso per Ricerca, non per le citazioni — 1 citazione", "- P3 (s1): nessun consenso registrato — 1 citazione")]
    [InlineData("es", "## Informal networks for jobs (1; 2 citas excluidas por el consentimiento)", "## 2 citas excluidas por el consentimiento",
        "- P1 (s1): consentimiento para Investigación, no para las citas — 1 cita", "- P3 (s1): ningún consentimiento registrado — 1 cita")]
    [InlineData("en", "## Informal networks for jobs (1; 2 quotes left out for consent)", "## 2 quotes left out for consent",
        "- P1 (s1): consent to Research, not to quotation — 1 quote", "- P3 (s1): no consent recorded — 1 quote")]
    public void Should_say_in_the_report_how_many_quotes_were_left_out_whose_and_why_in_the_users_language(string language, string code, string heading, string p1, string p3)
    {
        using var h = Coded(language);

        Run(h, "report", "quotes").ShouldBe(0);

        var lines = h.Output.ToString().Split('\n');
        lines.ShouldContain(code);
        lines.ShouldContain(heading);
        lines.ShouldContain(p1);
        lines.ShouldContain(p3);
        lines.ShouldNotContain(l => l.StartsWith("- P2"));
    }

    [Fact]
    public void Should_leave_them_out_of_a_valid_docx_report_and_say_so_there_and_in_the_terminal()
    {
        using var h = Coded("it");
        var docx = h.Dir.File("quotes.docx");

        Run(h, "report", "quotes", "--format", "docx", "--out", docx).ShouldBe(0);

        using (var doc = WordprocessingDocument.Open(docx, false))
        {
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).ShouldBeEmpty();
            var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
            paragraphs.ShouldContain("“Il calcio ha creato fiducia nel quartiere.”");
            paragraphs.ShouldNotContain(p => p.Contains("Con gli amici") || p.Contains("I bandi"));
            paragraphs.ShouldContain("2 citazioni escluse per il consenso");
            paragraphs.ShouldContain("P1 (s1): consenso per Ricerca, non per le citazioni — 1 citazione");
            paragraphs.ShouldContain("P3 (s1): nessun consenso registrato — 1 citazione");
        }
        var terminal = h.Output.ToString();
        terminal.ShouldContain("2 citazioni escluse per il consenso:");
        terminal.ShouldContain("  P1 (s1): consenso per Ricerca, non per le citazioni — 1 citazione");
        terminal.ShouldContain("--purpose ricerca,citazioni");
    }

    [Fact]
    public void Should_list_the_quotes_left_out_in_json_and_never_the_words_themselves()
    {
        using var h = Coded();
        h.Json = true;

        Run(h, "report", "quotes").ShouldBe(0);

        var json = JObject.Parse(h.Output.ToString());
        h.Output.ToString().ShouldNotContain("Con gli amici");
        json["codes"]!.Single()["quotes"]!.Select(q => (string)q["speaker"]!).ShouldBe(["P2"]);
        ((int)json["codes"]!.Single()["leftOut"]!).ShouldBe(2);
        ((int)json["quotesLeftOut"]!).ShouldBe(2);
        json["leftOut"]!.Select(l => $"{l["session"]}/{l["speaker"]}:{l["reason"]}:{string.Join("+", l["purposes"]!)}:{l["quotes"]}")
            .ShouldBe(["s1/P1:no-quotation:research:1", "s1/P3:no-consent::1"]);

        h.Output.GetStringBuilder().Clear();
        var md = h.Dir.File("q.md");
        Run(h, "report", "quotes", "--out", md).ShouldBe(0);
        var written = JObject.Parse(h.Output.ToString());
        ((int)written["quotes"]!, (int)written["quotesLeftOut"]!).ShouldBe((1, 2));
        File.ReadAllText(md).ShouldNotContain("Con gli amici");
    }

    [Theory]
    [InlineData("research", "research")]
    [InlineData("Ricerca", "research")]
    [InlineData("investigación", "research")]
    [InlineData("INVESTIGACION", "research")]
    [InlineData("quotation", "quotation")]
    [InlineData("citazione", "quotation")]
    [InlineData("Citazioni", "quotation")]
    [InlineData("cita", "quotation")]
    [InlineData("citación", "quotation")]
    [InlineData("citacion", "quotation")]
    [InlineData("Quotes", "quotation")]
    [InlineData("recording", "recording")]
    [InlineData("registrazione", "recording")]
    [InlineData("grabación", "recording")]
    [InlineData("GRABACION", "recording")]
    [InlineData("report", "report")]
    [InlineData("rapporto", "report")]
    [InlineData("informe", "report")]
    public void Should_read_a_purpose_by_its_id_label_or_synonym_in_any_language_ignoring_case_and_accents(string typed, string id) =>
        ConsentPurposes.Parse([typed], Commands.Ui.S("en")).ShouldBe([id]);

    [Fact]
    public void Should_store_purposes_as_ids_typed_in_any_language_and_show_them_in_the_users()
    {
        using var h = Coded("es");

        Run(h, "consent", "record", "--session", "s1", "--participant", "P3", "--version", "v2", "--language", "es", "--purpose", "Investigación, cita", "--purpose", "grabacion").ShouldBe(0);

        h.Fs.Session("s1").Participants.Single(p => p.Pseudonym == "P3").Consent!.Purposes.ShouldBe(["research", "quotation", "recording"]);
        h.Output.ToString().ShouldContain("finalidades: Investigación, Citas, Grabación");
        h.Output.GetStringBuilder().Clear();
        Run(h, "session", "show", "s1").ShouldBe(0);
        var shown = h.Output.ToString();
        foreach (var label in new[] { "Investigación", "Citas", "Grabación", "Grupo focal" }) shown.ShouldContain(label); // the table may wrap the cell
    }

    [Theory]
    [InlineData("it", "reserch", "--purpose: «reserch» non è un valore ammesso per «finalità del consenso». Forse intendevi «Ricerca» (research)? Valori ammessi: «Ricerca» (research), «Citazioni» (quotation), «Registrazione» (recording), «Rapporti (senza citazioni)» (report). Non è stato registrato nulla.")]
    [InlineData("es", "citazone", "--purpose: «citazone» no es un valor admitido para «finalidad del consentimiento». ¿Quería decir «Citas» (quotation)?")]
    [InlineData("en", "research,publicity,recordin", "--purpose: 'publicity', 'recordin' (did you mean 'Recording'?) are not consent purposes; nothing was recorded. Valid: 'Research', 'Quotation', 'Recording', 'Reports (no quotes)' (report).")]
    public void Should_refuse_an_unknown_purpose_with_a_did_you_mean_in_the_users_language_and_record_nothing(string language, string typed, string message)
    {
        using var h = Coded(language);
        var before = h.Fs.Session("s1").Participants.Single(p => p.Pseudonym == "P1").Consent!.Purposes.ToList();

        var refused = Should.Throw<InputException>(() => Run(h, "consent", "record", "--session", "s1", "--participant", "P1", "--version", "v3", "--language", "it", "--purpose", typed));

        refused.Message.ShouldStartWith(message);
        var after = h.Fs.Session("s1").Participants.Single(p => p.Pseudonym == "P1").Consent!;
        after.Version.ShouldBe("v2");
        after.Purposes.ShouldBe(before);
    }

    [Fact]
    public void Should_read_purposes_stored_as_free_words_before_they_were_controlled()
    {
        using var h = Coded();
        var session = h.Fs.Session("s1");
        Consent Old(params string[] purposes) => new() { Version = "v1", Language = "it", Date = "2023-01-01", Purposes = [.. purposes] };
        session.Participants.Single(p => p.Pseudonym == "P1").Consent = Old("research", "report");    // what `--purpose research,report` stored
        session.Participants.Single(p => p.Pseudonym == "P2").Consent = Old("Ricerca", "Citazioni");   // typed by hand in Italian
        session.Participants.Single(p => p.Pseudonym == "P3").Consent = Old("research,quotation", "pubblicazione");
        h.Fs.Sessions.Update(session);
        h.Json = true;

        Run(h, "report", "quotes").ShouldBe(0);

        var json = JObject.Parse(h.Output.ToString());
        json["codes"]!.Single()["quotes"]!.Select(q => (string)q["speaker"]!).ShouldBe(["P2", "P3"]);
        json["leftOut"]!.Select(l => $"{l["speaker"]}:{l["reason"]}:{string.Join("+", l["purposes"]!)}").ShouldBe(["P1:no-quotation:research+report"]);
        var (ids, unknown) = ConsentPurposes.Read(Old("research,quotation", "pubblicazione"));
        ids.ShouldBe(["research", "quotation"]);
        unknown.ShouldBe(["pubblicazione"]);
        ConsentPurposes.Labels(Old("research", "report", "pubblicazione"), "it").ShouldBe("Ricerca, Rapporti (senza citazioni), 'pubblicazione'");
        h.Fs.Session("s1").Participants.Single(p => p.Pseudonym == "P1").Consent!.Purposes.ShouldBe(["research", "report"]); // read, never rewritten
    }
}
