using Meic.Core.Templates;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Testing;

namespace Meic.Core.Tests.Templates;

public sealed class ClusterTemplateTests : IDisposable
{
    private readonly TempDir _dir = new();
    private static string Templates => Path.Combine(Repo.Root, "templates", "clusters");

    [Fact]
    public void Should_carry_romes_four_areas_with_the_mapped_counts()
    {
        var rome = ClusterTemplate.Load(Path.Combine(Templates, "rome"));

        rome.Cluster.Language.ShouldBe("it");
        rome.Cluster.Areas.Select(a => a.MappedReference).ShouldBe(new int?[] { 25, 19, 15, 20 });
        rome.Cluster.Areas.Last().ReferenceNote!.ShouldContain("9 institutional bodies + 11 representative bodies");
        rome.Cluster.Districts.Count.ShouldBe(15);
    }

    [Fact]
    public void Should_place_romes_organisations_in_the_network_kinds_of_the_plan()
    {
        var actors = ClusterTemplate.Load(Path.Combine(Templates, "rome")).Actors.ToDictionary(a => a.Id);

        foreach (var id in new[] { "asinitas", "programma-integra", "sensacional" }) actors[id].NetworkKind.ShouldBe(NetworkKind.Cooperative);
        foreach (var id in new[] { "a-buon-diritto", "ali", "casa-scalabrini-634", "sant-egidio", "civicozero", "officina-47" }) actors[id].NetworkKind.ShouldBe(NetworkKind.Coordinated);
        foreach (var id in new[] { "regione-lazio", "armadilla", "cna-world" }) actors[id].NetworkKind.ShouldBe(NetworkKind.Collaborative);
        actors.Values.Where(a => a.Promoter).Select(a => a.Id).ShouldBe(["cies-onlus", "cnos-fap", "confcooperative-roma"], ignoreOrder: true);
    }

    [Fact]
    public void Should_tie_each_promoting_partner_to_each_group()
    {
        var rome = ClusterTemplate.Load(Path.Combine(Templates, "rome"));
        var promoters = rome.Actors.Where(a => a.Promoter).Select(a => a.Id).ToList();
        foreach (var member in rome.Actors.Where(a => a.NetworkKind is not null && !a.Promoter))
            foreach (var p in promoters)
                rome.Relationships.ShouldContain(r => r.Source == p && r.Target == member.Id, $"{p} -> {member.Id}");
    }

    [Fact]
    public void Should_default_madrid_to_spanish()
    {
        var madrid = ClusterTemplate.Load(Path.Combine(Templates, "madrid"));
        madrid.Cluster.Language.ShouldBe("es");
        madrid.DisplayName.For("es").ShouldContain("Madrid");
    }

    [Fact]
    public void Should_name_the_file_and_field_of_an_unknown_area()
    {
        CopyRome();
        var actors = _dir.File("actors.json");
        File.WriteAllText(actors, File.ReadAllText(actors).Replace("\"housing\"", "\"housng\""));

        var e = Should.Throw<InputException>(() => ClusterTemplate.Load(_dir.Path));
        e.Message.ShouldContain("actors.json");
        e.Message.ShouldContain("did you mean 'housing'");
    }

    [Fact]
    public void Should_name_a_tie_to_an_actor_that_does_not_exist()
    {
        CopyRome();
        _dir.Write("relationships.json", """[ { "source": "cies-onlus", "target": "nobody" } ]""");
        Should.Throw<InputException>(() => ClusterTemplate.Load(_dir.Path)).Message.ShouldContain("'nobody' is not an actor");
    }

    [Fact]
    public void Should_reject_a_wrong_type_with_its_path()
    {
        CopyRome();
        _dir.Write("cluster.json", """{ "name": {"en": "X"}, "city": "X", "language": "en", "areas": "housing" }""");
        var e = Should.Throw<InputException>(() => ClusterTemplate.Load(_dir.Path));
        e.Message.ShouldContain("cluster.json");
        e.Message.ShouldContain("areas");
    }

    private void CopyRome()
    {
        foreach (var f in Directory.GetFiles(Path.Combine(Templates, "rome"))) File.Copy(f, _dir.File(Path.GetFileName(f)));
    }

    public void Dispose() => _dir.Dispose();
}
