using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Testing;
using Npgsql;

namespace Meic.Store.Postgres.Tests;

public sealed class PostgresBadInputTests : IDisposable
{
    private readonly PostgresTestDatabase _db = new();

    [Theory]
    [InlineData("postgres://ana:s%40cret@db.example.org:6543/meic?schema=rome&sslmode=require", "db.example.org", 6543, "ana", "s@cret", "meic", "rome")]
    [InlineData("Host=localhost;Username=bo;Password=x;Database=city", "localhost", 5432, "bo", "x", "city", null)]
    public void Should_read_urls_and_key_value_strings(string input, string host, int port, string user, string password, string database, string? schema)
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalise(input));
        (b.Host, b.Port, b.Username, b.Password, b.Database, b.SearchPath).ShouldBe((host, port, user, password, database, schema));
        PostgresConnectionString.Location(b.ConnectionString).ShouldNotContain(password);
    }

    [Fact]
    public void Should_reject_a_malformed_connection_string_as_bad_input() =>
        Should.Throw<InputException>(() => PostgresConnectionString.Normalise("Hots=x;;=")).Message.ShouldContain("not a valid PostgreSQL connection string");

    [SkippableFact]
    public void Should_say_the_login_was_refused_for_a_wrong_password()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        var wrong = new NpgsqlConnectionStringBuilder(_db.ConnectionString) { Password = "not-the-password" }.ConnectionString;
        var e = Should.Throw<InputException>(() => PostgresDocumentStore.Open(wrong, create: true));
        e.Message.ShouldContain("the server refused the login");
        e.Message.ShouldNotContain("not-the-password");
    }

    [SkippableFact]
    public void Should_refuse_a_store_written_by_a_newer_toolkit_and_change_nothing()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        PostgresDocumentStore.Open(_db.ConnectionString, create: true).Dispose();
        PostgresTestDatabase.Admin($"UPDATE \"{_db.Schema}\".meic_meta SET value = '99' WHERE key = 'format'");

        var e = Should.Throw<InputException>(() => PostgresDocumentStore.Open(_db.ConnectionString));
        e.Message.ShouldContain("newer MEIC Toolkit (store format 99");
    }

    [SkippableFact]
    public void Should_refuse_to_open_a_database_without_a_store_unless_creating()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        Should.Throw<InputException>(() => PostgresDocumentStore.Open(_db.ConnectionString)).Message.ShouldContain("no MEIC store");
    }

    [SkippableFact]
    public void Should_write_nothing_and_say_so_when_the_server_goes_away_mid_transaction()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var store = PostgresDocumentStore.Open(_db.ConnectionString, create: true);
        store.Declare(new Meic.Sdk.Store.CollectionSpec("actors"));
        var actors = store.Collection<Actor>("actors");
        var pid = 0;

        var e = Should.Throw<MeicException>(() =>
        {
            using var tx = store.BeginTransaction();
            actors.Insert(new Actor { Name = "Half-written" });
            pid = Convert.ToInt32(store.Scalar("SELECT pg_backend_pid()"));
            PostgresTestDatabase.Admin($"SELECT pg_terminate_backend({pid})");
            actors.Insert(new Actor { Name = "Never" });
            tx.Commit();
        });

        e.Message.ShouldContain("the database server went away");
        e.Message.ShouldContain("safe to run the command again");
        using var again = PostgresDocumentStore.Open(_db.ConnectionString);
        again.Counts().ShouldBeEmpty();
        again.Journal.Count().ShouldBe(0);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        _db.Dispose();
    }
}
