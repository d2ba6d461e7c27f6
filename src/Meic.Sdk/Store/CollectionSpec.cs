namespace Meic.Sdk.Store;

/// <summary>Declares a collection: its name, the fields queries filter on, and the fields full-text search covers.</summary>
public sealed class CollectionSpec
{
    /// <summary>Creates a spec for collection <paramref name="name"/>.</summary>
    public CollectionSpec(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-'))
            throw new ArgumentException($"'{name}' is not a valid collection name (letters, digits, _ . - only).", nameof(name));
        Name = name;
    }

    /// <summary>The collection's name.</summary>
    public string Name { get; }

    /// <summary>JSON property names (camelCase, dotted for nested) to index for equality queries.</summary>
    public List<string> Indexes { get; } = new();

    /// <summary>JSON property names whose text goes into the full-text index.</summary>
    public List<string> FullText { get; } = new();

    /// <summary>
    /// JSON paths (Newtonsoft JSONPath, e.g. <c>contacts[*].email</c>, <c>participants[*].consent</c>) whose values are
    /// personal data the store encrypts at rest (AES-GCM, key outside the database). They cannot be filtered on or searched.
    /// </summary>
    public List<string> SensitiveFields { get; } = new();

    /// <summary>Marks the values at <paramref name="path"/> as sensitive: encrypted at rest, never indexed.</summary>
    public CollectionSpec Sensitive(string path) { SensitiveFields.Add(path); return this; }

    /// <summary>Adds an index on <paramref name="field"/>.</summary>
    public CollectionSpec Index(string field) { Indexes.Add(field); return this; }

    /// <summary>Adds <paramref name="field"/> to full-text search.</summary>
    public CollectionSpec Searchable(string field) { FullText.Add(field); return this; }
}
