using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;
using Npgsql;

namespace Meic.Store.Postgres.Tests;

/// <summary>Roles enforced by PostgreSQL itself: each person logs in as themselves.</summary>
public sealed class RowSecurityTests : IDisposable
{
    private const string Password = "correct horse battery";
    private readonly PostgresTestDatabase _db = new();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _logins = new();
    private readonly List<IDocumentStore> _stores = new();

    public sealed class Note : Document { public string Text { get; set; } = ""; public string? ActorId { get; set; } }

    [SkippableFact]
    public void Should_let_a_partner_reach_only_its_organisation_and_record_the_refusal()
    {
        var (owner, a, _) = Setup();
        var asA = As("pa");
        var asB = As("pb");
        var note = asA.Collection<Note>("services").Insert(new Note { Text = "A's private minutes", ActorId = a });

        var refused = Should.Throw<MeicException>(() => asB.Collection<Note>("services").Get(note.Id));
        asB.Collection<Note>("services").All().ShouldBeEmpty();
        var stale = asA.Collection<Note>("services").Get(note.Id)!;
        stale.Text = "overwritten by B";
        Should.Throw<MeicException>(() => asB.Collection<Note>("services").Update(stale)).Message.ShouldContain("is outside the records your role (partner) reaches, or does not exist");

        refused.Message.ShouldContain($"refused: services/{note.Id} is outside the records your role (partner) reaches, or does not exist. This attempt has been recorded.");
        asA.Collection<Note>("services").Get(note.Id)!.Text.ShouldBe("A's private minutes");
        var ownActor = asA.Collection<Actor>("actors").Get(a)!;
        ownActor.Mandate = "updated by its own partner";
        asA.Collection<Actor>("actors").Update(ownActor).Version.ShouldBe(2);
        var log = owner.Journal.Read(new JournalQuery { Collection = "privacy-log" });
        log.Count.ShouldBe(1); // the read and the change of the same record are one attempt, recorded once
        log.ShouldAllBe(e => e.User == $"pb_{_suffix}" && e.After!.Contains("refused"));
    }

    [SkippableFact]
    public void Should_journal_each_person_under_their_login_and_refuse_writes_to_a_viewer()
    {
        var (owner, a, _) = Setup();
        var asA = As("pa");
        var viewer = As("v");
        asA.User = "someone-else";

        asA.Collection<Note>("services").Insert(new Note { Text = "x", ActorId = a });
        var denied = Should.Throw<MeicException>(() => viewer.Collection<Note>("services").Insert(new Note { Text = "y", ActorId = a }));

        denied.Message.ShouldContain("permission denied");
        owner.Journal.Read(new JournalQuery { Collection = "services" }).Single().User.ShouldBe($"pa_{_suffix}");
        viewer.Collection<Note>("services").Count().ShouldBe(1); // a viewer reads the services, changes nothing
        ((PostgresDocumentStore)viewer).Role.ShouldBe("viewer");
    }

    private (IDocumentStore Owner, string A, string B) Setup()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        var owner = PostgresDocumentStore.Open(_db.ConnectionString, create: true);
        _stores.Add(owner);
        Declare(owner);
        var actors = owner.Collection<Actor>("actors");
        var a = actors.Insert(new Actor { Name = "Asinitas" }).Id;
        var b = actors.Insert(new Actor { Name = "CIES onlus" }).Id;
        PostgresAccess.Enable(owner);
        PostgresAccess.AddUser(owner, Login("pa"), "partner", a, Password);
        PostgresAccess.AddUser(owner, Login("pb"), "partner", b, Password);
        PostgresAccess.AddUser(owner, Login("v"), "viewer", null, Password);
        return (owner, a, b);
    }

    private IDocumentStore As(string prefix)
    {
        var store = PostgresDocumentStore.Open(PostgresAccess.ConnectionStringFor(_db.ConnectionString, $"{prefix}_{_suffix}", Password));
        _stores.Add(store);
        Declare(store);
        return store;
    }

    private string Login(string prefix)
    {
        var login = $"{prefix}_{_suffix}";
        _logins.Add(login);
        return login;
    }

    private static void Declare(IDocumentStore store)
    {
        CoreCollections.Declare(store);
        store.Declare(new CollectionSpec("services"));
    }

    public void Dispose()
    {
        foreach (var s in _stores) s.Dispose();
        NpgsqlConnection.ClearAllPools();
        _db.Dispose();
        if (!PostgresTestDatabase.Available) return;
        foreach (var login in _logins) PostgresTestDatabase.Admin($"DROP OWNED BY \"{login}\"; DROP ROLE IF EXISTS \"{login}\"");
    }
}
