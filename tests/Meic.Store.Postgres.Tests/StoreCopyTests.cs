using Meic.Core.Store;
using Meic.Testing;

namespace Meic.Store.Postgres.Tests;

public sealed class StoreCopyTests
{
    [SkippableFact]
    public void Should_move_a_cluster_to_postgres_and_back_losslessly()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var ws = new ClusterWorkspaceFixture();
        ws.Meic("hello", "Ana", "--save").ExitCode.ShouldBe(0); // a searchable document and a plugin migration
        using var pg = new PostgresTestDatabase();

        var there = ws.Meic("store", "copy", "--to", pg.Url, "--lang", "en");
        there.ExitCode.ShouldBe(0, there.ToString());
        there.Out.ShouldContain("counts and content hashes match");
        ws.SetStore(new() { ["kind"] = "postgres", ["connectionString"] = pg.ConnectionString });
        ws.Meic("hello", "Bo", "--save").ExitCode.ShouldBe(0);
        var back = ws.Meic("store", "copy", "--to", "back.db", "--json");

        back.ExitCode.ShouldBe(0, back.ToString());
        using var original = SqliteDocumentStore.Open(ws.Database);
        using var copy = SqliteDocumentStore.Open(Path.Combine(ws.Directory, "back.db"));
        using var server = PostgresDocumentStore.Open(pg.ConnectionString);
        StoreFingerprint.Of(copy).Differences(StoreFingerprint.Of(server)).ShouldBeEmpty();
        copy.Journal.Count().ShouldBe(original.Journal.Count() + 2); // Bo's greeting and the journaled export from PostgreSQL
        copy.Counts()["greetings"].ShouldBe(3);
        copy.SchemaVersion("fixture.good").ShouldBe(1);
        copy.Declare(new Meic.Sdk.Store.CollectionSpec("greetings").Searchable("text"));
        copy.Collection<Fixture.Good.Greeting>("greetings").Search("Bo").ShouldHaveSingleItem();
    }

    [SkippableFact]
    public void Should_refuse_to_copy_over_an_existing_cluster_and_change_nothing()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var ws = new ClusterWorkspaceFixture();
        using var pg = new PostgresTestDatabase();
        ws.Meic("store", "copy", "--to", pg.Url).ExitCode.ShouldBe(0);
        ws.Meic("hello", "Ana", "--save").ExitCode.ShouldBe(0);

        var again = ws.Meic("store", "copy", "--to", pg.Url, "--lang", "en");

        again.ExitCode.ShouldBe(2);
        again.Err.ShouldContain("already holds a cluster");
        again.Err.ShouldNotContain(new Npgsql.NpgsqlConnectionStringBuilder(pg.ConnectionString).Password!);
        using var server = PostgresDocumentStore.Open(pg.ConnectionString);
        server.Counts().Keys.ShouldNotContain("greetings"); // the write made after the first copy did not leak in
    }

    [Fact]
    public void Should_copy_one_sqlite_file_to_a_new_one_and_refuse_an_existing_file()
    {
        using var ws = new ClusterWorkspaceFixture();

        ws.Meic("store", "copy", "--to", "copy.db").ExitCode.ShouldBe(0);
        var again = ws.Meic("store", "copy", "--to", "copy.db", "--lang", "en");

        again.ExitCode.ShouldBe(2);
        again.Err.ShouldContain("exists");
        using var a = SqliteDocumentStore.Open(ws.Database);
        using var b = SqliteDocumentStore.Open(Path.Combine(ws.Directory, "copy.db"));
        StoreFingerprint.Of(a).Differences(StoreFingerprint.Of(b)).ShouldBeEmpty();
        File.Exists(Path.Combine(ws.Directory, "copy.db.partial")).ShouldBeFalse();
    }
}
