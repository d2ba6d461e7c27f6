using Meic.Sdk.Errors;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

/// <summary>
/// One controlled vocabulary (sectors, tie kinds, a cluster's areas…): its terms with a label per language, and
/// the parsing of what people type. <see cref="TryParse"/> accepts a term's id, its label in any language and its
/// synonyms, ignoring case, accents, spaces, dashes and underscores (<c>terzo settore</c>, <c>Tercer Sector</c> and
/// <c>third-sector</c> are one term). It never guesses: a near miss is refused by <see cref="Parse"/> with a
/// did-you-mean in the user's language. Instances are immutable; <see cref="WithSynonyms"/> and
/// <see cref="WithTerms"/> return copies.
/// </summary>
public sealed class Vocabulary
{
    private const int ListedInError = 15;

    private readonly Dictionary<string, VocabularyTerm> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VocabularyTerm> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _clashes = new(StringComparer.Ordinal);

    /// <summary>Creates a vocabulary.</summary>
    /// <param name="name">Its name, in kebab case: for an enum, the enum's type name (<c>tie-kind</c> for <c>TieKind</c>).</param>
    /// <param name="title">What one of its values is called, per language, as it reads inside a sentence (<c>settore</c>, <c>tipo di legame</c>).</param>
    /// <param name="terms">The terms, in the order they are listed to people.</param>
    /// <exception cref="ArgumentException">Two terms share an id.</exception>
    public Vocabulary(string name, LocalizedText title, IEnumerable<VocabularyTerm> terms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Title = title;
        Terms = terms.ToList();
        foreach (var t in Terms)
            if (!_byId.TryAdd(t.Id, t)) throw new ArgumentException($"The vocabulary '{name}' has the id '{t.Id}' twice.", nameof(terms));
        // Ids win over labels, labels over synonyms: a synonym can never hide another term's own name.
        foreach (var t in Terms) Index(Folding.Key(t.Id), t, 0);
        foreach (var t in Terms) foreach (var label in t.Label.Values) Index(Folding.Key(label), t, 1);
        foreach (var t in Terms) foreach (var s in t.Synonyms) Index(Folding.Key(s), t, 2);
    }

    private readonly Dictionary<string, int> _rank = new(StringComparer.Ordinal);

    private void Index(string key, VocabularyTerm term, int rank)
    {
        if (key.Length == 0) return;
        if (_byKey.TryGetValue(key, out var held))
        {
            if (!ReferenceEquals(held, term) && _rank[key] == rank) _clashes.Add(key);
            return;
        }
        _byKey[key] = term;
        _rank[key] = rank;
    }

    /// <summary>The vocabulary's name (<c>sector</c>, <c>tie-kind</c>, <c>area</c>).</summary>
    public string Name { get; }

    /// <summary>What one of its values is called, per language (<c>settore</c>, <c>sector</c>, <c>sector</c>).</summary>
    public LocalizedText Title { get; }

    /// <summary>The terms, in the order they are listed.</summary>
    public IReadOnlyList<VocabularyTerm> Terms { get; }

    /// <summary>
    /// Words that name two different terms at the same rank (two labels, or two synonyms): such a word is refused
    /// rather than guessed. A well-made vocabulary has none; the toolkit's tests check its own.
    /// </summary>
    public IReadOnlyCollection<string> Ambiguous => _clashes;

    /// <summary>The term with exactly this id, or null.</summary>
    public VocabularyTerm? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The title in <paramref name="language"/>.</summary>
    public string TitleFor(string language) =>
        language == Strings.PseudoLanguage ? Strings.Mark(Title.For("en")) : Title.For(language) is { Length: > 0 } t ? t : Name;

    /// <summary>The label of the term <paramref name="id"/> in <paramref name="language"/>; the id itself when no term has it.</summary>
    public string Label(string id, string language) => _byId.TryGetValue(id, out var t) ? t.LabelFor(language) : id;

    /// <summary>Reads <paramref name="text"/> as a term: its id, a label in any language or a synonym, ignoring case and accents.</summary>
    public bool TryParse(string? text, out VocabularyTerm term)
    {
        term = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Folding.Key(text);
        if (_clashes.Contains(key)) return false;
        if (!_byKey.TryGetValue(key, out var found)) return false;
        term = found;
        return true;
    }

    /// <summary>
    /// Reads <paramref name="text"/> as a term, or refuses it with an <see cref="InputException"/> (exit 2) worded in
    /// <paramref name="language"/>: what was typed, the closest term when one is near, and the valid labels with their ids.
    /// </summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="language">The user's language, for the refusal.</param>
    /// <param name="where">The file, line or option the text came from, when known.</param>
    public VocabularyTerm Parse(string text, string language, string? where = null)
    {
        if (TryParse(text, out var term)) return term;
        throw new InputException(Refusal(text, language), where);
    }

    /// <summary>The refusal <see cref="Parse"/> throws for <paramref name="text"/>, for callers that report it themselves.</summary>
    public string Refusal(string text, string language)
    {
        var s = SdkText.For(language);
        var message = s["vocabulary.unknown", text.Trim(), TitleFor(language)];
        if (Suggest(text) is { } near) message += " " + s["vocabulary.didYouMean", Show(near, language)];
        if (Terms.Count > 0)
        {
            var listed = string.Join(", ", Terms.Take(ListedInError).Select(t => Show(t, language)));
            if (Terms.Count > ListedInError) listed += ", …";
            message += " " + s["vocabulary.valid", listed];
        }
        return message;
    }

    /// <summary>A term as a refusal shows it: the label in <paramref name="language"/> and, when it differs, the id to type.</summary>
    public string Show(VocabularyTerm term, string language)
    {
        var label = term.LabelFor(language);
        return Folding.Key(label) == Folding.Key(term.Id)
            ? SdkText.For(language)["vocabulary.term", label]
            : SdkText.For(language)["vocabulary.termWithId", label, term.Id];
    }

    /// <summary>
    /// The words a person can type, for an option's help: every term's label in <paramref name="language"/>, joined as a
    /// list (ids and synonyms are accepted too, but a reader reads labels).
    /// </summary>
    public string Choices(string language) => string.Join(", ", Terms.Select(t => t.LabelFor(language)));

    /// <summary>The term closest to <paramref name="text"/> (a typo, a word cut short), or null when none is close.</summary>
    public VocabularyTerm? Suggest(string text)
    {
        var key = Folding.Key(text);
        if (key.Length == 0) return null;
        VocabularyTerm? best = null;
        var bestDistance = int.MaxValue;
        VocabularyTerm? prefixed = null;
        var prefixes = 0;
        foreach (var (candidate, term) in _byKey)
        {
            if (key.Length >= 3 && candidate.StartsWith(key, StringComparison.Ordinal) && !ReferenceEquals(prefixed, term)) { prefixed = term; prefixes++; }
            var d = Names.Distance(key, candidate);
            if (d < bestDistance) { best = term; bestDistance = d; }
        }
        if (bestDistance <= Math.Max(1, Math.Min(3, key.Length / 3))) return best;
        return prefixes == 1 ? prefixed : null;
    }

    /// <summary>A copy in which the term <paramref name="id"/> also answers to <paramref name="synonyms"/> (a city's own words).</summary>
    /// <exception cref="ArgumentException">No term has that id.</exception>
    public Vocabulary WithSynonyms(string id, IEnumerable<string> synonyms)
    {
        if (!_byId.ContainsKey(id)) throw new ArgumentException($"The vocabulary '{Name}' has no term '{id}'.", nameof(id));
        var list = synonyms.ToList();
        return new Vocabulary(Name, Title, Terms.Select(t => t.Id == id ? t.WithSynonyms(list) : t));
    }

    /// <summary>A copy with <paramref name="more"/> terms appended (a term whose id is already present replaces it).</summary>
    public Vocabulary WithTerms(IEnumerable<VocabularyTerm> more)
    {
        var added = more.ToList();
        var ids = added.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return new Vocabulary(Name, Title, Terms.Where(t => !ids.Contains(t.Id)).Concat(added));
    }
}
