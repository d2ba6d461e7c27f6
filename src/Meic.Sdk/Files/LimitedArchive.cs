using System.IO.Compression;
using System.Xml.Linq;
using Meic.Sdk.Errors;

namespace Meic.Sdk.Files;

/// <summary>
/// A zip archive (.xlsx, .docx, .qdpx) opened with limits: the file size, the number of entries, each entry's
/// declared size and compression ratio are checked when it is opened, and the bytes actually inflated are counted
/// while an entry is read, so an archive that lies in its headers is stopped too. Every refusal is an
/// <see cref="InputException"/> (exit 2) naming the file, the part and the limit.
/// </summary>
public sealed class LimitedArchive : IDisposable
{
    private readonly ZipArchive _zip;
    private long _inflated;

    private LimitedArchive(ZipArchive zip, string path, FileLimits limits)
    {
        _zip = zip; Path = path; Limits = limits;
    }

    /// <summary>The archive's file, as given.</summary>
    public string Path { get; }

    /// <summary>The limits it is read with.</summary>
    public FileLimits Limits { get; }

    /// <summary>The entries, checked.</summary>
    public IReadOnlyList<ZipArchiveEntry> Entries => _zip.Entries;

    /// <summary>Opens <paramref name="path"/> and checks its headers against <paramref name="limits"/> (<see cref="FileLimits.Current"/> when null).</summary>
    /// <exception cref="InputException">The file is missing, not a zip archive, or over a limit.</exception>
    public static LimitedArchive Open(string path, FileLimits? limits = null)
    {
        limits ??= FileLimits.Current;
        var info = new FileInfo(path);
        if (!info.Exists) throw new InputException(LimitText.Get("limits.notFound"), path);
        if (info.Length > limits.MaxFileBytes) throw new InputException(LimitText.Get("limits.fileBytes", info.Length, limits.MaxFileBytes), path);
        ZipArchive zip;
        try { zip = ZipFile.OpenRead(path); }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new InputException(LimitText.Get("limits.notZip", System.IO.Path.GetExtension(path), e.Message), path, e);
        }
        try
        {
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries) throw new InputException(LimitText.Get("limits.entries", entries.Count, limits.MaxEntries), path);
            long declared = 0;
            foreach (var entry in entries)
            {
                var where = $"{path}!{entry.FullName}";
                if (entry.Length > limits.MaxEntryBytes) throw new InputException(LimitText.Get("limits.entryBytes", entry.Length, limits.MaxEntryBytes), where);
                CheckRatio(entry.Length, entry.CompressedLength, limits, where);
                declared += entry.Length;
                if (declared > limits.MaxTotalBytes) throw new InputException(LimitText.Get("limits.totalBytes", limits.MaxTotalBytes), path);
            }
        }
        catch
        {
            zip.Dispose();
            throw;
        }
        return new LimitedArchive(zip, path, limits);
    }

    /// <summary>
    /// Checks the whole archive before another library (the Open XML SDK) reads it: its headers, every entry
    /// inflated and counted, and every XML part read with <see cref="SafeXml"/> (no DTD, bounded depth and text).
    /// </summary>
    /// <exception cref="InputException">Any limit is passed, or an XML part is malformed; the message names the part.</exception>
    public static void Check(string path, FileLimits? limits = null)
    {
        using var archive = Open(path, limits);
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith('/')) continue; // a folder
            using var stream = archive.OpenEntry(entry);
            if (IsXml(entry.FullName)) SafeXml.Scan(stream, $"{path}!{entry.FullName}", archive.Limits);
            else stream.CopyTo(Stream.Null);
        }
    }

    /// <summary>The entry named <paramref name="name"/> (case-insensitive, either slash), or null.</summary>
    public ZipArchiveEntry? Find(string name)
    {
        var wanted = name.Replace('\\', '/');
        return _zip.Entries.FirstOrDefault(e => e.FullName.Replace('\\', '/').Equals(wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The entry's bytes, inflated under the limits: reading past the declared size or a limit throws <see cref="InputException"/>.</summary>
    public Stream OpenEntry(ZipArchiveEntry entry)
    {
        Stream inner;
        try { inner = entry.Open(); }
        catch (InvalidDataException e) { throw new InputException(LimitText.Get("limits.corrupt", e.Message), $"{Path}!{entry.FullName}", e); }
        return new CountingStream(inner, this, entry);
    }

    /// <summary>Reads an XML entry with <see cref="SafeXml"/>: no DTD or entities, bounded depth and text.</summary>
    public XDocument LoadXml(ZipArchiveEntry entry)
    {
        using var stream = OpenEntry(entry);
        return SafeXml.Load(stream, $"{Path}!{entry.FullName}", Limits);
    }

    /// <summary>Reads a text entry (UTF-8, BOM dropped) under the limits.</summary>
    public string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(OpenEntry(entry));
        return reader.ReadToEnd();
    }

    /// <inheritdoc />
    public void Dispose() => _zip.Dispose();

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".qde", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".qdc", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    private static void CheckRatio(long inflated, long compressed, FileLimits limits, string where)
    {
        if (inflated <= FileLimits.RatioFloorBytes) return;
        var ratio = inflated / Math.Max(1, compressed);
        if (ratio > limits.MaxCompressionRatio) throw new InputException(LimitText.Get("limits.ratio", ratio, limits.MaxCompressionRatio), where);
    }

    // Counts what is actually inflated: headers can lie, the deflate stream cannot.
    private sealed class CountingStream(Stream inner, LimitedArchive archive, ZipArchiveEntry entry) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count) => Count(ReadInner(buffer.AsSpan(offset, count)));
        public override int Read(Span<byte> buffer) => Count(ReadInner(buffer));

        private int ReadInner(Span<byte> buffer)
        {
            try { return inner.Read(buffer); }
            catch (InvalidDataException e) { throw new InputException(LimitText.Get("limits.corrupt", e.Message), Where, e); }
        }

        private string Where => $"{archive.Path}!{entry.FullName}";

        private int Count(int n)
        {
            _read += n;
            archive._inflated += n;
            var limits = archive.Limits;
            if (_read > entry.Length) throw new InputException(LimitText.Get("limits.lying", entry.Length), Where);
            if (_read > limits.MaxEntryBytes) throw new InputException(LimitText.Get("limits.entryBytes", _read, limits.MaxEntryBytes), Where);
            if (archive._inflated > limits.MaxTotalBytes) throw new InputException(LimitText.Get("limits.totalBytes", limits.MaxTotalBytes), archive.Path);
            CheckRatio(_read, entry.CompressedLength, limits, Where);
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => entry.Length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
