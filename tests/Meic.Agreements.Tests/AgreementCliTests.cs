using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Agreements.Tests;

/// <summary>The real `meic` host, the plugin loaded from disk, a real Rome workspace.</summary>
public sealed class AgreementCliTests
{
    private static readonly string Starts = DateTime.Today.AddDays(-30).ToString("yyyy-MM-dd");
    private static readonly string Expires = DateTime.Today.AddYears(2).ToString("yyyy-MM-dd");

    private static string[] Draft(string id, params string[] extra) =>
    [
        "agreement", "draft", "--template", "meic-cluster-rome", "--id", id,
        "--party", "cies-onlus:promotore:Elisabetta Melandri", "--party", "cnos-fap::Mario Rossi",
        "--commit", "cnos-fap:inKind:4:corsi:Corsi di formazione", "--starts", Starts, "--expires", Expires, "--out", "out", .. extra,
    ];

    [Fact]
    public void Should_run_an_agreement_from_draft_to_amendment_through_the_host()
    {
        using var dir = new TempDir();
        MeicProcess.Run(dir.Path, "init", "ws", "--template", "rome").ExitCode.ShouldBe(0);
        var ws = Path.Combine(dir.Path, "ws");

        var missing = MeicProcess.Run(ws, Draft("roma", "--var", "backbone="));
        missing.ExitCode.ShouldBe(2, missing.ToString());
        missing.Err.ShouldContain("missing variables: backbone");
        Directory.Exists(Path.Combine(ws, "out")).ShouldBeFalse();

        var drafted = MeicProcess.Run(ws, Draft("roma"));
        drafted.ExitCode.ShouldBe(0, drafted.ToString());
        var md = File.ReadAllText(Path.Combine(ws, "out", "roma-v1.md"));
        md.ShouldContain("## Art. 14 – Risoluzione delle controversie");
        md.ShouldNotContain("{{");
        using (var doc = WordprocessingDocument.Open(Path.Combine(ws, "out", "roma-v1.docx"), false))
        {
            new OpenXmlValidator().Validate(doc).ShouldBeEmpty();
            doc.MainDocumentPart!.Document.Body!.InnerText.ShouldContain("Protocollo d'intesa del cluster MEIC di Roma");
        }

        MeicProcess.Run(ws, "agreement", "sign", "roma", "--party", "cies-onlus").ExitCode.ShouldBe(2); // still a draft
        MeicProcess.Run(ws, "agreement", "circulate", "roma").ExitCode.ShouldBe(0);
        var stranger = MeicProcess.Run(ws, "agreement", "sign", "roma", "--party", "lumsa", "--by", "X");
        stranger.ExitCode.ShouldBe(2);
        stranger.Err.ShouldContain("'lumsa' is not a party to 'roma'");
        MeicProcess.Run(ws, "agreement", "sign", "roma", "--party", "cies-onlus").ExitCode.ShouldBe(0);
        var last = MeicProcess.Run(ws, "--json", "agreement", "sign", "roma", "--party", "cnos-fap");
        JObject.Parse(last.Out)["status"]!.ToString().ShouldBe("inForce");

        var amended = MeicProcess.Run(ws, "agreement", "amend", "roma", "--var", "notice_days=60", "--note", "plenaria");
        amended.ExitCode.ShouldBe(0, amended.ToString());
        var diff = MeicProcess.Run(ws, "agreement", "diff", "roma@1", "roma@2");
        var lines = diff.Out.Split('\n');
        lines.ShouldContain(l => l.StartsWith("- ") && l.Contains("recedere dal presente accordo con un preavviso scritto di 90 giorni"));
        lines.ShouldContain(l => l.StartsWith("+ ") && l.Contains("recedere dal presente accordo con un preavviso scritto di 60 giorni"));

        var report = MeicProcess.Run(ws, "agreement", "freeriding", "roma");
        report.Out.ShouldContain("Presenze non disponibili");
        var show = MeicProcess.Run(ws, "--json", "agreement", "show", "roma");
        JObject.Parse(show.Out)["agreement"]!["version"]!.Value<int>().ShouldBe(2);
    }

    [Fact]
    public void Should_refuse_an_edit_of_a_draft_someone_else_saved_and_show_who()
    {
        using var dir = new TempDir();
        MeicProcess.Run(dir.Path, "init", "ws", "--template", "rome").ExitCode.ShouldBe(0);
        var ws = Path.Combine(dir.Path, "ws");
        MeicProcess.Run(ws, Draft("bozza")).ExitCode.ShouldBe(0);
        var revision = JObject.Parse(MeicProcess.Run(ws, "--json", "agreement", "show", "bozza").Out)["revision"]!.Value<long>();

        var anna = MeicProcess.Run(ws, new Dictionary<string, string?> { ["MEIC_USER"] = "anna" },
            "agreement", "edit", "bozza", "--var", "notice_days=60", "--expect-version", revision.ToString());
        anna.ExitCode.ShouldBe(0, anna.ToString());
        var marco = MeicProcess.Run(ws, new Dictionary<string, string?> { ["MEIC_USER"] = "marco" },
            "agreement", "edit", "bozza", "--var", "notice_days=120", "--expect-version", revision.ToString());
        marco.ExitCode.ShouldBe(1, marco.ToString());
        marco.Err.ShouldContain("conflitto: agreements/bozza è stato modificato da qualcun altro"); // in the Rome workspace's language
        marco.Out.ShouldContain("anna");
        marco.Out.ShouldContain("notice_days: '90' → '60'");
        var text = MeicProcess.Run(ws, "agreement", "show", "bozza", "--text").Out;
        text.ShouldContain("preavviso scritto di 60 giorni");
    }
}
