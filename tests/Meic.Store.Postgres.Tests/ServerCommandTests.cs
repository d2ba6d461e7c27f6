using Meic.Testing;
using Newtonsoft.Json.Linq;
using Npgsql;

namespace Meic.Store.Postgres.Tests;

/// <summary>The real `meic` against a real server: a copy into a new schema, people logging in as themselves, doctor.</summary>
public sealed class ServerCommandTests
{
    public sealed class Rec : Meic.Sdk.Model.Document
    {
        public string? FromActorId { get; set; }
        public string? ToActorId { get; set; }
        public string? CaseCode { get; set; }
    }

    private static string UrlFor(string schema, string? login = null, string? password = null)
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresTestDatabase.Server);
        return $"postgres://{Uri.EscapeDataString(login ?? b.Username!)}:{Uri.EscapeDataString(password ?? b.Password!)}@{b.Host}:{b.Port}/{b.Database}?schema={schema}";
    }

    private static string? ScalarAs(string schema, string login, string password, string sql)
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresTestDatabase.Server) { Username = login, Password = password, SearchPath = schema };
        using var c = new NpgsqlConnection(b.ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        return cmd.ExecuteScalar()?.ToString();
    }

    [SkippableFact]
    public void Should_copy_into_a_new_schema_with_roles_so_a_partner_sees_its_records_and_doctor_flags_forgeries()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var ws = new ClusterWorkspaceFixture();
        string own, other;
        using (var store = ws.OpenStoreAsTheHostDoes())
        {
            var actors = store.Collection<Meic.Sdk.Model.Actor>("actors").All();
            (own, other) = (actors[0].Id, actors[1].Id);
            store.Declare(new Meic.Sdk.Store.CollectionSpec("referrals"));
            store.Collection<Rec>("referrals").Insert(new Rec { Id = "r-own", FromActorId = other, ToActorId = own, CaseCode = "RM-7" });
            store.Collection<Rec>("referrals").Insert(new Rec { Id = "r-other", FromActorId = other, ToActorId = other, CaseCode = "RM-8" });
        }
        var schema = "rome_" + Guid.NewGuid().ToString("N")[..10];
        var login = "maria_" + Guid.NewGuid().ToString("N")[..8];
        const string password = "partner-password-1";
        try
        {
            var copy = ws.Meic("store", "copy", "--to", UrlFor(schema), "--lang", "en");
            copy.ExitCode.ShouldBe(0, copy.ToString());
            copy.Out.ShouldContain("counts and content hashes match");
            ws.SetStore(new JObject { ["kind"] = "postgres" });
            ws.Env["MEIC_DATABASE_URL"] = UrlFor(schema);
            ws.Env["MEIC_NEW_PASSWORD"] = password;
            ws.Meic("users", "add", login, "--role", "partner", "--org", own).ExitCode.ShouldBe(0);

            // Right after the copy, with psql-level SQL: the partner reaches exactly its organisation's records.
            ScalarAs(schema, login, password, "SELECT string_agg(collection || '/' || id, ' ' ORDER BY collection, id) FROM documents WHERE collection IN ('actors', 'referrals')")
                .ShouldBe($"actors/{own} referrals/r-own");
            var healthy = ws.Meic("doctor", "--lang", "en");
            healthy.ExitCode.ShouldBe(0, healthy.ToString());
            healthy.Out.ShouldContain("All checks passed.");

            PostgresTestDatabase.Admin($$"""
                SET search_path = "{{schema}}";
                ALTER TABLE documents DISABLE TRIGGER meic_journal_changes;
                INSERT INTO documents(collection, id, version, body) VALUES ('cluster', 'rival', 1, '{"name":"Rival"}');
                DELETE FROM documents WHERE collection = 'referrals' AND id = 'r-other';
                ALTER TABLE documents ENABLE TRIGGER meic_journal_changes;
                GRANT INSERT ON journal TO meic_partner;
                """);
            var sick = ws.Meic("doctor", "--lang", "en");
            var sickIt = ws.Meic("doctor", "--lang", "it");

            sick.ExitCode.ShouldBe(1, sick.ToString());
            sick.Out.ShouldContain("2 cluster records");
            sick.Out.ShouldContain("document cluster/rival has no journal entry");
            sick.Out.ShouldContain("journal entries for referrals/r-other, which no longer exists and was never deleted");
            sick.Out.ShouldContain("the role meic_partner may INSERT journal rows directly");
            sickIt.Out.ShouldContain("2 record del cluster");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgresTestDatabase.Admin($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
            try { PostgresTestDatabase.Admin($"DROP OWNED BY \"{login}\"; DROP ROLE IF EXISTS \"{login}\""); }
            catch (PostgresException) { /* never created */ }
        }
    }

    [SkippableFact]
    public void Should_record_a_viewers_refusal_when_it_says_so_and_show_it_no_journal_bodies()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var ws = new ClusterWorkspaceFixture("postgres");
        var login = "vera_" + Guid.NewGuid().ToString("N")[..8];
        const string password = "viewer-password-12";
        try
        {
            ws.Env["MEIC_NEW_PASSWORD"] = password;
            ws.Meic("users", "add", login, "--role", "viewer").ExitCode.ShouldBe(0);
            var schema = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalise(ws.Url!)).SearchPath!;
            var asVera = new Dictionary<string, string?>(ws.Env) { ["MEIC_DATABASE_URL"] = UrlFor(schema, login, password) };

            var refused = MeicProcess.Run(ws.Directory, asVera, "privacy", "export", "Maria Rossi", "--lang", "en");
            var audit = MeicProcess.Run(ws.Directory, asVera, "audit", "--record", "actors", "--json");
            var users = MeicProcess.Run(ws.Directory, asVera, "users", "list", "--lang", "en");

            refused.ExitCode.ShouldBe(1, refused.ToString());
            refused.Err.ShouldContain("This attempt has been recorded.");
            var log = JArray.Parse(ws.Meic("audit", "--record", "privacy-log", "--json").Out);
            log.ShouldContain(e => (string?)e["user"] == login && ((string?)e["after"]!["detail"])!.Contains("subject access export refused"));
            audit.ExitCode.ShouldBe(0, audit.ToString());
            var entries = JArray.Parse(audit.Out);
            entries.ShouldNotBeEmpty();
            entries.ShouldAllBe(e => (e["before"] ?? JValue.CreateNull()).Type == JTokenType.Null && (e["after"] ?? JValue.CreateNull()).Type == JTokenType.Null);
            users.ExitCode.ShouldBe(1);
            users.Err.ShouldContain("only coordinators see the list of users");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            try { PostgresTestDatabase.Admin($"DROP OWNED BY \"{login}\"; DROP ROLE IF EXISTS \"{login}\""); }
            catch (PostgresException) { /* never created */ }
        }
    }
}
