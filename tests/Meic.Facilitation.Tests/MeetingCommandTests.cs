using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Facilitation.Tests;

public sealed class MeetingCommandTests
{
    private const string Id = "2030-03-14-thematic-table";

    private static void Plan(Workspace ws) =>
        ws.Ok("meeting", "plan", "--title", "Work table", "--kind", "thematic-table", "--start", "2030-03-14 10:00", "--minutes", "90",
            "--place", "Casa del Municipio, Sala 2", "--invite", "cies-onlus,cnos-fap", "--facilitator", "Maria Rossi");

    [Fact]
    public void Should_head_warnings_and_word_an_approval_without_a_later_meeting_in_spanish()
    {
        using var ws = new Workspace();
        Plan(ws);
        ws.Ok("meeting", "agenda", "add", Id, "--title", "Ronda", "--minutes", "30");
        ws.Ok("meeting", "attend", Id, "cies-onlus", "--present");

        var closed = MeicProcess.Run(ws.Path, "meeting", "close", Id, "--lang", "es");
        closed.ExitCode.ShouldBe(0, closed.ToString());
        closed.Out.ShouldContain("atención:");
        closed.Out.ShouldNotContain("warning:");

        var approved = MeicProcess.Run(ws.Path, "meeting", "approve", Id, "--lang", "es");
        approved.ExitCode.ShouldBe(0, approved.ToString());
        approved.Out.ShouldContain("Acta de «Work table» aprobada; ahora está bloqueada");
        approved.Out.ShouldNotContain("–");
        File.ReadAllText(System.IO.Path.Combine(ws.Path, "minutes", $"{Id}.es.md")).ShouldContain("; bloqueada"); // approved today, by no later meeting: no empty "(reunión )"
        File.ReadAllText(System.IO.Path.Combine(ws.Path, "minutes", $"{Id}.es.md")).ShouldNotContain("(reunión )");
    }

    [Fact]
    public void Should_take_kinds_recurrences_areas_and_formats_in_the_users_words_and_show_them_so()
    {
        using var ws = new Workspace();
        var help = MeicProcess.Run(ws.Path, "meeting", "plan", "--help", "--lang", "it");
        help.Out.ShouldContain("plenaria, tavolo tematico, cabina di regia o laboratorio di coprogettazione");
        help.Out.ShouldContain("giornaliero, settimanale, quindicinale o mensile");
        help.Out.ShouldNotContain("thematic-table");
        var planned = MeicProcess.Run(ws.Path, "meeting", "plan", "--title", "Tavolo casa", "--kind", "tavolo tematico", "--start", "02/04/2030 10:00",
            "--every", "settimanale", "--count", "2", "--area", "casa", "--invite", "cies-onlus", "--lang", "it", "--json");
        planned.ExitCode.ShouldBe(0, planned.ToString());
        var first = JObject.Parse(planned.Out)["ids"]![0]!.ToString();
        var agenda = MeicProcess.Run(ws.Path, "meeting", "agenda", "add", first, "--title", "Giro", "--minutes", "10", "--format", "Giro di presentazioni", "--lang", "it");
        agenda.ExitCode.ShouldBe(0, agenda.ToString());
        var shown = MeicProcess.Run(ws.Path, "meeting", "show", first, "--lang", "it");
        shown.Out.ShouldContain("Giro di presentazioni");
        shown.Out.ShouldContain("Presenti: 0 di 1");
        shown.Out.ShouldNotContain("()");
        JObject.Parse(ws.Ok("meeting", "show", first, "--json").Out)["meeting"]!["area"]!.ToString().ShouldBe("housing");
        var bad = MeicProcess.Run(ws.Path, "meeting", "plan", "--title", "X", "--start", "03/04/2030 10:00", "--area", "spazio", "--lang", "it");
        bad.ExitCode.ShouldBe(2, bad.ToString());
        bad.Err.ShouldContain("«spazio»");
    }

    [Fact]
    public void Should_plan_warn_refuse_and_export_meetings_end_to_end()
    {
        using var ws = new Workspace();
        Plan(ws);

        // Overlapping meeting in the same place: refused, nothing saved.
        var clash = ws.Meic("meeting", "plan", "--title", "Clash", "--start", "2030-03-14 11:00", "--place", "casa del municipio  sala 2");
        clash.ExitCode.ShouldBe(2);
        clash.Err.ShouldContain(Id);
        JArray.Parse(ws.Ok("meeting", "list", "--json").Out).Count.ShouldBe(1);

        // Agenda longer than the meeting: saved, with a warning.
        ws.Ok("meeting", "agenda", "add", Id, "--title", "Round", "--minutes", "60", "--format", "introductions", "--owner", "cies-onlus");
        var longer = ws.Ok("meeting", "agenda", "add", Id, "--title", "Decide", "--minutes", "45", "--format", "consent-round", "--json");
        var warnings = JObject.Parse(longer.Out)["warnings"]!.ToObject<string[]>()!;
        warnings.ShouldHaveSingleItem().ShouldContain("105 minutes");

        // Unknown owner actor: refused with a suggestion, nothing saved.
        var unknown = ws.Meic("meeting", "agenda", "add", Id, "--title", "X", "--minutes", "5", "--owner", "cies-onlsu");
        unknown.ExitCode.ShouldBe(2);
        unknown.Err.ShouldContain("did you mean 'cies-onlus'");
        JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out)["meeting"]!["agenda"]!.Count().ShouldBe(2);

        // A monthly steering group, exported as one recurring event; re-import updates rather than duplicates.
        ws.Ok("meeting", "plan", "--title", "Steering", "--kind", "steering-group", "--start", "2030-04-01 15:00", "--every", "monthly", "--count", "3",
            "--link", "https://meet.example.org/steering");
        var ics = System.IO.Path.Combine(ws.Path, "all.ics");
        ws.Ok("meeting", "export-ics", "--all", "--out", ics);
        var text = File.ReadAllText(ics);
        text.ShouldContain("RRULE:FREQ=MONTHLY;COUNT=3\r\n");
        text.Split("BEGIN:VEVENT").Length.ShouldBe(3);
        var again = JObject.Parse(ws.Ok("meeting", "import-ics", ics, "--json").Out);
        again["created"]!.Count().ShouldBe(0);
        again["updated"]!.Count().ShouldBe(4);
        JArray.Parse(ws.Ok("meeting", "list", "--json").Out).Count.ShouldBe(4);
    }

    [Fact]
    public void Should_change_nothing_when_an_ics_file_has_a_broken_line()
    {
        using var ws = new Workspace();
        var file = System.IO.Path.Combine(ws.Path, "broken.ics");
        File.WriteAllText(file, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20300501T090000Z\r\nDTEND:20300501T100000Z\r\nSUMMARY:Fine\r\nEND:VEVENT\r\n" +
            "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20300502T090000Z\r\nDTEND:tomorrow\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        var r = ws.Meic("meeting", "import-ics", file);
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("broken.ics:11");
        r.Err.ShouldContain("DTEND");
        JArray.Parse(ws.Ok("meeting", "list", "--json").Out).ShouldBeEmpty();
    }

    [Fact]
    public void Should_lock_a_meeting_once_its_minutes_are_approved_and_write_docx()
    {
        using var ws = new Workspace();
        Plan(ws);
        ws.Ok("meeting", "agenda", "add", Id, "--title", "Round", "--minutes", "30");
        ws.Meic("meeting", "approve", Id).Err.ShouldContain("not closed");
        ws.Ok("meeting", "close", Id);
        ws.Ok("meeting", "pulse", Id, "--openness", "4", "--balance", "3", "--usefulness", "5", "--trust", "4", "--remark", "ممتاز");
        ws.Meic("meeting", "pulse", Id, "--openness", "9", "--balance", "3", "--usefulness", "5", "--trust", "4").ExitCode.ShouldBe(2);
        var docx = System.IO.Path.Combine(ws.Path, "m.docx");
        ws.Ok("meeting", "minutes", Id, "--format", "docx", "--out", docx);
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx, false))
        {
            var body = doc.MainDocumentPart!.Document.Body!.InnerText;
            body.ShouldContain("Minutes: Work table");
            body.ShouldContain("ممتاز");
            // The facilitator signs the minutes in that role: named in full, with a line to sign on.
            body.ShouldContain("Facilitation: Maria Rossi – signature ___");
            body.ShouldContain("Thursday 14 March 2030");
            body.ShouldContain("1 response,");
            body.ShouldContain("4.0");
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).ShouldBeEmpty();
            doc.MainDocumentPart!.FooterParts.Single().Footer!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SimpleField>()
                .Select(f => f.Instruction!.Value!.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
        }
        ws.Ok("meeting", "approve", Id);
        var edit = ws.Meic("meeting", "agenda", "add", Id, "--title", "Late", "--minutes", "5");
        edit.ExitCode.ShouldBe(2);
        edit.Err.ShouldContain("locked");
        ws.Meic("meeting", "pulse", Id, "--openness", "4", "--balance", "3", "--usefulness", "5", "--trust", "4").Err.ShouldContain("locked");
        JObject.Parse(ws.Ok("meeting", "show", Id, "--json").Out)["meeting"]!["minutesApproved"]!.Value<bool>().ShouldBeTrue();
        ws.Meic("meeting", "run", Id).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Should_list_the_formats_library_seeded_from_the_template_in_each_language()
    {
        using var ws = new Workspace();
        var en = JArray.Parse(ws.Ok("meeting", "formats", "--json").Out);
        en.Select(f => (string)f["id"]!).ShouldContain("1-2-4-all");
        en.Count.ShouldBeGreaterThanOrEqualTo(6);
        var it = JArray.Parse(MeicProcessRun(ws, "it"));
        it.Single(f => (string)f["id"]! == "consent-round")["name"]!.ToString().ShouldBe("Giro di consenso");
    }

    private static string MeicProcessRun(Workspace ws, string lang) =>
        Meic.Testing.MeicProcess.Run(ws.Path, "--lang", lang, "meeting", "formats", "--json").Out;
}
