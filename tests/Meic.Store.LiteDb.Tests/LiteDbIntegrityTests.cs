using LiteDB;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;

namespace Meic.Store.LiteDb.Tests;

/// <summary>What `meic doctor` finds in a real LiteDB file, and the journal's inserts read back whole.</summary>
public sealed class LiteDbIntegrityTests : IDisposable
{
    private readonly TempDir _dir = new("meic-litedb-integrity");

    private static LiteDbDocumentStore Open(string file, bool create = false)
    {
        var store = LiteDbDocumentStore.Open(file, create);
        store.Declare(new CollectionSpec(Actor.CollectionName).Index("district"));
        return store;
    }

    [Fact]
    public void Should_report_an_index_whose_value_no_longer_matches_the_document()
    {
        var file = _dir.File("damaged.litedb");
        using (var store = Open(file, create: true))
        {
            var actors = store.Collection<Actor>(Actor.CollectionName);
            actors.Insert(new Actor { Id = "a1", Name = "Il Ponte", District = "Centro" });
            actors.Insert(new Actor { Id = "a2", Name = "La Rete", District = "Nord" });
            store.CheckIntegrity().ShouldBeEmpty();
        }
        // The kind of damage a torn write or another program leaves: the indexed value of a1 says "Sud", its body "Centro".
        using (var raw = new LiteDatabase(LiteDbDocumentStore.Connection(file)))
        {
            var docs = raw.GetCollection("d_actors");
            var row = docs.FindById("a1");
            row["x"]["f_district"] = "Sud";
            docs.Update(row).ShouldBeTrue();
        }

        using var reopened = Open(file);
        var problems = reopened.CheckIntegrity();
        problems.ShouldHaveSingleItem().ShouldContain("district");
        problems[0].ShouldContain("a1");
        // And the index, trusted, would mislead: a1 is found under the damaged value.
        reopened.Collection<Actor>(Actor.CollectionName).Find(("district", "Centro")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_an_inserts_body_back_from_the_next_change_or_the_live_document()
    {
        using var store = Open(_dir.File("journal.litedb"), create: true);
        var actors = store.Collection<Actor>(Actor.CollectionName);
        var updated = actors.Insert(new Actor { Id = "a1", Name = "Primo nome" });
        updated.Name = "Secondo nome";
        actors.Update(updated);
        var kept = actors.Insert(new Actor { Id = "a2", Name = "Rimasto" });
        var gone = actors.Insert(new Actor { Id = "a3", Name = "Cancellato" });
        actors.Delete(gone);
        actors.Insert(new Actor { Id = "a3", Name = "Di nuovo" });

        var entries = store.Journal.Read(new JournalQuery());
        entries.Select(e => (e.DocumentId, e.Kind)).ShouldBe([
            ("a1", ChangeKind.Insert), ("a1", ChangeKind.Update), ("a2", ChangeKind.Insert),
            ("a3", ChangeKind.Insert), ("a3", ChangeKind.Delete), ("a3", ChangeKind.Insert)]);
        entries[0].After!.ShouldContain("Primo nome");
        entries[1].Before!.ShouldContain("Primo nome");
        entries[1].After!.ShouldContain("Secondo nome");
        entries[2].After!.ShouldContain(kept.Name);
        entries[3].After!.ShouldContain("Cancellato");
        entries[5].After!.ShouldContain("Di nuovo");
        // A query that stops before the next change still gets the body.
        store.Journal.Read(new JournalQuery { DocumentId = "a1", Limit = 1 }).ShouldHaveSingleItem().After!.ShouldContain("Primo nome");
        store.CheckIntegrity().ShouldBeEmpty();
    }

    public void Dispose() => _dir.Dispose();
}
