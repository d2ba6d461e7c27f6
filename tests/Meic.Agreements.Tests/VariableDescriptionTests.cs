using Meic.Agreements.Library;
using Meic.Sdk.Screens;
using Meic.Testing;

namespace Meic.Agreements.Tests;

/// <summary>
/// What a template's variables are for is said in the person's language, whatever language the template is written in:
/// in the refusal of a draft that lacks one and in the drafting form.
/// </summary>
public sealed class VariableDescriptionTests
{
    private static readonly string[] EnglishDraft =
    [
        "agreement", "draft", "--template", "meic-cluster", "--id", "rome-en", "--party", "cies-onlus", "--party", "cnos-fap",
        "--starts", "2027-01-01", "--expires", "2028-12-31", "--out", "out", "--var", "decision_method=",
    ];

    [Theory]
    [InlineData("it", "decision_method (Metodo decisionale ordinario)")]
    [InlineData("es", "decision_method (Método ordinario de decisión)")]
    [InlineData("en", "decision_method (Ordinary decision method)")]
    public void Should_describe_a_missing_variable_of_an_english_template_in_the_users_language(string language, string described)
    {
        using var dir = new TempDir();
        MeicProcess.Run(dir.Path, "init", "ws", "--template", "rome").ExitCode.ShouldBe(0);
        var ws = Path.Combine(dir.Path, "ws");

        var refused = MeicProcess.Run(ws, [.. EnglishDraft, "--lang", language]);

        refused.ExitCode.ShouldBe(2, refused.ToString());
        refused.Err.ShouldContain(described);
        if (language != "en") refused.Err.ShouldNotContain("Ordinary decision method");
        Directory.Exists(Path.Combine(ws, "out")).ShouldBeFalse();
    }

    [Fact]
    public void Should_say_a_cities_own_variable_in_the_language_it_is_described_in_and_never_in_another()
    {
        using var dir = new TempDir();
        MeicProcess.Run(dir.Path, "init", "ws", "--template", "rome").ExitCode.ShouldBe(0);
        var ws = Path.Combine(dir.Path, "ws");
        Directory.CreateDirectory(Path.Combine(ws, "agreements"));
        File.WriteAllText(Path.Combine(ws, "agreements", "budget.template"),
            "@template budget-en\n@language en\n@library meic\n@title Budget\n@var budget | Yearly budget of the cluster\n@var-it budget | Bilancio annuale del cluster\n"
            + "@clauses\nparties\npurpose\nobjectives\nprinciples\ncontributions\nroles\ngovernance\ninteraction\naccountability\ndata-protection\noutputs-ip\n"
            + "conflicts-of-interest\ndisputes\njoining\nleaving\nduration\nlegal-status\nsignatures-annexes\n@end\n@preamble\nA budget of {{budget}}.\n@end\n");
        string[] draft = ["agreement", "draft", "--template", "budget-en", "--party", "cies-onlus", "--starts", "2027-01-01", "--expires", "2028-12-31", "--out", "out"];
        MeicProcess.Run(ws, "agreement", "templates", "--check").ExitCode.ShouldBe(0);

        var italian = MeicProcess.Run(ws, [.. draft, "--lang", "it"]);
        var spanish = MeicProcess.Run(ws, [.. draft, "--lang", "es"]);

        italian.ExitCode.ShouldBe(2, italian.ToString());
        italian.Err.ShouldContain("variabili mancanti: budget (Bilancio annuale del cluster)");
        spanish.ExitCode.ShouldBe(2, spanish.ToString());
        spanish.Err.ShouldContain("faltan variables: budget;"); // no Spanish description: the name alone
        spanish.Err.ShouldNotContain("Yearly");
    }

    [Fact]
    public void Should_report_a_description_of_a_variable_nobody_declares_with_its_file_and_line()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.clauses", "@library t\n@language en\n@var notice_days | Notice | 30\n@var-it notise_days | Preavviso\n@clause one required\n@title One\nGive {{notice_days}} days.\n@end\n");

        var problem = TemplateCatalog.Load([new LibrarySource(dir.Path, "test")]).Problems.ShouldHaveSingleItem();

        problem.Where.ShouldBe($"{file}:4");
        problem.Message.ShouldContain("did you mean 'notice_days'");
    }

    [Fact]
    public void Should_describe_the_drafting_forms_variables_in_the_workspace_language()
    {
        using var ws = ScreenWorkspace.Rome();
        var templates = ws.Open<ListScreen>("agreement-templates");
        var english = ScreenProbe.Row(templates, "meic-cluster");

        templates.Detail!(english).ShouldContain("decision_method: Metodo decisionale ordinario");
        ws.Probe.Press(templates, "Enter", english);
        var form = ws.Probe.Last<FormScreen>();

        form.Fields.Single(f => f.Id == "var.decision_method").Hint.ShouldBe("Metodo decisionale ordinario");
        form.Fields.Single(f => f.Id == "var.quorum").Hint.ShouldBe("Quorum delle riunioni plenarie");
        form.Fields.Where(f => f.Id.StartsWith("var.", StringComparison.Ordinal)).Select(f => f.Hint).ShouldNotContain("Ordinary decision method");
    }
}
