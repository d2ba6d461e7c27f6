using LiteDB;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Store.LiteDb;

/// <summary>
/// The document store on one LiteDB file (LiteDB 5, direct mode), behind the same contract as the SQLite and
/// PostgreSQL stores. What LiteDB lacks the store adds: a cross-process lock around every session (so two
/// processes never have the file open together, LiteDB issue #2163), optimistic versions, nested scopes, the
/// journal and an inverted index of folded words for full-text search, all written in LiteDB's transaction.
/// </summary>
/// <remarks>
/// Layout: per MEIC collection a LiteDB collection "d_NAME" of <c>{_id, v: version, b: JSON body, x: {declared index values}}</c>
/// and, for searchable fields, "t_NAME" of <c>{_id: "doc\u001ffield", d, f, t: text, w: [folded words]}</c> with a multi-key
/// index on <c>w[*]</c>; "journal" holds up to 64 entries per document; "schema" the owners' versions; "meta" the format.
/// </remarks>
public sealed partial class LiteDbDocumentStore : IDocumentStore, IStoreDump, IFileStore, ILocalizedStore
{
    /// <summary>The store format this build reads and writes (meta "format").</summary>
    public const int Format = 1;

    internal const string Meta = "meta";
    internal const string SchemaCollection = "schema";
    internal const string JournalCollection = "journal";
    internal const int JournalBatch = 64;

    private readonly Dictionary<string, CollectionSpec> _specs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declaredInFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _indexFields = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> _pending = new();
    private readonly List<BsonDocument> _journalQueue = new();
    // LiteDB lists a collection created inside a transaction only once it commits: the store remembers its own.
    private readonly HashSet<string> _sessionCollections = new(StringComparer.OrdinalIgnoreCase);
    private LiteDatabase? _db;
    private ClusterLock? _lock;
    private int _depth;
    private bool _rollbackOnly;
    private long _nextSequence;
    private long _unsavedEntries;
    private long _unsavedLast;
    private long _transactionStartTicks;

    private LiteDbDocumentStore(string path, int busyTimeoutMs)
    {
        Path = path;
        BusyTimeoutMs = busyTimeoutMs;
        Journal = new LiteDbJournal(this);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>How long a session waits for another process's, in milliseconds.</summary>
    public int BusyTimeoutMs { get; }

    /// <inheritdoc />
    public StoreInfo Info => new("litedb", Path);

    /// <inheritdoc />
    public IJournal Journal { get; }

    /// <inheritdoc />
    public string User { get; set; } = Environment.UserName;

    /// <inheritdoc />
    public ILocalizer? Strings { get; set; }

    /// <inheritdoc />
    public event Action<IReadOnlyList<JournalEntry>>? Committed;

    /// <summary>LiteDB's write-ahead log beside <paramref name="path"/> ("cluster-log.litedb" for "cluster.litedb").</summary>
    public static string LogFileOf(string path) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? "", System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));

    /// <summary>Every file the store at <paramref name="path"/> may keep: the database, LiteDB's log, the lock file.</summary>
    public static IReadOnlyList<string> FilesOf(string path) => [path, LogFileOf(path), ClusterLock.PathOf(path)];

    /// <summary>Opens an existing store, or creates it when <paramref name="create"/> is set.</summary>
    /// <exception cref="InputException">The file is missing, read-only, not a MEIC LiteDB database, or from a newer toolkit.</exception>
    public static LiteDbDocumentStore Open(string path, bool create = false, int busyTimeoutMs = 5000, ILocalizer? strings = null)
    {
        path = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(path);
        if (!exists && !create)
            throw Meic.Core.Hosting.Worded.Input("store.missingFile", path);
        if (exists && IsReadOnly(path))
            throw Meic.Core.Hosting.Worded.Input("store.readOnly", path);
        // The file itself is first opened by the first session, so that a busy cluster is reported in the
        // language the host sets after opening (Strings), and opening costs nothing until the store is used.
        return new LiteDbDocumentStore(path, busyTimeoutMs) { Strings = strings, _create = create && !exists };
    }

    private bool _create;
    private bool _formatChecked;

    /// <summary>Checks the store format once (creating it in a new file), at the first session.</summary>
    private void CheckFormat(LiteDatabase db)
    {
        if (_formatChecked) return;
        var format = db.GetCollection(Meta).FindById("format");
        if (format is null)
        {
            if (!_create || db.GetCollectionNames().Any())
                throw Meic.Core.Hosting.Worded.Input("store.notMeic", Path);
            db.GetCollection(Meta).Insert(new BsonDocument { ["_id"] = "format", ["v"] = Format });
            db.GetCollection(JournalCollection).EnsureIndex("l", "$.l");
        }
        else if (format["v"].AsInt32 > Format)
            throw Meic.Core.Hosting.Worded.Input("store.newer", Path, format["v"].AsInt32, Format);
        _formatChecked = true;
    }

    private static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows()) return new FileInfo(path).IsReadOnly;
        // From the mode bits on purpose: as root the kernel would let us write anyway.
        var mode = File.GetUnixFileMode(path);
        return (mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
    }

    internal static ConnectionString Connection(string path) => new()
    {
        Filename = path,
        // Direct: the file is opened by this process alone, which the cluster lock guarantees.
        Connection = ConnectionType.Direct,
        // Ids and collection names compare by code point, as in the other stores.
        Collation = new Collation("en-US/Ordinal"),
    };

    /// <summary>
    /// Runs <paramref name="work"/> in the open session (inside a transaction), or in a session of its own:
    /// take the cluster lock, open the file, work, close the file, release the lock. No LiteDB file stays open
    /// between sessions, so no page cached by this process can be stale when another process has written.
    /// </summary>
    internal T Session<T>(Func<LiteDatabase, T> work)
    {
        if (_db is not null) return Guard(() => work(_db));
        OpenSession();
        try { return Guard(() => work(_db!)); }
        finally { CloseSession(); }
    }

    private void OpenSession()
    {
        _lock = ClusterLock.Take(Path, BusyTimeoutMs, Strings);
        try
        {
            try { _db = Guard(() => new LiteDatabase(Connection(Path))); }
            catch (Exception e) when (e is not MeicException)
            {
                // Deliberately broad: LiteDB reads a header that is not its own into whatever the bytes make it throw.
                throw Meic.Core.Hosting.Worded.Input(e, "store.notMeic", Path);
            }
            _indexFields.Clear();
            _sessionCollections.Clear();
            _nextSequence = 0;
            _unsavedEntries = 0;
            CheckFormat(_db);
            ApplyDeclarations();
        }
        catch
        {
            CloseSession();
            throw;
        }
    }

    private void CloseSession()
    {
        try { _db?.Dispose(); }
        finally
        {
            _db = null;
            _lock?.Dispose();
            _lock = null;
        }
    }

    private T Guard<T>(Func<T> work)
    {
        try { return work(); }
        catch (LiteException e) when (e.ErrorCode is LiteException.INVALID_DATABASE or LiteException.FILE_NOT_FOUND)
        {
            throw Meic.Core.Hosting.Worded.Input(e, "store.notMeic", Path);
        }
        catch (LiteException e) when (e.ErrorCode is LiteException.LOCK_TIMEOUT)
        {
            throw new MeicException((Strings ?? HostStrings.English)["store.litedb.busy", Path, BusyTimeoutMs], 1, e);
        }
    }

    /// <inheritdoc />
    public void Declare(CollectionSpec spec)
    {
        _ = new CollectionSpec(spec.Name);
        _specs[spec.Name] = _specs.TryGetValue(spec.Name, out var known) ? CollectionSpecs.Merge(known, spec) : spec;
        _declaredInFile.Remove(spec.Name);
        // Indexes are made (and filled for documents already there) at the next session, with the others declared by then.
        if (_db is not null) ApplyDeclarations();
    }

    internal CollectionSpec? SpecOf(string collection) => _specs.GetValueOrDefault(collection);

    private void ApplyDeclarations()
    {
        foreach (var spec in _specs.Values)
        {
            if (_declaredInFile.Contains(spec.Name)) continue;
            if (spec.Indexes.Count > 0) EnsureIndexes(spec.Name, spec.Indexes);
            if (spec.FullText.Count > 0)
            {
                var text = _db!.GetCollection(CollectionNames.Text(spec.Name));
                text.EnsureIndex("w", "$.w[*]");
                text.EnsureIndex("d", "$.d");
            }
            _declaredInFile.Add(spec.Name);
        }
    }

    /// <summary>
    /// Records the collection's indexed fields in the file and indexes their values. Each document keeps the values of
    /// every field recorded for its collection (in "x"), so documents written by a process that did not declare the
    /// index are still found through it.
    /// </summary>
    private void EnsureIndexes(string collection, IReadOnlyList<string> fields)
    {
        var meta = _db!.GetCollection(Meta);
        var recorded = IndexFields(collection);
        var missing = fields.Where(f => !recorded.Contains(f)).ToList();
        if (missing.Count > 0)
        {
            var all = recorded.Concat(missing).ToArray();
            var inTransaction = _depth > 0;
            if (!inTransaction) _db.BeginTrans();
            try
            {
                meta.Upsert(new BsonDocument { ["_id"] = "ix:" + collection, ["f"] = new BsonArray(all.Select(f => new BsonValue(f))) });
                _indexFields[collection] = all;
                var docs = _db.GetCollection(CollectionNames.Documents(collection));
                foreach (var doc in docs.FindAll().ToList())
                {
                    doc["x"] = IndexValues.Of(all, doc["b"].AsString);
                    docs.Update(doc);
                }
                if (!inTransaction) _db.Commit();
            }
            catch
            {
                if (!inTransaction) _db.Rollback();
                _indexFields.Remove(collection);
                throw;
            }
        }
        var liteDocs = _db.GetCollection(CollectionNames.Documents(collection));
        foreach (var field in IndexFields(collection)) liteDocs.EnsureIndex(IndexValues.IndexName(field), "$.x." + IndexValues.Key(field));
    }

    /// <summary>The indexed fields recorded in the file for <paramref name="collection"/> (read once per session).</summary>
    internal string[] IndexFields(string collection)
    {
        if (_indexFields.TryGetValue(collection, out var fields)) return fields;
        var doc = _db!.GetCollection(Meta).FindById("ix:" + collection);
        fields = doc is null ? [] : doc["f"].AsArray.Select(v => v.AsString).ToArray();
        _indexFields[collection] = fields;
        return fields;
    }

    /// <inheritdoc />
    public IDocumentCollection<T> Collection<T>(string name) where T : Document
    {
        _ = new CollectionSpec(name); // validates the name
        return new LiteDbCollection<T>(this, name);
    }

    /// <inheritdoc />
    public IStoreTransaction BeginTransaction()
    {
        if (_depth == 0)
        {
            OpenSession();
            try { Guard(() => _db!.BeginTrans()); }
            catch { CloseSession(); throw; }
            _pending.Clear();
            ForgetJournalQueue();
            _rollbackOnly = false;
            // Every change of one transaction carries the moment it began, in microseconds (what PostgreSQL keeps).
            var now = DateTime.UtcNow.Ticks;
            _transactionStartTicks = now - now % 10;
        }
        _depth++;
        return new Scope(this);
    }

    /// <inheritdoc />
    public IStoreTransaction BeginSnapshot() => BeginTransaction();

    private void End(bool commit)
    {
        if (_depth == 0) return;
        if (!commit) _rollbackOnly = true;
        _depth--;
        if (_depth > 0) return;
        try
        {
            if (_rollbackOnly)
            {
                ForgetJournalQueue();
                _pending.Clear();
                _db!.Rollback();
                _declaredInFile.Clear(); // indexes made inside the abandoned transaction are gone with it
                return;
            }
            try
            {
                FlushJournal();
                Guard(() => _db!.Commit());
            }
            catch
            {
                // Whatever failed, nothing of the transaction may stay for the next one.
                ForgetJournalQueue();
                _pending.Clear();
                _declaredInFile.Clear();
                try { _db!.Rollback(); } catch (LiteException) { /* the file is closed below either way */ }
                throw;
            }
        }
        finally { CloseSession(); }
        var changes = _pending.ToArray();
        _pending.Clear();
        if (changes.Length > 0) Committed?.Invoke(changes);
    }

    private sealed class Scope(LiteDbDocumentStore store) : IStoreTransaction
    {
        private bool _done;
        public void Commit() { if (_done) return; _done = true; store.End(commit: true); }
        public void Dispose() { if (_done) return; _done = true; store.End(commit: false); }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction: the current one, or a new one committed at the end.</summary>
    internal T Write<T>(Func<LiteDatabase, T> work)
    {
        using var scope = BeginTransaction();
        var result = Guard(() => work(_db!));
        scope.Commit();
        return result;
    }

    /// <summary>A LiteDB collection this session writes to (remembered, so that it is listed before its transaction commits).</summary>
    internal ILiteCollection<BsonDocument> Writable(LiteDatabase db, string liteName)
    {
        _sessionCollections.Add(liteName);
        return db.GetCollection(liteName);
    }

    /// <summary>Every LiteDB collection of the file, with those made by the transaction in progress.</summary>
    internal IEnumerable<string> LiteCollections(LiteDatabase db) =>
        db.GetCollectionNames().Union(_sessionCollections, StringComparer.OrdinalIgnoreCase).ToList();

    internal LiteDatabase Database => _db ?? throw new InvalidOperationException("no LiteDB session is open.");

    /// <summary>Queues a journal entry; entries reach the file 64 to a document, before the commit.</summary>
    internal void AppendJournal(string collection, string id, ChangeKind kind, string? before, string? after)
    {
        if (_nextSequence == 0)
        {
            var state = _db!.GetCollection(Meta).FindById("journal");
            _nextSequence = (state?["seq"].AsInt64 ?? 0) + 1;
        }
        var seq = _nextSequence++;
        var entry = new BsonDocument
        {
            ["s"] = seq, ["at"] = _transactionStartTicks, ["u"] = User, ["c"] = collection, ["d"] = id, ["k"] = KindCode(kind),
        };
        if (before is not null) entry["b"] = before;
        // An insert is journaled without its body, as in the SQLite store: the body is the next change's "before",
        // else the live document (LiteDbJournal.Read puts it back). A bulk import writes each body once, not twice.
        if (after is not null && kind != ChangeKind.Insert) entry["a"] = after;
        _journalQueue.Add(entry);
        if (Committed is not null)
            _pending.Add(new JournalEntry(seq, new DateTimeOffset(_transactionStartTicks, TimeSpan.Zero), User, collection, id, kind, before, after));
        if (_journalQueue.Count >= JournalBatch) WriteJournalBatch();
    }

    /// <summary>Writes the queued entries and the journal's count and last sequence. Every path that reads the journal calls this first.</summary>
    internal void FlushJournal()
    {
        WriteJournalBatch();
        if (_unsavedEntries == 0) return;
        var meta = _db!.GetCollection(Meta);
        var state = meta.FindById("journal");
        var count = (state?["n"].AsInt64 ?? 0) + _unsavedEntries;
        meta.Upsert(new BsonDocument { ["_id"] = "journal", ["seq"] = Math.Max(_unsavedLast, state?["seq"].AsInt64 ?? 0), ["n"] = count });
        _unsavedEntries = 0;
    }

    // The count and last sequence are written once per transaction (or before a read), not once per batch:
    // a bulk import of 100,000 documents would otherwise rewrite that one state document 1,563 times.
    private void WriteJournalBatch()
    {
        if (_journalQueue.Count == 0) return;
        var first = _journalQueue[0]["s"].AsInt64;
        var last = _journalQueue[^1]["s"].AsInt64;
        _db!.GetCollection(JournalCollection).Insert(new BsonDocument { ["_id"] = first, ["l"] = last, ["e"] = new BsonArray(_journalQueue) });
        _unsavedEntries += _journalQueue.Count;
        _unsavedLast = last;
        _journalQueue.Clear();
    }

    private void ForgetJournalQueue()
    {
        _journalQueue.Clear();
        _unsavedEntries = 0;
    }

    internal static string KindCode(ChangeKind kind) => kind switch { ChangeKind.Insert => "insert", ChangeKind.Update => "update", _ => "delete" };

    internal static ChangeKind KindOf(string code) => code switch { "insert" => ChangeKind.Insert, "update" => ChangeKind.Update, _ => ChangeKind.Delete };

    /// <inheritdoc />
    public IReadOnlyList<int> Migrate(string owner, IReadOnlyList<Migration> migrations)
    {
        var ran = new List<int>();
        if (!migrations.Any(m => m.Version > SchemaVersion(owner))) return ran;
        using var tx = BeginTransaction();
        var current = SchemaVersion(owner); // re-read under the lock: another process may have migrated
        foreach (var m in migrations.OrderBy(m => m.Version).Where(m => m.Version > current))
        {
            m.Apply(this);
            _db!.GetCollection(SchemaCollection).Upsert(new BsonDocument
            {
                ["_id"] = owner, ["v"] = m.Version, ["d"] = m.Description, ["t"] = DateTime.UtcNow.Ticks,
            });
            ran.Add(m.Version);
        }
        tx.Commit();
        return ran;
    }

    /// <inheritdoc />
    public int SchemaVersion(string owner) =>
        Session(db => db.GetCollection(SchemaCollection).FindById(owner) is { } doc ? doc["v"].AsInt32 : 0);

    /// <inheritdoc />
    public IReadOnlyDictionary<string, long> Counts() => Session(db =>
    {
        var counts = new CollectionCounts();
        foreach (var lite in LiteCollections(db))
        {
            if (CollectionNames.Decode(lite, CollectionNames.DocumentsPrefix) is not { } name) continue;
            var n = db.GetCollection(lite).LongCount();
            if (n > 0) counts.Set(name, n);
        }
        return (IReadOnlyDictionary<string, long>)counts;
    });

    /// <inheritdoc />
    public void Dispose()
    {
        while (_depth > 0) End(commit: false);
        CloseSession();
    }
}
