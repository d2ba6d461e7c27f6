using LiteDB;
using Meic.Sdk.Errors;

namespace Meic.Store.LiteDb;

public sealed partial class LiteDbDocumentStore
{
    /// <inheritdoc />
    public IReadOnlyList<string> CheckIntegrity() => Session<IReadOnlyList<string>>(db =>
    {
        FlushJournal();
        var t = Strings ?? Meic.Core.Hosting.HostStrings.English;
        return IntegrityCheck.Run(db, LiteCollections(db)).Select(w => Meic.Core.Hosting.Worded.Text(t, w.Key, w.Args)).ToList();
    });

    /// <summary>
    /// Writes LiteDB's log into the data file and empties it. After an erasure this is what leaves no copy of the
    /// person on disk: the old page images live in the log until then. (Never <c>Rebuild()</c>: it fails on real files,
    /// "Detected loop in FindAll", and leaves temporary files behind.)
    /// </summary>
    public void Checkpoint()
    {
        if (_depth > 0) throw new InvalidOperationException("a checkpoint cannot run inside a transaction.");
        Session(db => { db.Checkpoint(); return 0; });
    }

    /// <summary>
    /// Copies the database into <paramref name="destination"/>: under the cluster lock, after a checkpoint and with the
    /// file closed, so the copy is one consistent, self-contained file.
    /// </summary>
    public void BackupTo(string destination)
    {
        if (_depth > 0) throw new InvalidOperationException("a backup cannot run inside a transaction.");
        using var held = ClusterLock.Take(Path, BusyTimeoutMs, Strings);
        using (var db = Guard(() => new LiteDatabase(Connection(Path)))) db.Checkpoint();
        File.Copy(Path, destination, overwrite: false);
    }

    /// <summary>Checks that <paramref name="file"/> is a sound MEIC LiteDB database this build can read, opening it read-only.</summary>
    public static void ValidateBackup(string file)
    {
        if (!File.Exists(file)) throw Meic.Core.Hosting.Worded.Input("store.backup.missing", file);
        // A copy is opened, not the file itself: LiteDB may write a header even when asked to read.
        var copy = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"meic-validate-{Guid.NewGuid():N}.litedb");
        try
        {
            File.Copy(file, copy);
            using var db = new LiteDatabase(new ConnectionString { Filename = copy, Connection = ConnectionType.Direct, ReadOnly = true });
            var format = db.GetCollection(Meta).FindById("format");
            if (format is null) throw Meic.Core.Hosting.Worded.Input("store.backup.notMeic", file);
            if (format["v"].AsInt32 > Format) throw Meic.Core.Hosting.Worded.Input("store.backup.newer", file, format["v"].AsInt32, Format);
            var problems = IntegrityCheck.Run(db);
            if (problems.Count > 0) throw Meic.Core.Hosting.Worded.Input("store.backup.damaged", file, problems[0]);
        }
        catch (Exception e) when (e is not MeicException)
        {
            // Deliberately broad: LiteDB reads a header that is not its own into whatever the bytes make it throw.
            throw Meic.Core.Hosting.Worded.Input(e, "store.backup.unreadable", file);
        }
        finally
        {
            foreach (var f in FilesOf(copy)) if (File.Exists(f)) File.Delete(f);
        }
    }

    /// <inheritdoc />
    public void ValidateBackupFile(string file) => ValidateBackup(file);

    /// <summary>Replaces the whole content of this store with the backup in <paramref name="source"/>, in one step (a rename), under the cluster lock.</summary>
    public void RestoreFrom(string source)
    {
        if (_depth > 0) throw new InvalidOperationException("a restore cannot run inside a transaction.");
        using var held = ClusterLock.Take(Path, BusyTimeoutMs, Strings);
        var temp = Path + ".restoring";
        File.Copy(source, temp, overwrite: true);
        // A log left by a killed process belongs to the content being replaced.
        var log = LogFileOf(Path);
        if (File.Exists(log)) File.Delete(log);
        File.Move(temp, Path, overwrite: true);
        _declaredInFile.Clear();
    }
}
