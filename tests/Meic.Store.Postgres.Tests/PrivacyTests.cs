using System.Text;
using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Newtonsoft.Json.Linq;

namespace Meic.Store.Postgres.Tests;

public sealed class PrivacyTests
{
    private const string Person = "Zainab Okonkwo";

    [Fact]
    public void Should_erase_a_person_so_that_the_raw_database_file_no_longer_contains_them()
    {
        using var ws = new ClusterWorkspaceFixture();
        var actorId = AddPersonEverywhere(ws);
        RawBytesContain(ws, "Okonkwo").ShouldBeTrue(); // the test would prove nothing otherwise

        var result = ws.Meic("privacy", "erase", Person, "--yes", "--lang", "en");

        result.ExitCode.ShouldBe(0, result.ToString());
        result.Out.ShouldContain("Erased from 3 records");
        RawBytesContain(ws, "Okonkwo").ShouldBeFalse();
        RawBytesContain(ws, "zainab").ShouldBeFalse();
        using var store = ws.OpenStoreAsTheHostDoes();
        store.Declare(new CollectionSpec("greetings").Searchable("text"));
        var actor = store.Collection<Actor>("actors").Get(actorId)!;
        actor.Contacts.Select(c => c.Name).ShouldBe(["Luca Bianchi"]); // the other contact stays
        store.Collection<Fixture.Good.Greeting>("greetings").Search("okonkwo").ShouldBeEmpty();
        store.Collection<Fixture.Good.Greeting>("greetings").Search("helpdeskxq").Single().Snippet.ShouldContain("[erased]");
        store.CheckIntegrity().ShouldBeEmpty();
        store.Journal.Read(new JournalQuery { Collection = "privacy-log" }).ShouldHaveSingleItem().After!.ShouldNotContain("Okonkwo");
    }

    [Fact]
    public void Should_refuse_to_erase_without_confirmation()
    {
        using var ws = new ClusterWorkspaceFixture();
        AddPersonEverywhere(ws);
        var result = ws.Meic("privacy", "erase", Person);
        result.ExitCode.ShouldBe(2);
        result.Err.ShouldContain("--yes");
        RawBytesContain(ws, "Okonkwo").ShouldBeTrue();
    }

    [Fact]
    public void Should_export_everything_held_about_a_person_as_json()
    {
        using var ws = new ClusterWorkspaceFixture();
        var actorId = AddPersonEverywhere(ws);

        var result = ws.Meic("privacy", "export", Person.ToLowerInvariant());

        result.ExitCode.ShouldBe(0, result.ToString());
        var export = JObject.Parse(result.Out);
        var records = (JArray)export["records"]!;
        records.Select(r => (string?)r["collection"]).Order().ShouldBe(["actors", "greetings", "greetings"]);
        var contact = records.Single(r => (string?)r["id"] == actorId)["held"]!.Single();
        contact["data"]!["email"]!.ToString().ShouldBe("zainab@example.org");
        ((JArray)export["history"]!).Count.ShouldBeGreaterThanOrEqualTo(4);
        ws.Meic("audit", "--record", "privacy-log", "--json").Out.ShouldContain("subject access export");
    }

    [Fact]
    public void Should_purge_records_past_their_retention_with_their_history()
    {
        using var ws = new ClusterWorkspaceFixture();
        AddPersonEverywhere(ws);
        var config = JObject.Parse(File.ReadAllText(Path.Combine(ws.Directory, "toolkit.json")));
        config["settings"] = new JObject { ["meic.privacy"] = new JObject { ["retention.greetings"] = "0d", ["retention.actors"] = "5y" } };
        File.WriteAllText(Path.Combine(ws.Directory, "toolkit.json"), config.ToString());

        var dry = ws.Meic("privacy", "purge", "--dry-run", "--lang", "en");
        var purge = ws.Meic("privacy", "purge", "--lang", "en");

        dry.Out.ShouldContain("3 records would be removed");
        purge.ExitCode.ShouldBe(0, purge.ToString());
        purge.Out.ShouldContain("3 records were removed");
        using var store = SqliteDocumentStore.Open(ws.Database);
        store.Counts().Keys.ShouldNotContain("greetings");
        store.Counts()["actors"].ShouldBeGreaterThan(0);
        store.Journal.Read(new JournalQuery { Collection = "greetings" }).ShouldBeEmpty();
        RawBytesContain(ws, "helpdeskxq").ShouldBeFalse();
    }

    [Fact]
    public void Should_generate_the_register_of_processing_activities_from_the_data_held()
    {
        using var ws = new ClusterWorkspaceFixture();
        AddPersonEverywhere(ws);

        var result = ws.Meic("privacy", "register", "--json", "--out", "register.md");

        result.ExitCode.ShouldBe(0, result.ToString());
        var activities = JArray.Parse(result.Out);
        var actors = activities.Single(a => (string?)a["collection"] == "actors");
        actors["personalData"]!.Select(p => p.ToString()).ShouldContain("contacts[].email");
        actors["handledBy"]!.Select(p => p.ToString()).ShouldContain("tester");
        activities.Select(a => (string?)a["collection"]).ShouldNotContain("meetings"); // no data, no activity
        File.ReadAllText(Path.Combine(ws.Directory, "register.md")).ShouldContain("| actors |");
    }

    /// <summary>A contact (then edited, so the journal holds before and after), and two greetings in the search index.</summary>
    private static string AddPersonEverywhere(ClusterWorkspaceFixture ws)
    {
        ws.Meic("hello", Person, "--save").ExitCode.ShouldBe(0);
        ws.Meic("hello", $"we met {Person} at the helpdeskxq", "--save").ExitCode.ShouldBe(0);
        using var store = ws.OpenStoreAsTheHostDoes();
        store.User = "tester";
        var actors = store.Collection<Actor>("actors");
        var actor = actors.All().First();
        actor.Contacts.Add(new Contact { Name = Person, Email = "zainab@example.org", Phone = "+39 333 000 1111" });
        actor.Contacts.Add(new Contact { Name = "Luca Bianchi" });
        actors.Update(actor);
        actor.Contacts[0].Role = "mediator";
        actors.Update(actor);
        return actor.Id;
    }

    private static bool RawBytesContain(ClusterWorkspaceFixture ws, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text.ToLowerInvariant());
        foreach (var file in Directory.GetFiles(ws.Directory, "cluster.db*"))
        {
            var bytes = File.ReadAllBytes(file);
            for (var i = 0; i < bytes.Length; i++) if (bytes[i] is >= (byte)'A' and <= (byte)'Z') bytes[i] += 32;
            if (bytes.AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }
}
