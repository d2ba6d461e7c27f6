using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;

namespace Meic.Core.Tests.Store;

/// <summary>
/// The document-store contract, run against every backend: a subclass per store opens a fresh one.
/// </summary>
public abstract class DocumentStoreContractTests : IDisposable
{
    private readonly List<IDocumentStore> _opened = new();

    /// <summary>A new, empty store.</summary>
    protected abstract IDocumentStore CreateStore();

    /// <summary>The same database as <paramref name="store"/>, through a second connection (another facilitator).</summary>
    protected abstract IDocumentStore Reopen(IDocumentStore store);

    protected IDocumentStore NewStore()
    {
        var store = CreateStore();
        store.Declare(new CollectionSpec("actors").Index("sector").Index("stage").Index("promoter"));
        store.Declare(new CollectionSpec("notes").Searchable("text"));
        _opened.Add(store);
        return store;
    }

    protected IDocumentStore Second(IDocumentStore store)
    {
        var other = Reopen(store);
        other.Declare(new CollectionSpec("actors").Index("sector"));
        other.Declare(new CollectionSpec("notes").Searchable("text"));
        _opened.Add(other);
        return other;
    }

    public sealed class Note : Document
    {
        public string Text { get; set; } = "";
    }

    [SkippableFact]
    public void Should_give_back_what_was_inserted_with_an_id_and_version_one()
    {
        var store = NewStore();
        var actors = store.Collection<Actor>("actors");

        var saved = actors.Insert(new Actor { Name = "CIES onlus", Sector = Sector.ThirdSector, Areas = ["work"] });

        saved.Id.ShouldNotBeNullOrEmpty();
        saved.Version.ShouldBe(1);
        var read = actors.Get(saved.Id)!;
        read.Name.ShouldBe("CIES onlus");
        read.Sector.ShouldBe(Sector.ThirdSector);
        read.Areas.ShouldBe(["work"]);
        read.Version.ShouldBe(1);
    }

    [SkippableFact]
    public void Should_refuse_a_second_document_with_the_same_id()
    {
        var actors = NewStore().Collection<Actor>("actors");
        actors.Insert(new Actor { Id = "a", Name = "One" });

        Should.Throw<ConflictException>(() => actors.Insert(new Actor { Id = "a", Name = "Two" }));
        actors.Get("a")!.Name.ShouldBe("One");
    }

    [SkippableFact]
    public void Should_refuse_an_update_against_a_stale_version_and_keep_the_first_write()
    {
        var store = NewStore();
        var actors = store.Collection<Actor>("actors");
        actors.Insert(new Actor { Id = "a", Name = "Asinitas" });
        var mine = actors.Get("a")!;
        var theirs = Second(store).Collection<Actor>("actors").Get("a")!;

        theirs.Name = "Asinitas onlus";
        Second(store).Collection<Actor>("actors").Update(theirs);
        mine.Name = "ASINITAS";
        var conflict = Should.Throw<ConflictException>(() => actors.Update(mine));

        conflict.Expected.ShouldBe(1);
        conflict.Actual.ShouldBe(2);
        conflict.Message.ShouldContain("changed by someone else");
        actors.Get("a")!.Name.ShouldBe("Asinitas onlus");
    }

    [SkippableFact]
    public void Should_increase_the_version_on_each_update()
    {
        var actors = NewStore().Collection<Actor>("actors");
        var a = actors.Insert(new Actor { Name = "A" });
        a.Name = "B"; actors.Update(a);
        a.Name = "C"; actors.Update(a);

        a.Version.ShouldBe(3);
        actors.Get(a.Id)!.Version.ShouldBe(3);
    }

    [SkippableFact]
    public void Should_refuse_to_delete_a_document_changed_since_it_was_read()
    {
        var actors = NewStore().Collection<Actor>("actors");
        var a = actors.Insert(new Actor { Name = "A" });
        var stale = actors.Get(a.Id)!;
        a.Name = "B"; actors.Update(a);

        Should.Throw<ConflictException>(() => actors.Delete(stale));
        actors.Delete(a);
        actors.Get(a.Id).ShouldBeNull();
    }

    [SkippableFact]
    public void Should_find_documents_by_enum_string_and_boolean_fields()
    {
        var actors = NewStore().Collection<Actor>("actors");
        actors.Insert(new Actor { Id = "1", Name = "Regione Lazio", Sector = Sector.PublicAdministration, Stage = EngagementStage.Contacted });
        actors.Insert(new Actor { Id = "2", Name = "CIES onlus", Sector = Sector.ThirdSector, Promoter = true, Stage = EngagementStage.Member });
        actors.Insert(new Actor { Id = "3", Name = "Asinitas", Sector = Sector.ThirdSector, Stage = EngagementStage.Interested });

        actors.Find(("sector", Sector.ThirdSector)).Select(a => a.Id).ShouldBe(["2", "3"]);
        actors.Find(("sector", Sector.ThirdSector), ("stage", EngagementStage.Member)).Single().Id.ShouldBe("2");
        actors.Find(("promoter", true)).Single().Id.ShouldBe("2");
        actors.Find(("name", "Regione Lazio")).Single().Id.ShouldBe("1");
        actors.Count().ShouldBe(3);
    }

    [SkippableFact]
    public void Should_roll_back_every_collection_when_a_transaction_is_not_committed()
    {
        var store = NewStore();
        using (store.BeginTransaction())
        {
            store.Collection<Actor>("actors").Insert(new Actor { Name = "A" });
            store.Collection<Note>("notes").Insert(new Note { Text = "minutes" });
        }

        store.Collection<Actor>("actors").Count().ShouldBe(0);
        store.Collection<Note>("notes").Count().ShouldBe(0);
        store.Journal.Count().ShouldBe(0);
    }

    [SkippableFact]
    public void Should_commit_every_collection_together()
    {
        var store = NewStore();
        var committed = new List<JournalEntry>();
        store.Committed += committed.AddRange;
        using (var tx = store.BeginTransaction())
        {
            store.Collection<Actor>("actors").Insert(new Actor { Name = "A" });
            store.Collection<Note>("notes").Insert(new Note { Text = "minutes" });
            committed.ShouldBeEmpty();
            tx.Commit();
        }

        Second(store).Counts().ShouldBe(new Dictionary<string, long> { ["actors"] = 1, ["notes"] = 1 }, ignoreOrder: true);
        committed.Select(c => c.Collection).ShouldBe(["actors", "notes"]);
    }

    [SkippableFact]
    public void Should_roll_back_the_outer_transaction_when_an_inner_one_is_abandoned()
    {
        var store = NewStore();
        using (var outer = store.BeginTransaction())
        {
            store.Collection<Actor>("actors").Insert(new Actor { Name = "A" });
            using (store.BeginTransaction()) store.Collection<Actor>("actors").Insert(new Actor { Name = "B" });
            outer.Commit();
        }

        store.Collection<Actor>("actors").Count().ShouldBe(0);
    }

    [SkippableFact]
    public void Should_journal_every_change_with_who_and_before_and_after()
    {
        var store = NewStore();
        store.User = "facilitator-1";
        var actors = store.Collection<Actor>("actors");
        var a = actors.Insert(new Actor { Name = "Before" });
        a.Name = "After"; actors.Update(a);
        actors.Delete(a);

        var entries = store.Journal.Read(new JournalQuery { Collection = "actors", DocumentId = a.Id });
        entries.Select(e => e.Kind).ShouldBe([ChangeKind.Insert, ChangeKind.Update, ChangeKind.Delete]);
        entries.ShouldAllBe(e => e.User == "facilitator-1");
        entries[0].Before.ShouldBeNull();
        entries[1].Before!.ShouldContain("Before");
        entries[1].After!.ShouldContain("After");
        entries[2].After.ShouldBeNull();
        entries.Select(e => e.Sequence).ShouldBeInOrder();
        store.Journal.Read(new JournalQuery { User = "someone-else" }).ShouldBeEmpty();
        store.Journal.Read(new JournalQuery { AfterSequence = entries[1].Sequence }).Count.ShouldBe(1);
    }

    [SkippableFact]
    public void Should_run_each_migration_once()
    {
        var store = NewStore();
        var runs = 0;
        var migrations = new[] { new Migration(1, "first", _ => runs++), new Migration(2, "second", _ => runs++) };

        store.Migrate("plugin.x", migrations).ShouldBe([1, 2]);
        store.Migrate("plugin.x", migrations).ShouldBeEmpty();

        runs.ShouldBe(2);
        store.SchemaVersion("plugin.x").ShouldBe(2);
        Second(store).SchemaVersion("plugin.x").ShouldBe(2);
    }

    [SkippableFact]
    public void Should_leave_nothing_of_a_migration_that_fails()
    {
        var store = NewStore();
        var migrations = new[]
        {
            new Migration(1, "adds a note", s => s.Collection<Note>("notes").Insert(new Note { Text = "x" })),
            new Migration(2, "breaks", _ => throw new InvalidOperationException("broken migration")),
        };

        Should.Throw<InvalidOperationException>(() => store.Migrate("plugin.y", migrations));

        store.SchemaVersion("plugin.y").ShouldBe(0);
        store.Collection<Note>("notes").Count().ShouldBe(0);
    }

    [SkippableFact]
    public void Should_search_text_and_forget_it_when_changed_or_deleted()
    {
        var notes = NewStore().Collection<Note>("notes");
        var n = notes.Insert(new Note { Text = "La cultura della vulnerabilità frena l'integrazione" });

        notes.Search("vulnerabilita").Single().Id.ShouldBe(n.Id); // diacritics folded
        notes.Search("vulnerabilità").Single().Snippet.ShouldContain("[vulnerabilità]");
        n.Text = "Reti informali per il lavoro";
        notes.Update(n);
        notes.Search("vulnerabilità").ShouldBeEmpty();
        notes.Search("informali").Single().Id.ShouldBe(n.Id);
        notes.Delete(n);
        notes.Search("informali").ShouldBeEmpty();
    }

    [SkippableFact]
    public void Should_report_a_bad_search_as_bad_input()
    {
        var notes = NewStore().Collection<Note>("notes");
        Should.Throw<InputException>(() => notes.Search("\"unbalanced"));
    }

    [SkippableFact]
    public void Should_find_no_integrity_problems_in_a_fresh_store()
    {
        var store = NewStore();
        store.Collection<Actor>("actors").Insert(new Actor { Name = "A" });
        store.CheckIntegrity().ShouldBeEmpty();
    }

    [SkippableFact]
    public void Should_keep_non_latin_text_intact()
    {
        var actors = NewStore().Collection<Actor>("actors");
        var names = new[] { "جمعية الجالية", "ማሕበር ኤርትራውያን", "বাংলাদেশ সমিতি" };
        foreach (var name in names) actors.Insert(new Actor { Name = name });

        actors.All().Select(a => a.Name).ShouldBe(names, ignoreOrder: true);
    }

    public void Dispose()
    {
        foreach (var s in _opened) s.Dispose();
        Cleanup();
    }

    protected virtual void Cleanup() { }
}
