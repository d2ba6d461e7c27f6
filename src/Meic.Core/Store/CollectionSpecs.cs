using Meic.Sdk.Store;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Store;

/// <summary>What every store does with declared collections, whatever the database.</summary>
public static class CollectionSpecs
{
    /// <summary>One spec with the indexes, searchable and sensitive fields of both (a collection may be declared more than once).</summary>
    public static CollectionSpec Merge(CollectionSpec a, CollectionSpec b)
    {
        var merged = new CollectionSpec(a.Name);
        foreach (var i in a.Indexes.Union(b.Indexes)) merged.Index(i);
        foreach (var f in a.FullText.Union(b.FullText)) merged.Searchable(f);
        foreach (var f in a.SensitiveFields.Union(b.SensitiveFields)) merged.Sensitive(f);
        return merged;
    }

    /// <summary>The non-empty text of each searchable field of a document body, for the full-text index.</summary>
    public static IEnumerable<(string Field, string Text)> SearchableText(CollectionSpec? spec, string body)
    {
        if (spec is null || spec.FullText.Count == 0) yield break;
        var json = JObject.Parse(body);
        foreach (var field in spec.FullText)
            // A sealed value is never indexed: its text is ciphertext, and the search index is not encrypted.
            if (json.SelectToken(field)?.ToString() is { Length: > 0 } text && !Privacy.FieldCipher.IsSealed(text)) yield return (field, text);
    }
}
