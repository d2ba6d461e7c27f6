using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Core.Privacy;

/// <summary>Key rotation: a new key in the key file, then every sealed value in documents and journal sealed again with it.</summary>
public static class KeyRotation
{
    /// <summary>Rotates; returns the new key id and how many documents and journal entries were re-encrypted.</summary>
    public static (string KeyId, int Documents, int JournalEntries) Rotate(IDocumentStore store, string keyFile, bool forgetOld, ILocalizer? text = null)
    {
        var dump = (IStoreDump)store;
        if (!File.Exists(keyFile)) throw new InputException((text ?? HostStrings.English)["privacy.rotateKey.noKeyFile"], keyFile);
        var before = File.ReadAllText(keyFile);
        var id = KeyRing.Append(keyFile);
        int docs = 0, entries = 0;
        try
        {
            var cipher = KeyRing.Load(keyFile);
            using (var tx = store.BeginTransaction())
            {
                foreach (var doc in dump.Documents().Where(d => d.Body.Contains(FieldCipher.Prefix, StringComparison.Ordinal)))
                {
                    dump.Rewrite(doc with { Body = Sealing.Reseal(doc.Body, cipher)! });
                    docs++;
                }
                foreach (var e in store.Journal.Read(new JournalQuery()))
                {
                    if (!HasSealed(e.Before) && !HasSealed(e.After)) continue;
                    dump.RewriteJournal(e.Sequence, Sealing.Reseal(e.Before, cipher), Sealing.Reseal(e.After, cipher));
                    entries++;
                }
                tx.Commit();
            }
            dump.Cipher = cipher;
        }
        catch
        {
            File.WriteAllText(keyFile, before); // nothing was re-encrypted: the new key goes too
            throw;
        }
        if (forgetOld)
            File.WriteAllLines(keyFile, File.ReadAllLines(keyFile).Where(l => l.StartsWith('#') || l.StartsWith(id + " ", StringComparison.Ordinal)));
        if (store is IFileStore file) file.Checkpoint();
        return (id, docs, entries);
    }

    private static bool HasSealed(string? json) => json?.Contains(FieldCipher.Prefix, StringComparison.Ordinal) == true;
}
