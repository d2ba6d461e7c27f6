using DocumentFormat.OpenXml.Packaging;
using Meic.Monitoring.Model;
using Meic.Sdk.Model;
using Newtonsoft.Json.Linq;

namespace Meic.Monitoring.Tests;

/// <summary>The plugin loaded from disk by the real host, over a real SQLite workspace.</summary>
public sealed class MonitorCommandTests
{
    private static void WriteFacilitationAndAgreements(Workspace ws) => ws.Store(store =>
    {
        store.Collection<MeetingDoc>("meetings").Insert(Build.Meeting("m1", "2026-02-10", "plenary", ("cies-onlus", true), ("cnos-fap", true), ("lumsa", false)));
        store.Collection<MeetingDoc>("meetings").Insert(Build.Meeting("m2", "2026-03-10", "plenary", ("cies-onlus", true), ("cnos-fap", false), ("lumsa", false)));
        store.Collection<ActionDoc>("actions").Insert(new ActionDoc { Id = "a1", What = "share the map", Due = "2026-03-01", Status = "open", OwnerActorId = "lumsa" });
        store.Collection<AgreementDoc>("agreements").Insert(new AgreementDoc
        {
            Id = "protocol", Title = "Protocollo d'intesa", Status = "inForce", ExpiresOn = "2099-01-01",
            Parties = [new PartyDoc { ActorId = "cies-onlus", SignedOn = "2026-01-15" }, new PartyDoc { ActorId = "cnos-fap", SignedOn = "2026-01-15" }],
        });
    });

    [Fact]
    public void Should_compute_from_other_plugins_records_and_write_every_report_format_readably()
    {
        using var ws = new Workspace();
        WriteFacilitationAndAgreements(ws);
        ws.Meic("monitor", "indicators", "add", "EVIL", "--name", "=HYPERLINK(\"http://x\")", "--unit", "count").ExitCode.ShouldBe(0);
        ws.Meic("monitor", "enter", "MEIC.BEN.PATHWAYS", "--period", "2026-Q1", "--value", "20").ExitCode.ShouldBe(0);

        var compute = ws.Meic("monitor", "compute", "--from", "2026-01-01", "--json");
        compute.ExitCode.ShouldBe(0, compute.ToString());
        var results = JObject.Parse(compute.Out)["results"]!.ToDictionary(r => (string)r["code"]!, r => r);
        ((double)results["MEIC.MEETINGS.HELD"]["value"]!).ShouldBe(2);
        ((double)results["MEIC.MEETINGS.ATTENDANCE"]["value"]!).ShouldBe(50);
        ((double)results["MEIC.AGREEMENTS.SIGNATORIES"]["value"]!).ShouldBe(2);
        ((double)results["MEIC.BEN.PATHWAYS"]["value"]!).ShouldBe(20);
        ((double)results["MEIC.ACTORS.MEMBERS"]["value"]!).ShouldBe(5);
        results["MEIC.CONFLICTS.OPEN"]["value"].ShouldBeNull();   // no agreements plugin conflicts: "no data"
        results["MEIC.NET.DENSITY"]["value"].ShouldNotBeNull();

        var dashboard = ws.Meic("monitor", "dashboard", "--period", "2026");
        dashboard.ExitCode.ShouldBe(0, dashboard.ToString());
        dashboard.Out.ShouldContain("MEIC.BEN.PATHWAYS");
        dashboard.Out.ShouldContain("share the map");

        foreach (var f in new[] { "md", "html", "docx", "csv", "xlsx" })
            ws.Meic("monitor", "report", "--period", "2026", "--out", $"report.{f}").ExitCode.ShouldBe(0, f);
        File.ReadAllText(Path.Combine(ws.Dir, "report.md")).ShouldContain("| MEIC.MEETINGS.HELD |");
        var html = File.ReadAllText(Path.Combine(ws.Dir, "report.html"));
        html.ShouldContain("<svg class=\"bar\"");
        html.ShouldContain("<polyline");
        html.ShouldNotContain("<script");

        var csv = File.ReadAllLines(Path.Combine(ws.Dir, "report.csv"));
        csv[0].ShouldStartWith("code,name");
        csv.Single(l => l.StartsWith("EVIL,")).ShouldContain("\"'=HYPERLINK(\"\"http://x\"\")\"");

        using (var doc = WordprocessingDocument.Open(Path.Combine(ws.Dir, "report.docx"), false))
        {
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            text.ShouldContain("MEIC.BEN.PATHWAYS");
            text.ShouldContain("share the map");
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
            var main = doc.MainDocumentPart;
            var page = main.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single()
                .GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageSize>()!;
            page.Orient!.Value.ShouldBe(DocumentFormat.OpenXml.Wordprocessing.PageOrientationValues.Landscape);
            // The charts the HTML draws: the progress bars, and a line of the last six months per indicator with a trend.
            var charts = main.ChartParts.Select(c => c.ChartSpace).ToList();
            charts.Count(c => c.Descendants<DocumentFormat.OpenXml.Drawing.Charts.BarChart>().Any()).ShouldBe(1);
            var lines = charts.SelectMany(c => c.Descendants<DocumentFormat.OpenXml.Drawing.Charts.LineChart>()).ToList();
            lines.ShouldNotBeEmpty();
            lines.ShouldAllBe(l => l.Descendants<DocumentFormat.OpenXml.Drawing.Charts.CategoryAxisData>().Single()
                .Descendants<DocumentFormat.OpenXml.Drawing.Charts.StringPoint>().Count() == 6); // six months, named
            text.ShouldContain("Trend over the last six months");
            text.ShouldContain(" — "); text.ShouldContain(lines.Count + "");
            main.FooterParts.Single().Footer!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SimpleField>().Count().ShouldBe(2);
            var table = main.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().First() /* the results; the trend charts follow in their own grid */;
            table.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Skip(1)
                .ShouldNotContain(r => r.InnerText.Contains("MEIC.CONFLICTS.OPEN")); // no data: folded into one line under the table
            text.ShouldContain("Indicators with no data yet");
            text.ShouldNotContain("areaWithoutActivePartner");
        }
        using (var xlsx = SpreadsheetDocument.Open(Path.Combine(ws.Dir, "report.xlsx"), false))
        {
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(xlsx).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
            var sheet = xlsx.WorkbookPart!.WorksheetParts.First().Worksheet;
            var cells = sheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
            cells.ShouldContain(c => c.InnerText == "'=HYPERLINK(\"http://x\")");
            cells.ShouldNotContain(c => c.InnerText.StartsWith('='));
            cells.ShouldContain(c => c.DataType! == DocumentFormat.OpenXml.Spreadsheet.CellValues.Number && c.InnerText == "20");
        }
    }

    [Fact]
    public void Should_refuse_entries_for_a_locked_period_and_keep_who_entered_the_others()
    {
        using var ws = new Workspace();
        ws.Meic("monitor", "enter", "MEIC.BEN.TRAINED", "--period", "2026-02", "--value", "7", "--disagg", "sex=female").ExitCode.ShouldBe(0);
        ws.Meic("monitor", "lock", "2026-Q1").ExitCode.ShouldBe(0);
        var refused = ws.Meic("monitor", "enter", "MEIC.BEN.TRAINED", "--period", "2026-03", "--value", "9");
        refused.ExitCode.ShouldBe(2);
        refused.Err.ShouldContain("2026-Q1 is locked");
        var computed = ws.Meic("monitor", "enter", "MEIC.NET.DENSITY", "--period", "2026-05", "--value", "1");
        computed.ExitCode.ShouldBe(2);
        computed.Err.ShouldContain("computed");
        var values = JArray.Parse(ws.Meic("monitor", "values", "list", "--json").Out);
        values.Count.ShouldBe(1);
        ((string)values[0]["enteredBy"]!).ShouldBe("maria");
        ((string)values[0]["disaggregation"]!["sex"]!).ShouldBe("female");
    }

    [Fact]
    public void Should_change_nothing_when_an_import_names_an_unknown_indicator()
    {
        using var ws = new Workspace();
        File.WriteAllText(Path.Combine(ws.Dir, "values.csv"),
            "code,period,value,disaggregation\nMEIC.BEN.TRAINED,2026-Q2,12,\nMEIC.BEN.TRAINE,2026-Q2,5,sex=male\n");
        var import = ws.Meic("monitor", "values", "import", "values.csv");
        import.ExitCode.ShouldBe(2);
        import.Err.ShouldContain("values.csv:3");
        import.Err.ShouldContain("did you mean MEIC.BEN.TRAINED");
        JArray.Parse(ws.Meic("monitor", "values", "list", "--json").Out).Count.ShouldBe(0);

        File.WriteAllText(Path.Combine(ws.Dir, "values.csv"),
            "code,period,value,numerator,denominator,disaggregation\nMEIC.BEN.TRAINED,2026-Q2,12,,,\nMEIC.BEN.TRAINED,2026-Q2,5,,,sex=male\nMEIC.BEN.USEFUL,2026-Q2,,0,0,\n");
        var ok = ws.Meic("monitor", "values", "import", "values.csv", "--json");
        ok.ExitCode.ShouldBe(0, ok.ToString());
        var json = JObject.Parse(ok.Out);
        ((int)json["imported"]!).ShouldBe(3);
        json["warnings"]!.ShouldContain(w => ((string)w!).Contains("add up to 5"));
        var compute = JObject.Parse(ws.Meic("monitor", "compute", "--period", "2026-Q2", "--code", "MEIC.BEN.USEFUL", "--json").Out);
        compute["results"]![0]!["value"].ShouldBeNull();
        ((string)compute["results"]![0]!["status"]!).ShouldBe("noData");
    }

    [Fact]
    public void Should_rebuild_a_monthly_series_of_members_from_the_journal()
    {
        using var ws = new Workspace();
        ws.Store(store =>
        {
            var actors = store.Collection<Actor>(Actor.CollectionName);
            var a = actors.Get("asinitas")!;
            a.Stage = EngagementStage.Member;
            actors.Update(a);
        });
        ws.Backdate("kind = 'insert'", new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));
        ws.Backdate("kind = 'update' AND collection = 'actors'", new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var series = ws.Meic("monitor", "compute", "--from", "2025-12-01", "--to", "2026-04-30", "--series", "month", "--code", "MEIC.ACTORS.MEMBERS", "--json");
        series.ExitCode.ShouldBe(0, series.ToString());
        var points = JObject.Parse(series.Out)["periods"]!.Select(p => (double?)p["values"]!["MEIC.ACTORS.MEMBERS"]).ToList();
        points.ShouldBe([null, 5, 5, 6, 6]);
        ws.Meic("monitor", "compute", "--series", "fortnight").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Should_raise_alerts_with_thresholds_from_toolkit_json()
    {
        using var ws = new Workspace();
        WriteFacilitationAndAgreements(ws);
        var config = Path.Combine(ws.Dir, "toolkit.json");
        var json = JObject.Parse(File.ReadAllText(config));
        json["settings"] = JObject.Parse("{\"meic.monitoring\": {\"absentMeetings\": \"2\"}}");
        File.WriteAllText(config, json.ToString());
        var alerts = ws.Meic("monitor", "alerts", "--json");
        alerts.ExitCode.ShouldBe(0, alerts.ToString());
        var list = JArray.Parse(alerts.Out);
        list.ShouldContain(a => (string)a["kind"]! == "absentPartner" && (string)a["subject"]! == "lumsa");
        list.ShouldNotContain(a => (string)a["kind"]! == "absentPartner" && (string)a["subject"]! == "cnos-fap");
        list.ShouldContain(a => (string)a["kind"]! == "overdueAction");
        list.ShouldContain(a => (string)a["kind"]! == "areaWithoutActivePartner");

        json["settings"] = JObject.Parse("{\"meic.monitoring\": {\"absentMeetings\": \"two\"}}");
        File.WriteAllText(config, json.ToString());
        var bad = ws.Meic("monitor", "alerts");
        bad.ExitCode.ShouldBe(2);
        bad.Err.ShouldContain("absentMeetings");
    }

    [Fact]
    public void Should_refuse_bad_periods_formats_and_folders_in_the_users_language()
    {
        using var ws = new Workspace();
        var period = ws.MeicIn("it", "monitor", "report", "--period", "2025-Q5", "--out", "r.md");
        period.ExitCode.ShouldBe(2, period.ToString());
        period.Err.ShouldContain("--period: atteso un periodo come 2025, 2025-H1, 2025-Q2 o 2025-06; trovato '2025-Q5'.");

        var format = ws.MeicIn("es", "monitor", "report", "--period", "2025", "--out", "r.pdf");
        format.ExitCode.ShouldBe(2, format.ToString());
        format.Err.ShouldContain("--format: se esperaba uno de md, html, docx, csv, xlsx; se encontró 'pdf'.");

        var folder = ws.MeicIn("it", "monitor", "report", "--period", "2025", "--out", Path.Combine("nowhere", "r.md"));
        folder.ExitCode.ShouldBe(2, folder.ToString());
        folder.Err.ShouldContain("--out: la cartella");
        folder.Err.ShouldContain("non esiste.");

        var series = ws.MeicIn("es", "monitor", "compute", "--series", "fortnight");
        series.ExitCode.ShouldBe(2, series.ToString());
        series.Err.ShouldContain("se esperaba uno de mes (month), trimestre (quarter), semestre (half), año (year); se encontró 'fortnight'.");

        var both = ws.MeicIn("it", "monitor", "compute", "--period", "2025", "--from", "2025-01-01");
        both.ExitCode.ShouldBe(2, both.ToString());
        both.Err.ShouldContain("indica --period oppure --from/--to, non entrambi.");
    }
}
