namespace Meic.Brokerage.Tests;

/// <summary>The brokerage's refusals from the real host, in the person's language, exit 2.</summary>
public sealed class RefusalLanguageTests
{
    [Theory]
    [InlineData("it", "nessun attore 'cies-onlsu'; forse intendevi 'cies-onlus'?")]
    [InlineData("es", "ningún actor 'cies-onlsu'; ¿querías decir 'cies-onlus'?")]
    public void Should_refuse_an_unknown_actor_in_the_persons_language(string language, string expected)
    {
        using var cluster = new TestCluster();
        var r = cluster.Meic("broker", "services", "add", "--actor", "cies-onlsu", "--name", "X", "--lang", language);
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("--actor: " + expected);
    }

    [Theory]
    [InlineData("it", "area sconosciuta 'houssing'; forse intendevi 'housing'?; le aree del cluster sono: ", "Accoglienza abitativa (housing)")]
    [InlineData("es", "área desconocida 'houssing'; ¿querías decir 'housing'?; las áreas del clúster son: ", "Acogida residencial (housing)")]
    public void Should_refuse_an_unknown_area_listing_the_areas_by_name(string language, string expected, string label)
    {
        using var cluster = new TestCluster();
        var r = cluster.Meic("broker", "needs", "add", "--description", "un letto", "--area", "houssing", "--lang", language);
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("--area: " + expected);
        r.Err.ShouldContain(label);
    }

    [Theory]
    [InlineData("it", "nessun bisogno 'n-999'")]
    [InlineData("es", "ninguna necesidad 'n-999'")]
    public void Should_refuse_an_unknown_need_and_source_in_the_persons_language(string language, string expected)
    {
        using var cluster = new TestCluster();
        var need = cluster.Meic("broker", "services", "search", "--need", "n-999", "--lang", language);
        need.ExitCode.ShouldBe(2, need.ToString());
        need.Err.ShouldContain("--need: " + expected);

        var source = cluster.Meic("broker", "needs", "add", "--description", "un letto", "--source", "rumour", "--lang", language);
        source.ExitCode.ShouldBe(2, source.ToString());
        source.Err.ShouldContain(language == "it" ? "--source: «rumour» non è un valore ammesso per «fonte del bisogno»" : "--source: «rumour» no es un valor admitido para «fuente de la necesidad»");
    }

    [Theory]
    [InlineData("it", "nessun abbinamento 'm-404'")]
    [InlineData("es", "ningún emparejamiento 'm-404'")]
    public void Should_refuse_an_unknown_match_in_the_persons_language(string language, string expected)
    {
        using var cluster = new TestCluster();
        var r = cluster.Meic("broker", "take", "m-404", "--by", "giulia", "--lang", language);
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("MATCH: " + expected);
    }

    [Theory]
    [InlineData("it", "il file non segue HSDS 3.0; non è stato importato nulla. 1 problema: organizations[0] (id org-1).id: gli identificativi HSDS 3.0 sono UUID; trovato 'org-1'")]
    [InlineData("es", "el archivo no sigue HSDS 3.0; no se ha importado nada. 1 problema: organizations[0] (id org-1).id: los identificadores HSDS 3.0 son UUID; se encontró 'org-1'")]
    public void Should_list_the_problems_of_an_hsds_file_in_the_persons_language(string language, string expected)
    {
        using var blank = new TestCluster("blank");
        var file = blank.Write("x.json", """{"organizations":[{"id":"org-1","name":"A","description":"B"}],"services":[]}""");
        var r = blank.Meic("broker", "services", "import", file, "--lang", language);
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain(expected);
    }
}
