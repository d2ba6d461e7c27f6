using System.Text;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Store.Postgres;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Store.LiteDb.Tests;

/// <summary>The host and its plugins on a LiteDB workspace, end to end, as a user runs them.</summary>
public sealed class LiteDbWorkspaceTests
{
    [Fact]
    public void Should_create_a_litedb_workspace_and_run_the_plugins_on_it()
    {
        using var ws = new LiteDbWorkspace();
        var config = JObject.Parse(File.ReadAllText(Path.Combine(ws.Directory, "toolkit.json")));
        config["store"]!["kind"]!.ToString().ShouldBe("litedb");
        config["store"]!["path"]!.ToString().ShouldBe("cluster.litedb");
        File.Exists(ws.Database).ShouldBeTrue();
        File.Exists(Path.Combine(ws.Directory, "cluster.db")).ShouldBeFalse();

        var status = JObject.Parse(ws.Ok("status", "--json").Out);
        status.ToString().ShouldContain("litedb");
        var actorsBefore = JArray.Parse(ws.Ok("map", "actors", "list", "--json").Out).Count;
        actorsBefore.ShouldBeGreaterThan(0);

        ws.Ok("map", "actors", "add", "Associazione Il Ponte", "--sector", "ngo", "--area", "work");
        var actors = JArray.Parse(ws.Ok("map", "actors", "list", "--json").Out);
        actors.Count.ShouldBe(actorsBefore + 1);
        actors.ShouldContain(a => a["name"]!.ToString() == "Associazione Il Ponte");

        var starts = DateTime.Today.AddDays(-30).ToString("yyyy-MM-dd");
        var expires = DateTime.Today.AddYears(2).ToString("yyyy-MM-dd");
        ws.Ok("agreement", "draft", "--template", "meic-cluster-rome", "--id", "roma", "--var", "backbone=CIES onlus",
            "--party", "cies-onlus:promotore:Elisabetta Melandri", "--party", "cnos-fap::Mario Rossi",
            "--commit", "cnos-fap:inKind:4:corsi:Corsi di formazione", "--starts", starts, "--expires", expires, "--out", "out");
        Directory.EnumerateFiles(Path.Combine(ws.Directory, "out"), "*.docx").ShouldNotBeEmpty();

        ws.Ok("meeting", "plan", "--title", "Tavolo lavoro", "--start", "2030-03-14 10:00", "--minutes", "90", "--place", "Sala 2", "--invite", "cies-onlus");
        var compute = ws.Ok("monitor", "compute", "--from", "2026-01-01", "--json");
        JToken.Parse(compute.Out).ShouldNotBeNull();

        using var store = ws.OpenStore();
        store.Collection<Actor>(Actor.CollectionName).Find(("name", "Associazione Il Ponte")).ShouldHaveSingleItem();
        store.Journal.Read(new JournalQuery { User = "tester" }).ShouldNotBeEmpty();
        store.CheckIntegrity().ShouldBeEmpty();

        var doctor = ws.Ok("doctor", "--json");
        var report = JObject.Parse(doctor.Out);
        report["storeKind"]!.ToString().ShouldBe("litedb");
        ((JArray)report["store"]!).ShouldBeEmpty();
    }

    [Fact]
    public void Should_say_the_cluster_is_busy_in_the_users_language_and_write_nothing()
    {
        using var ws = new LiteDbWorkspace();
        ws.SetStore(new JObject { ["kind"] = "litedb", ["busyTimeoutMs"] = 300 });
        int before;
        using (var store = ws.OpenStore()) before = (int)store.Journal.Count();
        using (var holder = ws.OpenStore())
        using (holder.BeginTransaction()) // another meic in the middle of a write
        {
            foreach (var (lang, words) in new[] { ("it", "il cluster è occupato"), ("es", "el clúster está ocupado"), ("en", "the cluster is busy") })
            {
                var r = ws.Meic("map", "actors", "add", "Nuova associazione", "--sector", "ngo", "--lang", lang);
                r.ExitCode.ShouldBe(1, r.ToString());
                r.Err.ShouldContain(words);
                r.Err.ShouldNotContain("   at "); // no stack trace without --verbose
            }
        }
        using var after = ws.OpenStore();
        after.Journal.Count().ShouldBe(before);
        after.Collection<Actor>(Actor.CollectionName).Find(("name", "Nuova associazione")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_erase_a_person_so_that_no_file_of_the_store_holds_their_name()
    {
        const string Person = "Zerihun Tesfamariam";
        using var ws = new LiteDbWorkspace();
        using (var store = ws.OpenStore())
        {
            store.Declare(new CollectionSpec("notes").Searchable("text"));
            var actors = store.Collection<Actor>(Actor.CollectionName);
            var actor = actors.Insert(new Actor { Name = "Comunità eritrea", Mandate = $"Referente: {Person}", Contacts = [new Contact { Name = Person, Email = "zerihun@example.org" }, new Contact { Name = "Luca Bianchi" }] });
            actor.Mandate = $"Referente: {Person}, tel. in sede";
            actors.Update(actor); // the journal now holds the name before and after
            store.Collection<Note>("notes").Insert(new Note { Text = $"Colloquio con {Person} sul lavoro stagionale" });
        }
        RawBytesContain(ws, "Tesfamariam").ShouldBeTrue(); // the test would prove nothing otherwise

        var erase = ws.Meic("privacy", "erase", Person, "--yes", "--lang", "en");

        erase.ExitCode.ShouldBe(0, erase.ToString());
        RawBytesContain(ws, "Tesfamariam").ShouldBeFalse();
        RawBytesContain(ws, "zerihun").ShouldBeFalse();
        using var after = ws.OpenStore();
        after.Declare(new CollectionSpec("notes").Searchable("text"));
        after.Collection<Actor>(Actor.CollectionName).Find(("name", "Comunità eritrea")).Single().Contacts.Select(c => c.Name).ShouldBe(["Luca Bianchi"]);
        after.Collection<Note>("notes").Search("tesfamariam").ShouldBeEmpty();
        after.Collection<Note>("notes").Search("stagionale").Single().Snippet.ShouldContain("[erased]");
        after.CheckIntegrity().ShouldBeEmpty();
    }

    [Fact]
    public void Should_back_up_and_restore_a_litedb_workspace()
    {
        using var ws = new LiteDbWorkspace();
        var backup = Path.Combine(ws.Root, "before.litedb");
        ws.Ok("backup", backup);
        ws.Ok("map", "actors", "add", "Dopo il backup", "--sector", "ngo");
        var count = JArray.Parse(ws.Ok("map", "actors", "list", "--json").Out).Count;

        var bad = Path.Combine(ws.Root, "notes.litedb");
        File.WriteAllText(bad, "not a database at all " + new string('x', 9000));
        var refused = ws.Meic("restore", bad);
        refused.ExitCode.ShouldBe(2, refused.ToString());
        JArray.Parse(ws.Ok("map", "actors", "list", "--json").Out).Count.ShouldBe(count); // nothing changed

        ws.Ok("restore", backup);
        var restored = JArray.Parse(ws.Ok("map", "actors", "list", "--json").Out);
        restored.Count.ShouldBe(count - 1);
        restored.ShouldNotContain(a => a["name"]!.ToString() == "Dopo il backup");
        Directory.EnumerateFiles(ws.Directory, "cluster.litedb.before-restore-*").ShouldHaveSingleItem();
        ws.Ok("doctor");
    }

    [Fact]
    public void Should_copy_a_cluster_from_litedb_to_sqlite_and_back_with_equal_fingerprints()
    {
        using var ws = new LiteDbWorkspace();
        ws.Ok("map", "actors", "add", "Associazione Il Ponte", "--sector", "ngo");
        var toSqlite = Path.Combine(ws.Root, "copy.db");
        ws.Ok("store", "copy", "--to", toSqlite);
        using (var source = ws.OpenStore())
        using (var copy = SqliteDocumentStore.Open(toSqlite))
        {
            StoreFingerprint.Of(source).Differences(StoreFingerprint.Of(copy)).ShouldBeEmpty();
            copy.Journal.Count().ShouldBe(source.Journal.Count());
        }

        // And a SQLite workspace into a new LiteDB file, which then serves as the workspace's store.
        using var sqlite = new LiteDbWorkspace(store: "sqlite");
        var toLite = Path.Combine(sqlite.Root, "moved.litedb");
        sqlite.Ok("store", "copy", "--to", toLite);
        using (var source = SqliteDocumentStore.Open(Path.Combine(sqlite.Directory, "cluster.db")))
        using (var copy = LiteDbDocumentStore.Open(toLite))
        {
            StoreFingerprint.Of(source).Differences(StoreFingerprint.Of(copy)).ShouldBeEmpty();
            copy.CheckIntegrity().ShouldBeEmpty();
        }
        var actors = JArray.Parse(sqlite.Ok("map", "actors", "list", "--json").Out).Count;
        sqlite.SetStore(new JObject { ["kind"] = "litedb", ["path"] = toLite });
        JArray.Parse(sqlite.Ok("map", "actors", "list", "--json").Out).Count.ShouldBe(actors);
        sqlite.Ok("doctor");
        var again = sqlite.Meic("store", "copy", "--to", toLite);
        again.ExitCode.ShouldBe(2, again.ToString()); // never over an existing file
    }

    [SkippableFact]
    public void Should_copy_a_litedb_cluster_to_postgresql_and_back()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var pg = new PostgresTestDatabase();
        using var ws = new LiteDbWorkspace();
        ws.Ok("store", "copy", "--to", pg.Url);
        using (var source = ws.OpenStore())
        using (var copy = PostgresDocumentStore.Open(pg.ConnectionString))
            StoreFingerprint.Of(source).Differences(StoreFingerprint.Of(copy)).ShouldBeEmpty();

        // The PostgreSQL cluster, as a workspace's store, copied into a new LiteDB file.
        ws.SetStore(new JObject { ["kind"] = "postgres" });
        ws.Env["MEIC_DATABASE_URL"] = pg.Url;
        var back = Path.Combine(ws.Root, "back.litedb");
        ws.Ok("store", "copy", "--to", back);
        using (var source = PostgresDocumentStore.Open(pg.ConnectionString))
        using (var copy = LiteDbDocumentStore.Open(back))
            StoreFingerprint.Of(source).Differences(StoreFingerprint.Of(copy)).ShouldBeEmpty();
    }

    private static bool RawBytesContain(LiteDbWorkspace ws, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text.ToLowerInvariant());
        foreach (var file in Directory.EnumerateFiles(ws.Directory, "cluster*"))
        {
            var bytes = File.ReadAllBytes(file);
            for (var i = 0; i < bytes.Length; i++) if (bytes[i] is >= (byte)'A' and <= (byte)'Z') bytes[i] += 32;
            if (bytes.AsSpan().IndexOf(needle) >= 0) return true;
        }
        return false;
    }

    public sealed class Note : Document
    {
        public string Text { get; set; } = "";
    }
}
