using Meic.Brokerage.Hsds;
using Meic.Brokerage.Model;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Tests;

public sealed class HsdsTests
{
    [Fact]
    public void Should_export_hsds_3_with_the_standard_objects_and_field_names()
    {
        using var cluster = new TestCluster();
        var file = cluster.File("rome.hsds.json");
        cluster.Ok("broker", "services", "export", "--format", "hsds", "--out", file);
        var hsds = JObject.Parse(File.ReadAllText(file));
        foreach (var key in new[] { "organizations", "services", "locations", "service_at_location" }) hsds[key].ShouldBeOfType<JArray>();
        var service = (JObject)hsds["services"]!.First(s => (string)s["alternate_name"]! == "cnos-fap-vocational-courses");
        HsdsIds.IsUuid((string)service["id"]!).ShouldBeTrue();
        ((string)service["status"]!).ShouldBe("active");
        service["organization_id"]!.ToString().ShouldBe(HsdsIds.For("actor", "cnos-fap"));
        service["application_process"].ShouldNotBeNull();
        service["languages"]!.Select(l => (string)l["code"]!).ShouldBe(["it", "en"]);
        ((int)service["minimum_age"]!).ShouldBe(16);
        hsds["organizations"]!.ShouldContain(o => (string)o["id"]! == HsdsIds.For("actor", "cnos-fap") && (string)o["name"]! == "CNOS-FAP");
    }

    [Fact]
    public void Should_round_trip_the_directory_into_another_cluster()
    {
        using var rome = new TestCluster();
        var file = rome.File("rome.hsds.json");
        rome.Ok("broker", "services", "export", "--out", file);
        var before = rome.Json<List<Service>>("broker", "services", "list");

        using var blank = new TestCluster("blank");
        var result = blank.Json<JObject>("broker", "services", "import", file);
        ((int)result["added"]!).ShouldBe(before.Count);
        var after = blank.Json<List<Service>>("broker", "services", "list");
        after.Select(s => s.Name).Order().ShouldBe(before.Select(s => s.Name).Order());
        var course = after.Single(s => s.Name == "Corsi di formazione professionale");
        course.ForWhom.ShouldBe(["refugees", "subsidiary-protection", "asylum-seekers"]);
        course.Area.ShouldBe("work");
        course.RequiredDocuments.ShouldContain("codice fiscale");

        // A second import updates instead of duplicating.
        ((int)blank.Json<JObject>("broker", "services", "import", file)["updated"]!).ShouldBe(before.Count);
        blank.Json<List<Service>>("broker", "services", "list").Count.ShouldBe(before.Count);
    }

    [Fact]
    public void Should_name_the_record_and_field_and_change_nothing_when_the_file_breaks_the_schema()
    {
        using var rome = new TestCluster();
        var file = rome.File("bad.json");
        rome.Ok("broker", "services", "export", "--out", file);
        var hsds = JObject.Parse(File.ReadAllText(file));
        var second = (JObject)hsds["services"]![1]!;
        second["status"] = "open";
        second["minimum_age"] = "sixteen";
        File.WriteAllText(file, hsds.ToString());

        using var blank = new TestCluster("blank");
        var r = blank.Meic("broker", "services", "import", file);
        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain($"services[1] (id {second["id"]}).status: expected one of active, inactive, defunct, temporarily closed; found 'open'");
        r.Err.ShouldContain($"services[1] (id {second["id"]}).minimum_age: expected a number");
        blank.Json<List<Service>>("broker", "services", "list").ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_identifiers_that_are_not_uuids()
    {
        using var blank = new TestCluster("blank");
        var file = blank.Write("x.json", """{"organizations":[{"id":"org-1","name":"A","description":"B"}],"services":[]}""");
        var r = blank.Meic("broker", "services", "import", file);
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("organizations[0] (id org-1).id: HSDS 3.0 identifiers are UUIDs");
    }

    [Fact]
    public void Should_round_trip_csv_and_neutralise_formula_cells()
    {
        using var rome = new TestCluster();
        rome.Ok("broker", "services", "add", "--actor", "ali", "--name", "=HYPERLINK(\"x\")", "--area", "housing", "--phone", "+39 06 000");
        var file = rome.File("services.csv");
        rome.Ok("broker", "services", "export", "--format", "csv", "--out", file);
        var text = File.ReadAllText(file);
        text.ShouldContain("\"'=HYPERLINK(\"\"x\"\")\"");
        text.ShouldContain("'+39 06 000");

        using var blank = new TestCluster("rome");
        rome.Ok("broker", "services", "remove", "ali-hyperlink-x");
        var csvOnly = blank.Write("one.csv", "actorId;name;area;languages;capacity\nali;Casa ponte;housing;it;3\n");
        blank.Json<JObject>("broker", "services", "import", csvOnly)["added"]!.Value<int>().ShouldBe(1);
        blank.Json<List<Service>>("broker", "services", "list", "--actor", "ali").Single().Capacity.ShouldBe(3);
    }

    [Fact]
    public void Should_reject_a_csv_with_a_bad_row_naming_the_line_and_change_nothing()
    {
        using var rome = new TestCluster();
        var before = rome.Json<List<Service>>("broker", "services", "list").Count;
        var file = rome.Write("bad.csv", "actorId,name,capacity\nali,Casa uno,2\nali,Casa due,many\n");
        var r = rome.Meic("broker", "services", "import", file);
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("bad.csv:3: colonna capacity: atteso un numero intero; trovato 'many'");
        rome.Json<List<Service>>("broker", "services", "list").Count.ShouldBe(before);
    }
}
