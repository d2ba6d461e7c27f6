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

    /// <summary>Adds an index on <paramref name="field"/>.</summary>
    public CollectionSpec Index(string field) { Indexes.Add(field); return this; }

    /// <summary>Adds <paramref name="field"/> to full-text search.</summary>
    public CollectionSpec Searchable(string field) { FullText.Add(field); return this; }
}
