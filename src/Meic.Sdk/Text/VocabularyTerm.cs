using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

/// <summary>One controlled value: the id the toolkit stores, its label per language and the other words people use for it.</summary>
public sealed class VocabularyTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="id">The stored id, in kebab case for enum values (<c>third-sector</c>).</param>
    /// <param name="label">The label per language (it, es, en).</param>
    /// <param name="synonyms">Other words that mean this term, in any language (<c>ong</c>, <c>onlus</c>).</param>
    public VocabularyTerm(string id, LocalizedText label, IEnumerable<string>? synonyms = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Label = label;
        Synonyms = synonyms?.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList() ?? [];
    }

    /// <summary>The id the toolkit stores and the user may type.</summary>
    public string Id { get; }

    /// <summary>The label per language.</summary>
    public LocalizedText Label { get; }

    /// <summary>Other words accepted for this term, in any language.</summary>
    public IReadOnlyList<string> Synonyms { get; }

    /// <summary>The label in <paramref name="language"/> (English when it has none, the id when it has no label at all).</summary>
    public string LabelFor(string language)
    {
        if (language == Strings.PseudoLanguage) return Strings.Mark(LabelFor("en"));
        var text = Label.For(language);
        return text.Length == 0 ? Id : text;
    }

    /// <summary>A copy with <paramref name="more"/> synonyms added.</summary>
    public VocabularyTerm WithSynonyms(IEnumerable<string> more) => new(Id, Label, Synonyms.Concat(more));

    /// <inheritdoc />
    public override string ToString() => Id;
}
