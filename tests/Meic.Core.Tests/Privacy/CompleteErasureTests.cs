using Meic.Core.Privacy;
using Meic.Core.Store;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Testing;

namespace Meic.Core.Tests.Privacy;

/// <summary>A focus group whose participant appears by full name, by "Ms Surname", by first name alone as a second speaker label and by initials.</summary>
public sealed class CompleteErasureTests : IDisposable
{
    private readonly TempDir _dir = new("meic-erase");

    public sealed class Entry { public string ParticipantId { get; set; } = ""; public string Name { get; set; } = ""; public string Pseudonym { get; set; } = ""; }
    public sealed class Keys : Document { public string SessionId { get; set; } = ""; public List<Entry> Entries { get; set; } = new(); }
    public sealed class Turn : Document { public string SessionId { get; set; } = ""; public string ParticipantId { get; set; } = ""; public string Speaker { get; set; } = ""; public string Text { get; set; } = ""; }
    public sealed class Note : Document { public string Text { get; set; } = ""; }

    private SqliteDocumentStore Seed()
    {
        var store = SqliteDocumentStore.Open(Path.Combine(_dir.Path, "c.db"), create: true);
        store.Cipher = KeyRing.For(_dir.Path);
        store.Declare(new CollectionSpec("fg-pseudonym-keys").Sensitive("entries[*].name"));
        store.Declare(new CollectionSpec("fg-turns").Index("participantId").Searchable("text"));
        store.Declare(new CollectionSpec("notes").Searchable("text"));
        store.Collection<Keys>("fg-pseudonym-keys").Insert(new Keys { Id = "k1", SessionId = "s1", Entries =
        [
            new() { ParticipantId = "p1", Name = "Amina Diallo", Pseudonym = "P1" },
            new() { ParticipantId = "p2", Name = "Amina", Pseudonym = "P2" }, // the same woman, labelled by first name in a second transcript
            new() { ParticipantId = "p3", Name = "Luca Neri", Pseudonym = "P3" },
        ] });
        var turns = store.Collection<Turn>("fg-turns");
        turns.Insert(new Turn { Id = "t1", SessionId = "s1", ParticipantId = "p1", Speaker = "P1", Text = "Sono arrivata nel 2019 e ho lavorato in un ristorante." });
        turns.Insert(new Turn { Id = "t2", SessionId = "s1", ParticipantId = "p2", Speaker = "P2", Text = "Poi ho trovato il corso di italiano." });
        turns.Insert(new Turn { Id = "t3", SessionId = "s1", ParticipantId = "p3", Speaker = "P3", Text = "Come diceva la sig.ra Diallo, il corso aiuta. Ms Diallo aveva ragione, e anche A.D. lo dice." });
        store.Collection<Note>("notes").Insert(new Note { Id = "n1", Text = "Diallo family, Via Roma: to call back" });
        var t3 = turns.Get("t3")!;
        t3.Text += " Diallo ne parlava.";
        turns.Update(t3);
        return store;
    }

    [Fact]
    public void Should_erase_a_participant_by_full_name_titled_surname_first_name_label_and_initials()
    {
        using var store = Seed();

        var report = Eraser.Erase(store, "Amina Diallo");

        var turns = store.Collection<Turn>("fg-turns");
        turns.Get("t1")!.Text.ShouldBe(PersonMatcher.Erased);
        turns.Get("t2")!.Speaker.ShouldBe(PersonMatcher.Erased); // the first-name label was the same participant
        turns.Get("t2")!.Text.ShouldBe(PersonMatcher.Erased);
        var t3 = turns.Get("t3")!.Text;
        t3.ShouldNotContain("Diallo");
        t3.ShouldNotContain("A.D.");
        t3.ShouldContain("il corso aiuta");
        store.Collection<Keys>("fg-pseudonym-keys").Get("k1")!.Entries.Select(e => e.ParticipantId).ShouldBe(["p3"]);
        store.Collection<Note>("notes").Get("n1")!.Text.ShouldContain("Diallo"); // a surname alone, elsewhere: not sure…
        report.Unsure.ShouldContain(u => u.StartsWith("notes/n1"));            // …so it is reported for a person to check
        report.Unsure.ShouldContain(u => u.StartsWith("fg-pseudonym-keys/k1"));
        foreach (var e in store.Journal.Read(new JournalQuery { Collection = "fg-turns" }))
            (Sealing.Open(e.Before ?? "", store.Cipher) + Sealing.Open(e.After ?? "", store.Cipher)).ShouldNotContain("Diallo");
        turns.Search("Diallo").ShouldBeEmpty();
        turns.Search("ristorante").ShouldBeEmpty();
        var raw = File.ReadAllBytes(Path.Combine(_dir.Path, "c.db"));
        System.Text.Encoding.UTF8.GetString(raw).ShouldNotContain("ristorante");
    }

    [Fact]
    public void Should_export_every_turn_the_participant_spoke_even_under_a_label()
    {
        using var store = Seed();

        var export = SubjectExport.Of(store, "Amina Diallo");

        var records = export["records"]!.Select(r => $"{r["collection"]}/{r["id"]}").ToList();
        records.ShouldContain("fg-turns/t1");
        records.ShouldContain("fg-turns/t2");
        records.ShouldContain("fg-pseudonym-keys/k1");
        records.ShouldNotContain("notes/n1");
        export.ToString().ShouldContain("ristorante");
        export["history"]!.Select(h => (string?)h["record"]).ShouldContain("fg-turns/t2");
    }

    public void Dispose() => _dir.Dispose();
}
