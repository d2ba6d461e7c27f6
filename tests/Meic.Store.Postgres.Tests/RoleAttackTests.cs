using Meic.Core.Hosting;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;
using Npgsql;

namespace Meic.Store.Postgres.Tests;

/// <summary>
/// Each role's own login attacking the database with plain SQL (what psql would send), bypassing the toolkit:
/// every attack must be refused by the database, and every change it allows must be journaled by the database.
/// </summary>
public sealed class RoleAttackTests : IDisposable
{
    private const string Password = "correct horse battery";
    private readonly PostgresTestDatabase _db = new();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _logins = new();
    private readonly List<IDocumentStore> _stores = new();
    private readonly TempDir _keys = new("meic-pgroles");
    private PostgresDocumentStore _owner = null!;

    public sealed class Rec : Document
    {
        public string? FromActorId { get; set; }
        public string? ToActorId { get; set; }
        public string? CaseCode { get; set; }
        public string? Text { get; set; }
    }

    public sealed class Invitee { public string? Person { get; set; } }

    public sealed class Meeting : Document
    {
        public string? Title { get; set; }
        public List<Invitee> Invited { get; set; } = new();
    }

    [SkippableFact]
    public void Should_refuse_every_role_writing_journal_rows_directly()
    {
        Setup();
        foreach (var role in new[] { "pa", "res", "fac", "coord", "v" })
        {
            Refused(role, $"INSERT INTO journal(at, who, collection, doc_id, kind, after) VALUES (now(), '{Login(role)}', 'actors', 'secret-org', 'update', '{{}}')");
            Refused(role, "UPDATE journal SET who = 'someone' WHERE true");
            Refused(role, "DELETE FROM journal WHERE true");
        }
        Refused("pa", "SELECT meic_journal_rewrite(1, NULL, NULL)");
        Refused("fac", "SELECT meic_journal_forget(ARRAY[1::bigint])");
        _owner.Journal.Read(new JournalQuery { Collection = "actors", DocumentId = "secret-org" }).ShouldAllBe(e => e.User == "owner-script");
    }

    [SkippableFact]
    public void Should_journal_a_partners_direct_update_under_its_login_and_keep_the_version_honest()
    {
        Setup();
        var before = _owner.Journal.Count();

        Sql("pa", "UPDATE documents SET body = jsonb_set(body, '{mandate}', '\"changed in psql\"'), version = 1 WHERE collection = 'actors' AND id = 'org-a'").ShouldBe(1);
        Sql("pa", "UPDATE documents SET body = body WHERE collection = 'actors' AND id = 'secret-org'").ShouldBe(0); // not even visible

        _owner.Journal.Count().ShouldBe(before + 1);
        var entry = _owner.Journal.Read(new JournalQuery { Collection = "actors", DocumentId = "org-a" }).Last();
        entry.User.ShouldBe(Login("pa"));
        entry.Kind.ShouldBe(ChangeKind.Update);
        entry.After!.ShouldContain("changed in psql");
        _owner.Collection<Actor>("actors").Get("org-a")!.Version.ShouldBe(2); // the client asked for 1: the database counts
        _owner.CheckAccess().ShouldBeEmpty();
    }

    [SkippableFact]
    public void Should_refuse_a_partner_inserting_outside_its_collections_and_organisation()
    {
        Setup();
        Refused("pa", "INSERT INTO documents(collection, id, version, body) VALUES ('indicator-values', 'forged', 1, '{\"actorId\":\"org-a\"}')");
        Refused("pa", "INSERT INTO documents(collection, id, version, body) VALUES ('privacy-log', 'forged', 1, '{}')");
        Refused("pa", "INSERT INTO documents(collection, id, version, body) VALUES ('cluster', 'second', 1, '{\"name\":\"Rival\"}')");
        Refused("pa", "INSERT INTO documents(collection, id, version, body) VALUES ('referrals', 'r-x', 1, '{\"fromActorId\":\"secret-org\",\"toActorId\":\"secret-org\"}')");
        Refused("pa", "UPDATE documents SET body = jsonb_set(body, '{fromActorId}', '\"secret-org\"') WHERE collection = 'referrals' AND id = 'r-a'");
        Refused("res", "INSERT INTO documents(collection, id, version, body) VALUES ('actors', 'new-org', 1, '{}')");
        Refused("v", "INSERT INTO documents(collection, id, version, body) VALUES ('actors', 'new-org', 1, '{}')");
        Refused("fac", "INSERT INTO documents(collection, id, version, body) VALUES ('cluster', 'second', 1, '{}')");

        // The organisation a client claims is ignored: the database reads it from the document.
        Sql("pa", "INSERT INTO documents(collection, id, version, body, org, orgs) VALUES ('referrals', 'r-new', 7, '{\"fromActorId\":\"org-a\",\"toActorId\":\"org-c\"}', 'secret-org', '{secret-org}')").ShouldBe(1);
        Scalar("SELECT org || ' ' || array_to_string(orgs, ',') || ' v' || version FROM documents WHERE id = 'r-new'").ShouldBe("org-a org-a,org-c v1");
        _owner.Counts()["cluster"].ShouldBe(1);
        _owner.Counts().ContainsKey("indicator-values").ShouldBeFalse();
        _owner.CheckAccess().ShouldBeEmpty();
    }

    [SkippableFact]
    public void Should_refuse_a_researcher_emptying_the_search_index_beyond_focus_groups()
    {
        Setup();
        var outside = Scalar("SELECT count(*) FROM fts WHERE collection NOT LIKE 'fg-%'");

        Sql("res", "DELETE FROM fts WHERE true");
        Sql("pa", "DELETE FROM fts WHERE true");
        Sql("v", "SELECT count(*) FROM fts"); // reading is fine

        Scalar("SELECT count(*) FROM fts WHERE collection NOT LIKE 'fg-%'").ShouldBe(outside);
        outside.ShouldNotBe("0");
        Scalar("SELECT count(*) FROM fts WHERE collection LIKE 'fg-%'").ShouldBe("0"); // its own collections it may reindex
    }

    [SkippableFact]
    public void Should_answer_the_same_for_a_hidden_id_and_a_missing_one_and_not_flood_the_log()
    {
        Setup();
        var hidden = ScalarAs("pa", "SELECT meic_refuse_if_hidden('referrals', 'r-secret')");
        var missing = ScalarAs("pa", "SELECT meic_refuse_if_hidden('referrals', 'no-such-id')");
        ScalarAs("pa", "SELECT meic_refuse_if_hidden('referrals', 'r-secret')");
        var logged = Scalar("SELECT count(*) FROM documents WHERE collection = 'privacy-log'");
        for (var i = 0; i < 250; i++) ScalarAs("pb", $"SELECT meic_refuse_if_hidden('referrals', 'guess-{i}')");
        var flood = ScalarAs("pb", "SELECT meic_refuse_if_hidden('referrals', 'guess-last')");

        hidden.ShouldBe("recorded");
        missing.ShouldBe(hidden);
        logged.ShouldBe("2"); // the same attempt twice is recorded once
        flood.ShouldBe("limited");
        Scalar($"SELECT count(*) FROM journal WHERE collection = 'privacy-log' AND who = '{Login("pb")}'").ShouldBe("200");
        ScalarAs("res", "SELECT meic_refuse_if_hidden('referrals', 'no-such-id')").ShouldBe("none");
    }

    [SkippableFact]
    public void Should_let_only_coordinators_read_the_users()
    {
        Setup();
        foreach (var role in new[] { "pa", "res", "fac", "v" }) Refused(role, "SELECT count(*) FROM meic_users");
        ScalarAs("coord", "SELECT count(*) FROM meic_users").ShouldBe("6");
    }

    [SkippableFact]
    public void Should_show_a_viewer_no_special_category_data_and_no_journal_bodies()
    {
        Setup();
        ScalarAs("v", "SELECT count(*) FROM documents WHERE collection IN ('referrals', 'fg-turns', 'fg-transcripts', 'privacy-log')").ShouldBe("0");
        ScalarAs("v", "SELECT count(*) FROM documents WHERE collection = 'actors'").ShouldBe("3");
        ScalarAs("v", "SELECT count(*) FROM fts WHERE collection = 'fg-turns'").ShouldBe("0");
        Refused("v", "SELECT before, after FROM journal");
        ScalarAs("v", "SELECT count(*) FROM journal WHERE collection = 'referrals'").ShouldBe("0");
        var viewer = As("v");
        viewer.Journal.Read(new JournalQuery { Collection = "actors" }).ShouldAllBe(e => e.Before == null && e.After == null);
        Should.Throw<Meic.Sdk.Errors.MeicException>(() => viewer.Collection<Rec>("referrals").Get("r-secret")).Message.ShouldContain("has been recorded");
        Scalar($"SELECT count(*) FROM journal WHERE collection = 'privacy-log' AND who = '{Login("v")}'").ShouldBe("1");
    }

    [SkippableFact]
    public void Should_give_a_partner_the_records_that_name_its_organisation_and_nothing_else()
    {
        Setup();
        ScalarAs("pa", "SELECT string_agg(collection || '/' || id, ' ' ORDER BY collection, id) FROM documents")
            .ShouldBe("actors/org-a cluster/main referrals/r-a");
        ScalarAs("pb", "SELECT string_agg(collection || '/' || id, ' ' ORDER BY collection, id) FROM documents")
            .ShouldBe("actors/secret-org cluster/main referrals/r-secret");
        var asA = As("pa");
        var own = asA.Collection<Rec>("referrals").Get("r-a")!;
        own.Text = "accepted";
        asA.Collection<Rec>("referrals").Update(own).Version.ShouldBe(2);
        var entry = _owner.Journal.Read(new JournalQuery { Collection = "referrals", DocumentId = "r-a" }).Last();
        entry.User.ShouldBe(Login("pa"));
        var refused = Should.Throw<Meic.Sdk.Errors.MeicException>(() => asA.Collection<Rec>("referrals").Get("r-secret"));
        var absent = Should.Throw<Meic.Sdk.Errors.MeicException>(() => asA.Collection<Rec>("referrals").Get("r-none"));
        refused.Message.Replace("r-secret", "X").ShouldBe(absent.Message.Replace("r-none", "X"));
    }

    [SkippableFact]
    public void Should_refuse_every_login_switching_off_the_journal_or_emptying_tables_without_it()
    {
        Setup();
        foreach (var role in new[] { "pa", "res", "fac", "coord", "v" })
        {
            Refused(role, "ALTER TABLE documents DISABLE TRIGGER meic_journal_changes");
            Refused(role, "TRUNCATE documents");
            Refused(role, "TRUNCATE journal");
            if (role != "coord") Refused(role, "SET ROLE meic_coordinator");
        }
        _owner.CheckAccess().ShouldBeEmpty();
        _owner.Counts()["actors"].ShouldBe(3);
    }

    [SkippableFact]
    public void Should_journal_a_partners_change_under_its_login_whatever_name_or_rewrite_mode_it_sets()
    {
        Setup();
        Sql("pa", """
            SELECT set_config('meic.user', 'the coordinator', false), set_config('meic.rewrite', 'on', false);
            UPDATE documents SET body = jsonb_set(body, '{mandate}', '"forged author"') WHERE collection = 'actors' AND id = 'org-a'
            """).ShouldBe(1);

        var entry = _owner.Journal.Read(new JournalQuery { Collection = "actors", DocumentId = "org-a" }).Last();
        entry.User.ShouldBe(Login("pa"));
        entry.Before.ShouldNotBeNull(); // only a coordinator's erasure may leave the old body out
        entry.After!.ShouldContain("forged author");
    }

    [SkippableFact]
    public void Should_refuse_a_partner_deleting_or_indexing_records_of_another_organisation()
    {
        Setup();
        Sql("pa", "DELETE FROM documents WHERE collection IN ('actors', 'referrals') AND id IN ('secret-org', 'r-secret')").ShouldBe(0);
        Sql("pa", "DELETE FROM documents WHERE collection = 'actions'").ShouldBe(0);
        Refused("pa", "INSERT INTO fts(collection, doc_id, field, text, tsv) VALUES ('referrals', 'r-secret', 'text', 'forged', to_tsvector('forged'))");
        Refused("v", "INSERT INTO fts(collection, doc_id, field, text, tsv) VALUES ('actors', 'org-a', 'name', 'forged', to_tsvector('forged'))");
        ScalarAs("pa", "SELECT count(*) FROM journal WHERE doc_id IN ('secret-org', 'r-secret')").ShouldBe("0");

        Scalar("SELECT count(*) FROM documents WHERE id IN ('secret-org', 'r-secret', 'a1')").ShouldBe("3");
        Scalar("SELECT count(*) FROM fts WHERE text = 'forged'").ShouldBe("0");
    }

    [SkippableFact]
    public void Should_show_a_viewer_meeting_titles_and_invitees_only_sealed_when_it_reads_the_table_itself()
    {
        Setup();
        _owner.Collection<Meeting>("meetings").Insert(new Meeting { Id = "m1", Title = "Colloquio con Fatou Sow", Invited = [new Invitee { Person = "Fatou Sow" }] });

        var body = ScalarAs("v", "SELECT body::text FROM documents WHERE collection = 'meetings' AND id = 'm1'")!;
        var history = ScalarAs("v", "SELECT count(*) FROM journal WHERE collection = 'meetings'");

        body.ShouldNotContain("Fatou");
        body.ShouldContain("enc:v1:");
        history.ShouldBe("1"); // the viewer may know a meeting was planned, and by whom…
        Refused("v", "SELECT after FROM journal WHERE collection = 'meetings'"); // …never what it says
        Scalar("SELECT count(*) FROM journal WHERE after LIKE '%Fatou%'").ShouldBe("0");
    }

    [SkippableFact]
    public void Should_keep_a_city_plugins_own_collection_from_viewers_and_partners_writing_by_default()
    {
        Setup();
        // A collection the table in docs/postgres-and-privacy.md does not name (a city plugin's): staff only.
        _owner.Collection<Rec>("municipi-visits").Insert(new Rec { Id = "mv1", FromActorId = "org-a", Text = "visita al municipio IX" });

        ScalarAs("v", "SELECT count(*) FROM documents WHERE collection = 'municipi-visits'").ShouldBe("0");
        ScalarAs("res", "SELECT count(*) FROM documents WHERE collection = 'municipi-visits'").ShouldBe("1");
        ScalarAs("pa", "SELECT count(*) FROM documents WHERE collection = 'municipi-visits'").ShouldBe("1"); // it names org-a
        ScalarAs("pb", "SELECT count(*) FROM documents WHERE collection = 'municipi-visits'").ShouldBe("0");
        Sql("pa", "UPDATE documents SET body = jsonb_set(body, '{text}', '\"changed\"') WHERE collection = 'municipi-visits'").ShouldBe(0);
        Refused("pa", "INSERT INTO documents(collection, id, version, body) VALUES ('municipi-visits', 'mv2', 1, '{\"fromActorId\":\"org-a\"}')");
        Refused("res", "INSERT INTO documents(collection, id, version, body) VALUES ('municipi-visits', 'mv3', 1, '{}')");
        Sql("fac", "INSERT INTO documents(collection, id, version, body) VALUES ('municipi-visits', 'mv4', 1, '{\"text\":\"by staff\"}')").ShouldBe(1);

        Scalar("SELECT string_agg(id || ':' || version, ' ' ORDER BY id) FROM documents WHERE collection = 'municipi-visits'").ShouldBe("mv1:1 mv4:1");
        _owner.Journal.Read(new JournalQuery { Collection = "municipi-visits", DocumentId = "mv4" }).ShouldHaveSingleItem().User.ShouldBe(Login("fac"));
    }

    private void Setup()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        _owner = PostgresDocumentStore.Open(_db.ConnectionString, create: true);
        _owner.User = "owner-script";
        _owner.Cipher = Meic.Core.Privacy.KeyRing.For(_keys.Path);
        _stores.Add(_owner);
        Declare(_owner);
        _owner.Collection<Cluster>("cluster").Insert(new Cluster { Id = "main", Name = "Roma" });
        var actors = _owner.Collection<Actor>("actors");
        actors.Insert(new Actor { Id = "org-a", Name = "Asinitas" });
        actors.Insert(new Actor { Id = "secret-org", Name = "Secret" });
        actors.Insert(new Actor { Id = "org-c", Name = "CIES" });
        var recs = _owner.Collection<Rec>("referrals");
        recs.Insert(new Rec { Id = "r-a", FromActorId = "org-a", ToActorId = "org-c", CaseCode = "RM-001" });
        recs.Insert(new Rec { Id = "r-secret", FromActorId = "secret-org", ToActorId = "org-c", CaseCode = "RM-002" });
        _owner.Collection<Rec>("fg-turns").Insert(new Rec { Id = "t1", Text = "Io lavoravo a Tunisi" });
        _owner.Collection<Rec>("actions").Insert(new Rec { Id = "a1", Text = "call the municipality" });
        PostgresAccess.Enable(_owner);
        PostgresAccess.AddUser(_owner, NewLogin("pa"), "partner", "org-a", Password);
        PostgresAccess.AddUser(_owner, NewLogin("pb"), "partner", "secret-org", Password);
        PostgresAccess.AddUser(_owner, NewLogin("res"), "researcher", null, Password);
        PostgresAccess.AddUser(_owner, NewLogin("fac"), "facilitator", null, Password);
        PostgresAccess.AddUser(_owner, NewLogin("coord"), "coordinator", null, Password);
        PostgresAccess.AddUser(_owner, NewLogin("v"), "viewer", null, Password);
    }

    private static void Declare(IDocumentStore store)
    {
        CoreCollections.Declare(store);
        store.Declare(new CollectionSpec("referrals"));
        store.Declare(new CollectionSpec("fg-turns").Searchable("text"));
        store.Declare(new CollectionSpec("actions").Searchable("text"));
        store.Declare(new CollectionSpec("meetings").Sensitive("title").Sensitive("invited[*].person"));
        store.Declare(new CollectionSpec("municipi-visits"));
    }

    private string Login(string prefix) => $"{prefix}_{_suffix}";

    private string NewLogin(string prefix)
    {
        _logins.Add(Login(prefix));
        return Login(prefix);
    }

    private string ConnectionFor(string prefix) => PostgresAccess.ConnectionStringFor(_db.ConnectionString, Login(prefix), Password);

    private IDocumentStore As(string prefix)
    {
        var store = PostgresDocumentStore.Open(ConnectionFor(prefix));
        _stores.Add(store);
        Declare(store);
        return store;
    }

    /// <summary>Runs <paramref name="sql"/> as the login, as psql would; the number of rows changed.</summary>
    private int Sql(string prefix, string sql)
    {
        using var c = new NpgsqlConnection(ConnectionFor(prefix));
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return cmd.ExecuteNonQuery();
    }

    private string? ScalarAs(string prefix, string sql)
    {
        using var c = new NpgsqlConnection(ConnectionFor(prefix));
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return cmd.ExecuteScalar()?.ToString();
    }

    private string? Scalar(string sql)
    {
        using var c = new NpgsqlConnection(_db.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return cmd.ExecuteScalar()?.ToString();
    }

    private void Refused(string prefix, string sql)
    {
        var e = Should.Throw<PostgresException>(() => Sql(prefix, sql), $"{prefix}: {sql}");
        e.SqlState.ShouldBe("42501", $"{prefix}: {sql}: {e.MessageText}");
    }

    public void Dispose()
    {
        foreach (var s in _stores) s.Dispose();
        NpgsqlConnection.ClearAllPools();
        _db.Dispose();
        _keys.Dispose();
        if (!PostgresTestDatabase.Available) return;
        foreach (var login in _logins) PostgresTestDatabase.Admin($"DROP OWNED BY \"{login}\"; DROP ROLE IF EXISTS \"{login}\"");
    }
}
