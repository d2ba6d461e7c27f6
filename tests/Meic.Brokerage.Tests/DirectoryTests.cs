using Meic.Brokerage.Model;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Tests;

public sealed class DirectoryTests
{
    [Fact]
    public void Should_seed_the_rome_directory_and_scripts_from_the_template()
    {
        using var cluster = new TestCluster();
        var services = cluster.Json<List<Service>>("broker", "services", "list");
        services.Count.ShouldBeGreaterThanOrEqualTo(8);
        services.ShouldContain(s => s.Id == "cnos-fap-vocational-courses" && s.ActorId == "cnos-fap" && s.Area == "work");
        var scripts = cluster.Json<JArray>("broker", "scripts", "list", "--all-languages");
        scripts.Select(s => (string)s["language"]!).Distinct().Order().ShouldBe(["en", "es", "it"]);
    }

    [Fact]
    public void Should_find_services_by_text_area_district_and_language()
    {
        using var cluster = new TestCluster();
        cluster.Ok("broker", "services", "add", "--actor", "CIES onlus", "--name", "Sportello lavoro Municipio V", "--area", "work",
            "--district", "Municipio V", "--language", "it,ar", "--for", "refugees", "--capacity", "4");
        cluster.Json<List<Service>>("broker", "services", "search", "lavoro", "--district", "Municipio V", "--language", "ar")
            .Select(s => s.Id).ShouldContain("cies-onlus-sportello-lavoro-municipio-v");
        cluster.Json<List<Service>>("broker", "services", "search", "--area", "housing").ShouldAllBe(s => s.Area == "housing");
        cluster.Json<List<Service>>("broker", "services", "search", "--language", "bn").Select(s => s.Id).ShouldBe(["asinitas-italian-school"]);
    }

    [Fact]
    public void Should_refuse_a_service_for_an_unknown_actor_naming_the_option()
    {
        using var cluster = new TestCluster();
        var r = cluster.Meic("broker", "services", "add", "--actor", "cies-onlsu", "--name", "X");
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("--actor");
        r.Err.ShouldContain("cies-onlus"); // the suggestion
    }

    [Fact]
    public void Should_import_the_services_actors_carry()
    {
        using var cluster = new TestCluster();
        using (var store = cluster.OpenStore())
        {
            var actors = store.Collection<Meic.Sdk.Model.Actor>("actors");
            var ali = actors.Get("ali")!;
            ali.Services.Add(new Meic.Sdk.Model.ServiceOffer { What = "Sportello casa", ForWhom = ["refugees"], Area = "housing" });
            actors.Update(ali);
        }
        cluster.Json<JObject>("broker", "services", "from-actors")["added"]!.Value<int>().ShouldBe(1);
        cluster.Json<List<Service>>("broker", "services", "list", "--actor", "ali").Single().Name.ShouldBe("Sportello casa");
    }
}
