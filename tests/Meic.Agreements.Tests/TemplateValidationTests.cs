using Meic.Agreements.Library;
using Meic.Testing;

namespace Meic.Agreements.Tests;

public sealed class TemplateValidationTests
{
    private const string Header = "@library t\n@language en\n@var notice_days | Notice | 30\n";

    private static TemplateCatalog Load(TempDir dir) => TemplateCatalog.Load([new LibrarySource(dir.Path, "test")]);

    [Fact]
    public void Should_find_no_problem_in_the_shipped_library_and_templates()
    {
        TestCluster.Catalog.Problems.ShouldBeEmpty(string.Join("\n", TestCluster.Catalog.Problems));
        TestCluster.Catalog.Templates.Keys.ShouldBe(["alleanza-di-scopo", "meic-cluster", "meic-cluster-es", "meic-cluster-it", "meic-cluster-madrid", "meic-cluster-rome"], ignoreOrder: true);
        foreach (var lang in new[] { "it", "es", "en" })
            TestCluster.Catalog.Library("meic", lang)!.Clauses.Keys.ShouldContain("disputes");
    }

    [Fact]
    public void Should_name_file_and_line_of_an_unknown_variable()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.clauses", Header + "@clause one required\n@title One\nGive {{notise_days}} days.\n@end\n");
        var problem = Load(dir).Problems.ShouldHaveSingleItem();
        problem.Where.ShouldBe($"{file}:6");
        problem.Message.ShouldContain("unknown variable '{{notise_days}}'");
        problem.Message.ShouldContain("did you mean 'notice_days'");
    }

    [Fact]
    public void Should_report_unbalanced_markers()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.clauses", Header + "@clause one required\n@title One\nGive {{notice_days days.\n@end\n@clause two optional\n@title Two\nNever closed.\n");
        var problems = Load(dir).Problems;
        problems.ShouldContain(p => p.Where == $"{file}:6" && p.Message.Contains("unbalanced marker"));
        problems.ShouldContain(p => p.Where == $"{file}:8" && p.Message.Contains("never closed with @end"));
    }

    [Fact]
    public void Should_report_a_clause_referring_to_a_missing_clause()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.clauses", Header + "@clause one required\n@title One\nSee article {{ref:exit}}.\n@end\n");
        var problem = Load(dir).Problems.ShouldHaveSingleItem();
        problem.Where.ShouldBe($"{file}:6");
        problem.Message.ShouldContain("refers to the clause 'exit', which is not in the library");
    }

    [Fact]
    public void Should_report_a_template_listing_an_unknown_clause_or_leaving_out_a_required_one()
    {
        using var dir = new TempDir();
        dir.Write("a.clauses", Header + "@clause one required\n@title One\nText.\n@end\n@clause two optional\n@title Two\nText.\n@end\n");
        var template = dir.Write("x.template", "@template x\n@language en\n@library t\n@title X\n@clauses\ntwo\nthree\n@end\n");
        var problems = Load(dir).Problems;
        problems.ShouldContain(p => p.Where == $"{template}:7" && p.Message.Contains("'three' is not in the library"));
        problems.ShouldContain(p => p.File == template && p.Message.Contains("leaves out the required clause 'one'"));
    }

    [Fact]
    public void Should_refuse_to_draft_from_an_invalid_library_naming_the_file()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.clauses", Header + "@clause one required\n@title One\n}} stray.\n@end\n");
        var e = Should.Throw<Meic.Sdk.Errors.InputException>(() => Load(dir).ThrowIfInvalid(Meic.Sdk.Text.Strings.Load(typeof(Meic.Agreements.AgreementsPlugin).Assembly, "Meic.Agreements.strings", "en")));
        e.Where.ShouldBe($"{file}:6");
    }

    [Fact]
    public void Should_word_a_template_problem_in_the_readers_language_with_its_file_and_line()
    {
        using var dir = new TempDir();
        var file = dir.Write("a.clauses", Header + "@clause one required\n@title One\nGive {{notise_days}} days.\n@end\n");
        var problem = Load(dir).Problems.ShouldHaveSingleItem();
        var italian = Meic.Sdk.Text.Strings.Load(typeof(Meic.Agreements.AgreementsPlugin).Assembly, "Meic.Agreements.strings", "it");
        problem.Key.ShouldBe("problem.unknownVariable");
        problem.ToString(italian).ShouldBe(
            $"{file}:6: variabile sconosciuta '{{{{notise_days}}}}'; forse intendevi 'notice_days'? Dichiarala con '@var notise_days | descrizione | predefinito'.");
    }
}
