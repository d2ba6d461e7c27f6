using Meic.FocusGroups.Model;
using Meic.Sdk.Store;

namespace Meic.FocusGroups.Storage;

/// <summary>The plugin's collections (names per docs/collections.md).</summary>
public static class Collections
{
    public const string Sessions = "fg-sessions";
    public const string Codes = "fg-codes";
    public const string Codings = "fg-codings";
    public const string Transcripts = "fg-transcripts";
    public const string Turns = "fg-turns";
    public const string Memos = "fg-memos";
    public const string Keys = "fg-pseudonym-keys";

    public static IEnumerable<CollectionSpec> Specs()
    {
        yield return new CollectionSpec(Sessions).Index("kind").Index("date").Sensitive("participants[*].consent").Sensitive("facilitator");
        yield return new CollectionSpec(Codes).Index("parentId").Index("name").Index("guid");
        yield return new CollectionSpec(Codings).Index("sessionId").Index("turnId").Index("codeId").Index("coder").Index("transcriptId");
        yield return new CollectionSpec(Transcripts).Index("sessionId");
        yield return new CollectionSpec(Turns).Index("sessionId").Index("transcriptId").Index("participantId").Searchable("text");
        yield return new CollectionSpec(Memos).Index("targetId").Index("sessionId");
        // The only place real names live: encrypted at rest, like every sensitive field.
        yield return new CollectionSpec(Keys).Index("sessionId").Sensitive("entries[*].name").Sensitive("redactions[*]");
    }
}

/// <summary>Typed access to the plugin's collections over one store.</summary>
public sealed class FocusStore(IDocumentStore store)
{
    public IDocumentStore Store { get; } = store;
    public IDocumentCollection<FgSession> Sessions => Store.Collection<FgSession>(Collections.Sessions);
    public IDocumentCollection<Code> Codes => Store.Collection<Code>(Collections.Codes);
    public IDocumentCollection<Coding> Codings => Store.Collection<Coding>(Collections.Codings);
    public IDocumentCollection<Transcript> Transcripts => Store.Collection<Transcript>(Collections.Transcripts);
    public IDocumentCollection<Turn> Turns => Store.Collection<Turn>(Collections.Turns);
    public IDocumentCollection<Memo> Memos => Store.Collection<Memo>(Collections.Memos);
    public IDocumentCollection<PseudonymKey> Keys => Store.Collection<PseudonymKey>(Collections.Keys);
    public IDocumentCollection<ActorRef> Actors => Store.Collection<ActorRef>("actors");

    public FgSession Session(string id) =>
        Sessions.Get(id) ?? throw new Meic.Sdk.Errors.InputException($"no session '{id}'; see `meic focus session list`.", "--session");

    public PseudonymKey KeyOf(string sessionId) =>
        Keys.Find(("sessionId", sessionId)).FirstOrDefault() ?? new PseudonymKey { Id = $"key-{sessionId}", SessionId = sessionId };

    public void SaveKey(PseudonymKey key)
    {
        if (key.Version == 0) Keys.Insert(key); else Keys.Update(key);
    }

    /// <summary>A code by id, by name (case-insensitive) or by a name in any language.</summary>
    public Code Code(string idOrName)
    {
        var byId = Codes.Get(idOrName);
        if (byId is not null) return byId;
        var all = Codes.All();
        var match = all.Where(c => string.Equals(c.Name, idOrName, StringComparison.OrdinalIgnoreCase)
                                   || c.Names.Values.Any(n => string.Equals(n, idOrName, StringComparison.OrdinalIgnoreCase))).ToList();
        if (match.Count == 1) return match[0];
        if (match.Count > 1) throw new Meic.Sdk.Errors.InputException($"'{idOrName}' names {match.Count} codes; use the id.", "--code");
        var near = Meic.Sdk.Text.Names.Nearest(idOrName, all.Select(c => c.Id));
        throw new Meic.Sdk.Errors.InputException($"no code '{idOrName}'{(near is null ? "" : $"; did you mean '{near}'?")}", "--code");
    }

    public IReadOnlyList<Turn> TurnsOf(string transcriptId) =>
        Turns.Find(("transcriptId", transcriptId)).OrderBy(t => t.Index).ToList();

    public IReadOnlyList<Transcript> TranscriptsOf(string sessionId) =>
        Transcripts.Find(("sessionId", sessionId)).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
}
