using Meic.FocusGroups.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

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
    public const string Coders = "fg-coders";
    public const string Passes = "fg-passes";

    public static IEnumerable<CollectionSpec> Specs()
    {
        yield return new CollectionSpec(Sessions).Index("kind").Index("date").Sensitive("participants[*].consent").Sensitive("facilitator");
        yield return new CollectionSpec(Codes).Index("parentId").Index("name").Index("guid");
        yield return new CollectionSpec(Codings).Index("sessionId").Index("turnId").Index("codeId").Index("coder").Index("transcriptId");
        yield return new CollectionSpec(Transcripts).Index("sessionId");
        yield return new CollectionSpec(Turns).Index("sessionId").Index("transcriptId").Index("participantId").Searchable("text");
        yield return new CollectionSpec(Memos).Index("targetId").Index("sessionId");
        yield return new CollectionSpec(Coders).Index("name");
        yield return new CollectionSpec(Passes).Index("transcriptId").Index("coder");
        // The only place real names live: encrypted at rest, like every sensitive field.
        yield return new CollectionSpec(Keys).Index("sessionId").Sensitive("entries[*].name").Sensitive("redactions[*]");
    }
}

/// <summary>Typed access to the plugin's collections over one store.</summary>
public sealed class FocusStore(IDocumentStore store, Strings? strings = null)
{
    private static readonly Strings English = Strings.Load(typeof(FocusGroupsPlugin).Assembly, "Meic.FocusGroups.strings", "en");

    public IDocumentStore Store { get; } = store;
    /// <summary>The plugin's strings in the user's language, for the refusals of what reads through this store.</summary>
    public Strings S { get; } = strings ?? English;
    public IDocumentCollection<FgSession> Sessions => Store.Collection<FgSession>(Collections.Sessions);
    public IDocumentCollection<Code> Codes => Store.Collection<Code>(Collections.Codes);
    public IDocumentCollection<Coding> Codings => Store.Collection<Coding>(Collections.Codings);
    public IDocumentCollection<Transcript> Transcripts => Store.Collection<Transcript>(Collections.Transcripts);
    public IDocumentCollection<Turn> Turns => Store.Collection<Turn>(Collections.Turns);
    public IDocumentCollection<Memo> Memos => Store.Collection<Memo>(Collections.Memos);
    public IDocumentCollection<PseudonymKey> Keys => Store.Collection<PseudonymKey>(Collections.Keys);
    public IDocumentCollection<Coder> Coders => Store.Collection<Coder>(Collections.Coders);
    public IDocumentCollection<CodingPass> Passes => Store.Collection<CodingPass>(Collections.Passes);
    public IDocumentCollection<ActorRef> Actors => Store.Collection<ActorRef>("actors");

    public FgSession Session(string id) =>
        Sessions.Get(id) ?? throw new Meic.Sdk.Errors.InputException(S["refuse.noSession", id], "--session");

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
        if (match.Count > 1) throw new Meic.Sdk.Errors.InputException(S["refuse.codeAmbiguous", idOrName, match.Count, string.Join(", ", match.Select(c => $"{c.Name} ({c.Id})"))], "--code");
        var near = Meic.Sdk.Text.Names.Nearest(idOrName, all.Select(c => c.Id));
        throw new Meic.Sdk.Errors.InputException(S["refuse.noCodeNear", idOrName, near is null ? "" : S["refuse.didYouMean", near]], "--code");
    }

    public IReadOnlyList<Turn> TurnsOf(string transcriptId) =>
        Turns.Find(("transcriptId", transcriptId)).OrderBy(t => t.Index).ToList();

    public IReadOnlyList<Transcript> TranscriptsOf(string sessionId) =>
        Transcripts.Find(("sessionId", sessionId)).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
}
