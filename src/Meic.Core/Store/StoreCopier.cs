using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Core.Store;

/// <summary>Copies a whole cluster (documents, journal, schema versions, full-text index) into an empty store, and proves the copy.</summary>
public static class StoreCopier
{
    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="target"/> in one transaction, compares counts and content
    /// hashes before committing, and commits only when they match.
    /// </summary>
    /// <param name="starting">Runs once the target is known to be empty, before the source is read.</param>
    /// <param name="strings">The host's strings for error messages (English when null).</param>
    /// <returns>The fingerprint both stores share.</returns>
    /// <exception cref="InputException">The target already holds data.</exception>
    /// <exception cref="MeicException">The copy does not match its source: nothing was committed.</exception>
    public static StoreFingerprint Copy(IDocumentStore source, IDocumentStore target, Action? starting = null, ILocalizer? strings = null)
    {
        strings ??= HostStrings.English;
        var from = (IStoreDump)source;
        var to = (IStoreDump)target;
        if (target.Journal.Count() > 0 || target.Counts().Count > 0 || to.SchemaVersionRows().Count > 0)
            throw new InputException(strings["store.copy.notEmpty"], target.Info.Location);

        starting?.Invoke(); // e.g. journal the export in the source, so the copy carries its own record
        StoreFingerprint expected;
        IReadOnlyList<RawDocument> documents; IReadOnlyList<JournalEntry> journal; IReadOnlyList<RawSchemaVersion> versions; IReadOnlyList<RawText> text;
        using (var snapshot = from.BeginSnapshot())
        {
            documents = from.Documents();
            journal = source.Journal.Read(new JournalQuery());
            versions = from.SchemaVersionRows();
            text = from.FullText();
            expected = StoreFingerprint.Of(source);
            snapshot.Commit();
        }

        using var tx = target.BeginTransaction();
        to.Load(documents, journal, versions, text);
        var actual = StoreFingerprint.Of(target);
        var differences = expected.Differences(actual);
        if (differences.Count > 0)
            throw new MeicException(strings["store.copy.mismatch", string.Join("; ", differences)]);
        tx.Commit();
        return actual;
    }
}
