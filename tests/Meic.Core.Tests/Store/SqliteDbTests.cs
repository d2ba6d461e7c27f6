using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Testing;

namespace Meic.Core.Tests.Store;

/// <summary>The thin layer over SQLitePCL.raw that the store is written on.</summary>
public sealed class SqliteDbTests : IDisposable
{
    private readonly TempDir _dir = new("meic-sqlite-db");

    private SqliteDb Create(string name = "t.db")
    {
        var db = SqliteDb.Open(_dir.File(name), create: true);
        db.Exec("CREATE TABLE t(x TEXT NOT NULL UNIQUE)");
        return db;
    }

    [Fact]
    public void Should_carry_sqlite_s_result_code_and_message_when_a_statement_fails()
    {
        using var db = Create();
        db.Exec("INSERT INTO t VALUES ('a')");

        var e = Should.Throw<SqliteError>(() => db.Exec("INSERT INTO t VALUES ('a')"));

        e.Code.ShouldBe(19); // SQLITE_CONSTRAINT
        e.SqliteMessage.ShouldContain("UNIQUE constraint failed: t.x");
    }

    [Fact]
    public void Should_use_a_cached_statement_again_after_it_failed()
    {
        using var db = Create();
        void Insert(string x)
        {
            using var insert = db.Cached("INSERT INTO t VALUES (?1)");
            insert.Bind(1, x).Execute();
        }

        Insert("a");
        Should.Throw<SqliteError>(() => Insert("a")).Code.ShouldBe(19);
        Insert("b");

        db.ScalarInt64("SELECT count(*) FROM t").ShouldBe(2);
    }

    [Fact]
    public void Should_bind_an_empty_string_as_text_and_null_as_null()
    {
        using var db = Create();
        using var select = db.Prepare("SELECT typeof(?1), typeof(?2)");

        select.Bind(1, "").Bind(2, (string?)null).Step().ShouldBeTrue();

        select.GetString(0).ShouldBe("text");
        select.GetString(1).ShouldBe("null");
    }

    [Fact]
    public void Should_give_back_long_and_non_latin_text_unchanged()
    {
        using var db = Create();
        var text = string.Concat(Enumerable.Repeat("Associazione «Città Aperta» — ጤና ይስጥልኝ 🤝 ", 2000)); // well past the scratch buffer
        using var select = db.Prepare("SELECT ?1, length(?1)");

        select.Bind(1, text).Step().ShouldBeTrue();

        select.GetString(0).ShouldBe(text);
        select.GetInt64(1).ShouldBe(text.EnumerateRunes().Count());
    }

    [Fact]
    public void Should_release_the_file_on_close_even_with_a_statement_left_open()
    {
        var file = _dir.File("locked.db");
        using (var setup = Create("locked.db")) setup.Exec("INSERT INTO t VALUES ('a')");
        var reader = SqliteDb.Open(file);
        var select = reader.Prepare("SELECT x FROM t");
        select.Step().ShouldBeTrue(); // holds a read lock on the file

        reader.Dispose();

        using var writer = SqliteDb.Open(file);
        writer.Exec("BEGIN EXCLUSIVE; DELETE FROM t; COMMIT"); // would be SQLITE_BUSY if the lock were still held
        writer.ScalarInt64("SELECT count(*) FROM t").ShouldBe(0);
    }

    [Fact]
    public void Should_report_a_database_held_by_another_writer_as_busy()
    {
        var file = _dir.File("busy.db");
        using var holder = SqliteDocumentStore.Open(file, create: true);
        using var waiter = SqliteDocumentStore.Open(file, busyTimeoutMs: 50);
        using var held = holder.BeginTransaction();
        holder.Collection<Actor>("actors").Insert(new Actor { Name = "Held" });

        var e = Should.Throw<MeicException>(() => waiter.Collection<Actor>("actors").Insert(new Actor { Name = "Waiting" }));

        e.Message.ShouldContain("the database is busy");
        e.Message.ShouldContain("50 ms");
        e.InnerException.ShouldBeOfType<SqliteError>().Code.ShouldBe(5);
        held.Dispose();
        waiter.Collection<Actor>("actors").Insert(new Actor { Name = "After" }).Version.ShouldBe(1);
    }

    public void Dispose() => _dir.Dispose();
}
