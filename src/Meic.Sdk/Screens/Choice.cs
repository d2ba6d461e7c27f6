using Meic.Sdk.Text;

namespace Meic.Sdk.Screens;

/// <summary>One value a picker offers: its id (stored, typed at the command line) and its label (shown).</summary>
/// <param name="Id">The value's id.</param>
/// <param name="Label">The label, in the user's language.</param>
public sealed record Choice(string Id, string Label)
{
    /// <summary>The terms of <paramref name="vocabulary"/>, labelled in <paramref name="language"/>.</summary>
    public static IReadOnlyList<Choice> From(Vocabulary vocabulary, string language) =>
        vocabulary.Terms.Select(t => new Choice(t.Id, t.LabelFor(language))).ToList();
}
