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
        missing.Err.ShouldContain("variabili mancanti: backbone");
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
        stranger.Err.ShouldContain("'lumsa' non è parte di 'roma'");
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

    [Theory]
    [InlineData("it")]
    [InlineData("es")]
    public void Should_refuse_in_the_persons_language(string language)
    {
        using var dir = new TempDir();
        MeicProcess.Run(dir.Path, "init", "ws", "--template", "rome").ExitCode.ShouldBe(0);
        var ws = Path.Combine(dir.Path, "ws");
        var it = language == "it";
        MeicProcess.Run(ws, Draft("roma")).ExitCode.ShouldBe(0);

        var sign = MeicProcess.Run(ws, "agreement", "sign", "roma", "--party", "cies-onlus", "--lang", language);
        sign.ExitCode.ShouldBe(2, sign.ToString());
        sign.Err.ShouldContain(it ? "AGREEMENT: 'roma' è ancora una bozza: mandalo prima in firma (meic agreement circulate roma)." : "AGREEMENT: 'roma' todavía es un borrador: envíalo primero a firma (meic agreement circulate roma).");

        var unknown = MeicProcess.Run(ws, "agreement", "show", "rona", "--lang", language);
        unknown.ExitCode.ShouldBe(2, unknown.ToString());
        unknown.Err.ShouldContain(it ? "AGREEMENT: nessun accordo 'rona'; forse intendevi 'roma'?" : "AGREEMENT: ningún acuerdo 'rona'; ¿querías decir 'roma'?");

        var template = MeicProcess.Run(ws, "agreement", "draft", "--template", "meic-cluster-rom", "--party", "cies-onlus", "--lang", language);
        template.ExitCode.ShouldBe(2, template.ToString());
        template.Err.ShouldContain(it ? "--template: modello di accordo sconosciuto 'meic-cluster-rom'; forse intendevi 'meic-cluster-rome'?" : "--template: plantilla de acuerdo desconocida 'meic-cluster-rom'; ¿querías decir 'meic-cluster-rome'?");

        var conflict = MeicProcess.Run(ws, "agreement", "conflict", "raise", "roma", "--party", "cies-onlus", "--subject", "x", "--lang", language);
        conflict.ExitCode.ShouldBe(2, conflict.ToString());
        conflict.Err.ShouldContain(it ? "'roma' è una bozza; una controversia si apre su un accordo almeno mandato in firma." : "'roma' es un borrador; un conflicto se abre sobre un acuerdo al menos enviado a firma.");

        var kind = MeicProcess.Run(ws, "agreement", "edit", "roma", "--commit", "cnos-fap:gifts:4:corsi:Corsi", "--lang", language);
        kind.ExitCode.ShouldBe(2, kind.ToString());
        kind.Err.ShouldContain(it ? "--commit: tipo di impegno sconosciuto 'gifts'; atteso uno tra " : "--commit: tipo de compromiso desconocido 'gifts'; se esperaba uno de ");
        kind.Err.ShouldContain("(in-kind)");
    }

    [Fact]
    public void Should_list_a_broken_templates_problems_in_italian_with_file_and_line()
    {
        using var dir = new TempDir();
        MeicProcess.Run(dir.Path, "init", "ws", "--template", "rome").ExitCode.ShouldBe(0);
        var ws = Path.Combine(dir.Path, "ws");
        var file = Path.Combine(ws, "agreements", "rotto.template");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "@template rotto\n@language it\n@library meic\n@title Rotto\n@clausole\n");

        var check = MeicProcess.Run(ws, "agreement", "templates", "--check", "--lang", "it");
        check.ExitCode.ShouldBe(2);
        check.Out.ShouldContain($"{file}:5: direttiva sconosciuta '@clausole'; quelle possibili sono @template,");
        check.Out.ShouldContain($"{file}:1: il modello non elenca nessuna clausola (@clauses … @end).");

        var json = JObject.Parse(MeicProcess.Run(ws, "--json", "agreement", "templates", "--check", "--lang", "it").Out);
        var unknown = json["problems"]!.Single(p => p["line"]!.Value<int>() == 5);
        unknown["file"]!.Value<string>().ShouldBe(file);
        unknown["key"]!.Value<string>().ShouldBe("problem.unknownDirectiveTemplate");
        unknown["message"]!.Value<string>()!.ShouldStartWith("direttiva sconosciuta '@clausole'");
    }
}

