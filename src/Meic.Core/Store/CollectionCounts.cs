using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Meic.Core.Store;

/// <summary>
/// How many documents each collection holds, in ordinal order of the collection's name. A small
/// dictionary of our own rather than a SortedDictionary: `meic status` reads it on every start, and the
/// runtime's sorted collections over a value type are compiled at run time.
/// </summary>
public sealed class CollectionCounts : IReadOnlyDictionary<string, long>
{
    private string[] _names = new string[16];
    private long[] _counts = new long[16];

    /// <inheritdoc />
    public int Count { get; private set; }

    /// <summary>Sets the count of <paramref name="collection"/>, keeping the names in order.</summary>
    public void Set(string collection, long count)
    {
        var i = IndexOf(collection);
        if (i >= 0) { _counts[i] = count; return; }
        i = ~i;
        if (Count == _names.Length)
        {
            Array.Resize(ref _names, Count * 2);
            Array.Resize(ref _counts, Count * 2);
        }
        Array.Copy(_names, i, _names, i + 1, Count - i);
        Array.Copy(_counts, i, _counts, i + 1, Count - i);
        _names[i] = collection;
        _counts[i] = count;
        Count++;
    }

    // Binary search; the complement of the insertion point when absent.
    private int IndexOf(string collection)
    {
        int lo = 0, hi = Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(_names[mid], collection);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }

    /// <inheritdoc />
    public long this[string key] => TryGetValue(key, out var n) ? n : throw new KeyNotFoundException($"no collection '{key}'.");

    /// <inheritdoc />
    public IEnumerable<string> Keys
    {
        get { for (var i = 0; i < Count; i++) yield return _names[i]; }
    }

    /// <inheritdoc />
    public IEnumerable<long> Values
    {
        get { for (var i = 0; i < Count; i++) yield return _counts[i]; }
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out long value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _counts[i] : 0;
        return i >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, long>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return new KeyValuePair<string, long>(_names[i], _counts[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
