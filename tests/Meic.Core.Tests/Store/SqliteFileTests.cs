using System.Diagnostics;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;
using Microsoft.Data.Sqlite;

namespace Meic.Core.Tests.Store;

public sealed class SqliteFileTests : IDisposable
{
    private readonly TempDir _dir = new("meic-sqlite-file");

    [Fact]
    public void Should_refuse_a_missing_database_with_the_file_named()
    {
        var file = _dir.File("missing.db");
        var e = Should.Throw<InputException>(() => SqliteDocumentStore.Open(file));
        e.ExitCode.ShouldBe(2);
        e.Message.ShouldContain(file);
        File.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_a_database_from_a_newer_toolkit_and_change_nothing()
    {
        var file = _dir.File("newer.db");
        using (var c = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99";
            cmd.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(file);

        var e = Should.Throw<InputException>(() => SqliteDocumentStore.Open(file));

        e.Message.ShouldContain("newer MEIC Toolkit");
        File.ReadAllBytes(file).ShouldBe(before);
    }

    [Fact]
    public void Should_refuse_a_read_only_database()
    {
        var file = _dir.File("ro.db");
        SqliteDocumentStore.Open(file, create: true).Dispose();
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        Should.Throw<InputException>(() => SqliteDocumentStore.Open(file)).Message.ShouldContain("read-only");
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_database()
    {
        var file = _dir.Write("notes.db", "these are meeting notes, not a database\n" + new string('x', 2000));
        Should.Throw<InputException>(() => SqliteDocumentStore.Open(file)).Message.ShouldContain("not a MEIC database");
    }

    [Theory]
    [InlineData("hold", 0)]
    [InlineData("commit", 500)]
    public void Should_keep_a_write_whole_or_absent_when_the_writer_is_killed(string mode, int expected)
    {
        var file = _dir.File($"{mode}.db");
        var writer = Path.Combine(Repo.Root, "artifacts", "fixtures", "writer", "Fixture.Writer.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in new[] { writer, file, "500", mode }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadLine().ShouldBe("READY");

        p.Kill(); // SIGKILL: no finaliser, no rollback, no checkpoint
        p.WaitForExit();

        using var store = SqliteDocumentStore.Open(file);
        store.Declare(new CollectionSpec(Actor.CollectionName));
        store.Collection<Actor>(Actor.CollectionName).Count().ShouldBe(expected);
        store.Journal.Count().ShouldBe(expected);
        store.CheckIntegrity().ShouldBeEmpty();
    }

    [Fact]
    public void Should_back_up_a_live_store_and_restore_it()
    {
        var file = _dir.File("live.db");
        using var store = SqliteDocumentStore.Open(file, create: true);
        var actors = store.Collection<Actor>("actors");
        actors.Insert(new Actor { Id = "a", Name = "Before backup" });
        store.BackupTo(_dir.File("backup.db"));
        actors.Insert(new Actor { Id = "b", Name = "After backup" });

        SqliteDocumentStore.ValidateBackup(_dir.File("backup.db"));
        store.RestoreFrom(_dir.File("backup.db"));

        actors.All().Select(a => a.Id).ShouldBe(["a"]);
        store.CheckIntegrity().ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_to_restore_a_file_that_is_not_a_backup()
    {
        var file = _dir.Write("fake.db", "not a backup");
        Should.Throw<InputException>(() => SqliteDocumentStore.ValidateBackup(file));
    }

    public void Dispose() => _dir.Dispose();
}
