using Meic.Core.Privacy;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;
using Npgsql;

namespace Meic.Store.Postgres.Tests;

/// <summary>
/// Erasure and the subject export on the shared server, run by a coordinator's own login: a participant named in
/// full, as "la sig.ra Surname", by a first-name speaker label and by initials must be gone from documents, journal
/// bodies and the search index, as the database itself shows them.
/// </summary>
public sealed class ErasureTests : IDisposable
{
    private const string Password = "coordinator-password-1";
    private readonly PostgresTestDatabase _db = new();
    private readonly TempDir _keys = new("meic-pgerase");
    private readonly string _login = "coord_" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<IDocumentStore> _stores = new();
    private bool _loginMade;

    public sealed class Entry { public string ParticipantId { get; set; } = ""; public string Name { get; set; } = ""; public string Pseudonym { get; set; } = ""; }
    public sealed class Keys : Document { public string SessionId { get; set; } = ""; public List<Entry> Entries { get; set; } = new(); }
    public sealed class Turn : Document { public string SessionId { get; set; } = ""; public string ParticipantId { get; set; } = ""; public string Speaker { get; set; } = ""; public string Text { get; set; } = ""; }
    public sealed class Note : Document { public string Text { get; set; } = ""; }
    public sealed class Transcript : Document { public string SessionId { get; set; } = ""; public string Text { get; set; } = ""; }

    [SkippableFact]
    public void Should_erase_a_participant_everywhere_the_database_holds_them_by_name_title_label_and_initials()
    {
        var store = SeedAndLogIn();

        var report = Eraser.Erase(store, "Amina Diallo");

        var turns = store.Collection<Turn>("fg-turns");
        turns.Get("t1")!.Text.ShouldBe(PersonMatcher.Erased);
        turns.Get("t2")!.Speaker.ShouldBe(PersonMatcher.Erased); // the first-name label stood for the same participant
        turns.Get("t2")!.Text.ShouldBe(PersonMatcher.Erased);
        var t3 = turns.Get("t3")!.Text;
        t3.ShouldNotContain("Diallo");
        t3.ShouldNotContain("A.D.");
        t3.ShouldContain("il corso aiuta");
        turns.Get("t9")!.Text.ShouldBe("Io sono un'altra persona."); // the same pseudonym in another session is not her
        turns.Get("t9")!.Version.ShouldBe(1);
        store.Collection<Keys>("fg-pseudonym-keys").Get("k1")!.Entries.Select(e => e.ParticipantId).ShouldBe(["p3"]);
        store.Collection<Transcript>("fg-transcripts").Get("tr1")!.Text
            .ShouldBe("MOD: Come avete trovato lavoro?\n[erased]: [erased]\n[erased]: [erased]\nP3: Il corso aiuta.\n");
        report.Unsure.ShouldContain(u => u.StartsWith("notes/n1")); // a surname alone elsewhere: listed for a person to check
        turns.Search("ristorante").ShouldBeEmpty();
        // What the server holds, read with plain SQL: documents, every journal body, every search entry.
        foreach (var word in new[] { "ristorante", "corso di italiano", "sig.ra diallo", "ms diallo", "a.d." })
        {
            Scalar($"SELECT count(*) FROM documents WHERE lower(body::text) LIKE '%{word}%'").ShouldBe("0", word);
            Scalar($"SELECT count(*) FROM journal WHERE lower(coalesce(before, '') || coalesce(after, '')) LIKE '%{word}%'").ShouldBe("0", word);
            Scalar($"SELECT count(*) FROM fts WHERE lower(text) LIKE '%{word}%'").ShouldBe("0", word);
        }
        // The erasure is itself journaled under the login, its versions raised, the removed body not kept.
        var rewrite = store.Journal.Read(new JournalQuery { Collection = "fg-turns", DocumentId = "t1" }).Last();
        rewrite.User.ShouldBe(_login);
        rewrite.Before.ShouldBeNull();
        turns.Get("t1")!.Version.ShouldBe(2);
        store.Journal.Read(new JournalQuery { Collection = "privacy-log" }).Last().After!.ShouldNotContain("Diallo");
        ((PostgresDocumentStore)store).CheckAccess().ShouldBeEmpty();
    }

    [SkippableFact]
    public void Should_export_every_turn_the_participant_spoke_even_under_a_first_name_label()
    {
        var store = SeedAndLogIn();

        var export = SubjectExport.Of(store, "Amina Diallo");

        var records = export["records"]!.Select(r => $"{r["collection"]}/{r["id"]}").ToList();
        records.ShouldContain("fg-turns/t1");
        records.ShouldContain("fg-turns/t2");
        records.ShouldContain("fg-pseudonym-keys/k1");
        records.ShouldContain("fg-transcripts/tr1");
        records.ShouldNotContain("notes/n1");
        records.ShouldNotContain("fg-turns/t9");
        export.ToString().ShouldContain("ristorante");
        export.ToString().ShouldContain("corso di italiano");
        export["history"]!.Select(h => (string?)h["record"]).ShouldContain("fg-turns/t2");
        store.Journal.Read(new JournalQuery { Collection = "privacy-log" }).Last().User.ShouldBe(_login);
    }

    /// <summary>The owner seeds a focus group, turns on the roles, and a coordinator logs in as themselves.</summary>
    private IDocumentStore SeedAndLogIn()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        var owner = PostgresDocumentStore.Open(_db.ConnectionString, create: true);
        _stores.Add(owner);
        owner.User = "owner-script";
        Prepare(owner);
        owner.Collection<Keys>("fg-pseudonym-keys").Insert(new Keys { Id = "k1", SessionId = "s1", Entries =
        [
            new() { ParticipantId = "p1", Name = "Amina Diallo", Pseudonym = "P1" },
            new() { ParticipantId = "p2", Name = "Amina", Pseudonym = "P2" },
            new() { ParticipantId = "p3", Name = "Luca Neri", Pseudonym = "P3" },
        ] });
        var turns = owner.Collection<Turn>("fg-turns");
        turns.Insert(new Turn { Id = "t1", SessionId = "s1", ParticipantId = "p1", Speaker = "P1", Text = "Sono arrivata nel 2019 e ho lavorato in un ristorante." });
        turns.Insert(new Turn { Id = "t2", SessionId = "s1", ParticipantId = "p2", Speaker = "P2", Text = "Poi ho trovato il corso di italiano." });
        turns.Insert(new Turn { Id = "t3", SessionId = "s1", ParticipantId = "p3", Speaker = "P3", Text = "Come diceva la sig.ra Diallo, il corso aiuta. Ms Diallo aveva ragione, e anche A.D. lo dice." });
        // Another session numbers its own participants: its P2 is someone else.
        turns.Insert(new Turn { Id = "t9", SessionId = "s2", ParticipantId = "p9", Speaker = "P2", Text = "Io sono un'altra persona." });
        owner.Collection<Note>("notes").Insert(new Note { Id = "n1", Text = "Diallo family, Via Roma: to call back" });
        // The pseudonymised whole text the turns were cut from: her words under her pseudonyms.
        owner.Collection<Transcript>("fg-transcripts").Insert(new Transcript { Id = "tr1", SessionId = "s1",
            Text = "MOD: Come avete trovato lavoro?\nP1: Sono arrivata nel 2019 e ho lavorato in un ristorante.\nP2: Poi ho trovato il corso di italiano.\nP3: Il corso aiuta.\n" });
        PostgresAccess.Enable(owner);
        PostgresAccess.AddUser(owner, _login, "coordinator", null, Password);
        _loginMade = true;
        var coordinator = PostgresDocumentStore.Open(PostgresAccess.ConnectionStringFor(_db.ConnectionString, _login, Password));
        _stores.Add(coordinator);
        Prepare(coordinator);
        return coordinator;
    }

    private void Prepare(PostgresDocumentStore store)
    {
        store.Cipher = KeyRing.For(_keys.Path);
        Meic.Core.Hosting.CoreCollections.Declare(store);
        store.Declare(new CollectionSpec("fg-pseudonym-keys").Sensitive("entries[*].name"));
        store.Declare(new CollectionSpec("fg-turns").Index("participantId").Searchable("text"));
        store.Declare(new CollectionSpec("notes").Searchable("text"));
        store.Declare(new CollectionSpec("fg-transcripts").Searchable("text"));
    }

    private string? Scalar(string sql)
    {
        using var c = new NpgsqlConnection(_db.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return cmd.ExecuteScalar()?.ToString();
    }

    public void Dispose()
    {
        foreach (var s in _stores) s.Dispose();
        NpgsqlConnection.ClearAllPools();
        _db.Dispose();
        _keys.Dispose();
        if (_loginMade) PostgresTestDatabase.Admin($"DROP OWNED BY \"{_login}\"; DROP ROLE IF EXISTS \"{_login}\"");
    }
}
