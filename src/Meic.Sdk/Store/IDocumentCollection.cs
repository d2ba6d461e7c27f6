using Meic.Sdk.Model;

namespace Meic.Sdk.Store;

/// <summary>A typed collection of JSON documents.</summary>
/// <typeparam name="T">The record type.</typeparam>
public interface IDocumentCollection<T> where T : Document
{
    /// <summary>The collection's name.</summary>
    string Name { get; }

    /// <summary>The document with <paramref name="id"/>, or null.</summary>
    T? Get(string id);

    /// <summary>Every document, ordered by id.</summary>
    IReadOnlyList<T> All();

    /// <summary>Documents matching every filter (JSON field equals value), ordered by id.</summary>
    IReadOnlyList<T> Find(params (string Field, object? Value)[] filters);

    /// <summary>How many documents the collection holds.</summary>
    long Count();

    /// <summary>Stores a new document. An empty id is replaced by a new one; its version becomes 1.</summary>
    /// <exception cref="Errors.ConflictException">A document with that id exists.</exception>
    T Insert(T document);

    /// <summary>Replaces a document if its version is still the stored one; the version then increases by one.</summary>
    /// <exception cref="Errors.ConflictException">Someone changed or removed the document since it was read.</exception>
    T Update(T document);

    /// <summary>Removes a document if its version is still the stored one.</summary>
    /// <exception cref="Errors.ConflictException">Someone changed the document since it was read.</exception>
    void Delete(T document);

    /// <summary>Full-text search over the collection's searchable fields (FTS5 syntax on SQLite).</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 50);
}

/// <summary>One full-text search result.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Field">The field that matched.</param>
/// <param name="Snippet">The matching text with the hit marked by [ and ].</param>
public sealed record SearchHit(string Id, string Field, string Snippet);
