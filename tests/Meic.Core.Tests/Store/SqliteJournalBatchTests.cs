using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;

namespace Meic.Core.Tests.Store;

/// <summary>Insert rows reach the journal in batches; nothing that reads the journal may tell.</summary>
public sealed class SqliteJournalBatchTests : IDisposable
{
    private readonly TempDir _dir = new("meic-journal-batch");

    private SqliteDocumentStore NewStore()
    {
        var store = SqliteDocumentStore.Open(_dir.File($"{Guid.NewGuid():N}.db"), create: true);
        store.Declare(new CollectionSpec("actors"));
        store.Declare(new CollectionSpec("notes"));
        return store;
    }

    [Fact]
    public void Should_announce_each_change_with_the_sequence_and_order_the_journal_keeps()
    {
        using var store = NewStore();
        var committed = new List<JournalEntry>();
        store.Committed += committed.AddRange;
        var actors = store.Collection<Actor>("actors");
        using (var tx = store.BeginTransaction())
        {
            store.User = "ana";
            for (var i = 0; i < 70; i++) actors.Insert(new Actor { Id = $"a{i}", Name = $"Actor {i}" });
            var renamed = actors.Get("a3")!;
            renamed.Name = "Renamed";
            actors.Update(renamed);
            store.Collection<Note>("notes").Insert(new Note { Id = "n1", Text = "minutes" });
            store.User = "bo";
            for (var i = 70; i < 150; i++) actors.Insert(new Actor { Id = $"a{i}", Name = $"Actor {i}" });
            tx.Commit();
        }

        var journal = store.Journal.Read(new JournalQuery());
        journal.Count.ShouldBe(152);
        committed.Select(Row).ShouldBe(journal.Select(Row));
        journal[70].Kind.ShouldBe(ChangeKind.Update);
        journal[71].Collection.ShouldBe("notes");
        journal.Last().User.ShouldBe("bo");
        journal[3].After!.ShouldContain("Actor 3"); // the insert's body, from the update's "before"
    }

    private static string Row(JournalEntry e) => $"{e.Sequence} {e.Kind} {e.User} {e.Collection}/{e.DocumentId} {e.After}";

    [Fact]
    public void Should_show_inserts_to_journal_reads_before_the_commit_and_keep_none_after_a_rollback()
    {
        using var store = NewStore();
        var actors = store.Collection<Actor>("actors");
        using (store.BeginTransaction())
        {
            for (var i = 0; i < 3; i++) actors.Insert(new Actor { Name = $"Actor {i}" });

            store.Journal.Count().ShouldBe(3);
            store.Journal.Read(new JournalQuery { Collection = "actors" }).Count.ShouldBe(3);
        }

        store.Journal.Count().ShouldBe(0);
        actors.Count().ShouldBe(0);
        actors.Insert(new Actor { Name = "Later" });
        store.Journal.Count().ShouldBe(1);
    }

    public sealed class Note : Document
    {
        public string Text { get; set; } = "";
    }

    public void Dispose() => _dir.Dispose();
}
