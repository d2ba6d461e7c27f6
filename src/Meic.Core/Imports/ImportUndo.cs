using Meic.Core.Privacy;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Core.Imports;

/// <summary>What an undo removed and restored.</summary>
public sealed record UndoReport(ImportRecord Import, int Removed, int Restored, IReadOnlyDictionary<string, int> RemovedByCollection);

/// <summary>
/// Reverses the last import that still stands, as one transaction: documents it created are deleted,
/// documents it updated get back the body the journal recorded before the import. A document changed
/// since the import refuses the undo (nothing is changed), naming it.
/// </summary>
public static class ImportUndo
{
    /// <summary>Every import recorded, newest first.</summary>
    public static IReadOnlyList<ImportRecord> History(IDocumentStore store) =>
        store.Collection<ImportRecord>(ImportRecord.CollectionName).All().OrderByDescending(i => i.At).ThenByDescending(i => i.Id, StringComparer.Ordinal).ToList();

    /// <summary>Undoes the import <paramref name="id"/>, or the newest that stands when null; <paramref name="owner"/> narrows to one plugin's imports.</summary>
    /// <exception cref="InputException">No import to undo, or a document it wrote changed since (exit 2, nothing changed).</exception>
    public static UndoReport Undo(IDocumentStore store, ILocalizer text, string? id = null, string? owner = null)
    {
        var imports = store.Collection<ImportRecord>(ImportRecord.CollectionName);
        var record = id is not null
            ? imports.Get(id) ?? throw new InputException(text["import.undo.noSuch", id])
            : History(store).FirstOrDefault(i => i.UndoneAt is null && (owner is null || i.Owner == owner))
              ?? throw new InputException(text["import.undo.none"]);
        if (record.UndoneAt is not null) throw new InputException(text["import.undo.already", record.Id, record.File]);
        // Newer imports that stand and touched the same documents must be undone first.
        var later = History(store).FirstOrDefault(i => i.UndoneAt is null && i.At > record.At && i.Id != record.Id);
        if (later is not null && id is not null) throw new InputException(text["import.undo.later", later.Id, later.File]);

        var before = BeforeBodies(store, record);
        var cipher = (store as IStoreDump)?.Cipher;
        var removed = new Dictionary<string, int>(StringComparer.Ordinal);
        var restored = 0;
        var versions = new Dictionary<(string, string), (long Left, long Now)>();
        using (var tx = store.BeginTransaction())
        {
            for (var i = record.Changes.Count - 1; i >= 0; i--)
            {
                var change = record.Changes[i];
                var docs = store.Collection<LooseDocument>(change.Collection);
                var current = docs.Get(change.Id);
                if (current is null)
                {
                    if (change.Created) continue; // already removed by hand: nothing to undo
                    throw new InputException(text["import.undo.changed", change.Collection, change.Id, record.File]);
                }
                if (current.Version != change.Version && !LaterInSameImport(record, i))
                    throw new InputException(text["import.undo.changed", change.Collection, change.Id, record.File]);
                if (change.Created)
                {
                    docs.Delete(current);
                    removed[change.Collection] = removed.GetValueOrDefault(change.Collection) + 1;
                    continue;
                }
                if (!before.TryGetValue((change.Collection, change.Id), out var body))
                    throw new InputException(text["import.undo.noJournal", change.Collection, change.Id]);
                var old = Json.Deserialize<LooseDocument>(Sealing.Open(body, cipher));
                old.Id = change.Id;
                old.Version = current.Version;
                docs.Update(old);
                versions[(change.Collection, change.Id)] = (change.Version - 1, old.Version);
                restored++;
            }
            record.UndoneAt = DateTimeOffset.UtcNow;
            imports.Update(record);
            // An earlier import that left these documents as they are again must still be able to undo them:
            // the content is what it left, only the version moved on.
            if (versions.Count > 0)
                foreach (var earlier in History(store).Where(i => i.UndoneAt is null && i.Id != record.Id))
                {
                    var moved = false;
                    foreach (var c in earlier.Changes)
                        if (versions.TryGetValue((c.Collection, c.Id), out var v) && c.Version == v.Left) { c.Version = v.Now; moved = true; }
                    if (moved) imports.Update(earlier);
                }
            tx.Commit();
        }
        return new UndoReport(record, removed.Values.Sum(), restored, removed);
    }

    // A document written twice by one import (a row and a later duplicate of it): only its last write is checked.
    private static bool LaterInSameImport(ImportRecord record, int index)
    {
        var c = record.Changes[index];
        for (var j = index + 1; j < record.Changes.Count; j++)
            if (record.Changes[j].Id == c.Id && record.Changes[j].Collection == c.Collection) return true;
        return false;
    }

    // For each document the import updated, the body before the import's change: the import's record is written last in
    // its transaction, so that change is the document's last update journaled before the record's own entry.
    private static Dictionary<(string, string), string> BeforeBodies(IDocumentStore store, ImportRecord record)
    {
        var wanted = record.Changes.Where(c => !c.Created).Select(c => (c.Collection, c.Id)).ToHashSet();
        var result = new Dictionary<(string, string), string>();
        if (wanted.Count == 0) return result;
        var from = record.At.AddMinutes(-1);
        var anchor = store.Journal.Read(new JournalQuery { Collection = ImportRecord.CollectionName, DocumentId = record.Id, From = from })
            .FirstOrDefault(e => e.Kind == ChangeKind.Insert)?.Sequence ?? long.MaxValue;
        foreach (var collection in wanted.Select(w => w.Collection).Distinct())
            foreach (var e in store.Journal.Read(new JournalQuery { Collection = collection, From = from }))
                if (e.Sequence < anchor && e.Kind == ChangeKind.Update && e.Before is not null && wanted.Contains((collection, e.DocumentId)))
                    result[(collection, e.DocumentId)] = e.Before;
        return result;
    }
}
