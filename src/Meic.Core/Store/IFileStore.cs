namespace Meic.Core.Store;

/// <summary>A store kept in one file on this machine (SQLite, LiteDB): backed up and restored as a file, compacted after an erasure.</summary>
public interface IFileStore
{
    /// <summary>The database file.</summary>
    string Path { get; }

    /// <summary>Copies the live database, consistently, into the new file <paramref name="destination"/>.</summary>
    void BackupTo(string destination);

    /// <summary>Checks that <paramref name="file"/> is a sound backup this store can restore (exit 2 with the reason when not).</summary>
    void ValidateBackupFile(string file);

    /// <summary>Replaces the whole content of this store with the backup in <paramref name="source"/>, in one step.</summary>
    void RestoreFrom(string source);

    /// <summary>Writes pending changes into the database file and drops freed space, so removed data leaves no bytes on disk (after an erasure).</summary>
    void Checkpoint();
}

/// <summary>A store whose own messages (a busy cluster, for one) are said in the user's language.</summary>
public interface ILocalizedStore
{
    /// <summary>The host's strings in the active language; English when null.</summary>
    Meic.Sdk.Text.ILocalizer? Strings { get; set; }
}
