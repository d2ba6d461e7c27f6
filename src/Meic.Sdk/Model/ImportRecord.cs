namespace Meic.Sdk.Model;

/// <summary>
/// One import, kept in the store beside what it wrote (in the same transaction): what was read, and every
/// document it created or changed with the version it left, so <c>meic import undo</c> can reverse it from the journal.
/// </summary>
public sealed class ImportRecord : Document
{
    /// <summary>The collection imports are kept in.</summary>
    public const string CollectionName = "imports";

    /// <summary>The plugin (or "host") that imported.</summary>
    public string Owner { get; set; } = "";

    /// <summary>What was imported ("actors", "ties", "services", …).</summary>
    public string What { get; set; } = "";

    /// <summary>The file's name, without folders.</summary>
    public string File { get; set; } = "";

    /// <summary>The encoding or format the table reader chose.</summary>
    public string? Encoding { get; set; }

    /// <summary>When the import began (every change it made is at or after this).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who imported.</summary>
    public string User { get; set; } = "";

    /// <summary>Documents created.</summary>
    public int Created { get; set; }

    /// <summary>Documents updated.</summary>
    public int Updated { get; set; }

    /// <summary>Every document written, in order.</summary>
    public List<ImportChange> Changes { get; set; } = new();

    /// <summary>When the import was undone; null while it stands.</summary>
    public DateTimeOffset? UndoneAt { get; set; }

    /// <summary>A new record for an import of <paramref name="what"/> from <paramref name="file"/> starting now; add <see cref="Changes"/> as documents are written.</summary>
    public static ImportRecord Begin(string owner, string what, string file, string? encoding, DateTimeOffset at, string user) => new()
    {
        Id = "import-" + at.UtcDateTime.ToString("yyyyMMdd-HHmmss-fff", System.Globalization.CultureInfo.InvariantCulture),
        Owner = owner, What = what, File = Path.GetFileName(file), Encoding = encoding, At = at, User = user,
    };

    /// <summary>Notes that <paramref name="document"/> of <paramref name="collection"/> was just inserted (or updated) and now has its current version.</summary>
    public void Wrote(string collection, Document document, bool created)
    {
        Changes.Add(new ImportChange { Collection = collection, Id = document.Id, Created = created, Version = document.Version });
        if (created) Created++; else Updated++;
    }
}

/// <summary>One document an import wrote.</summary>
public sealed class ImportChange
{
    /// <summary>Its collection.</summary>
    public string Collection { get; set; } = "";

    /// <summary>Its id.</summary>
    public string Id { get; set; } = "";

    /// <summary>True when the import created it, false when it updated it.</summary>
    public bool Created { get; set; }

    /// <summary>The version the import left; undo refuses a document changed since.</summary>
    public long Version { get; set; }
}
