using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Facilitation.Commands;

/// <summary>Parses enum options the way people type them, with a suggestion after a typo.</summary>
internal static class Parse
{
    public static T Enum<T>(string text, string field, Strings t) where T : struct, System.Enum
    {
        if (Names.TryParse<T>(text, out var value)) return value;
        Store.FacilitationVocabularies.Ensure();
        if (Vocabularies.Shared.TryParse<T>(text, out value)) return value;   // a label or synonym in any language: "tavolo", "consenso"
        // The vocabulary's refusal lists the values by their names in the user's language, with the ids to type.
        if (Vocabularies.Shared.Of<T>() is { } words) throw new InputException(words.Refusal(text, t.Language), field);
        var valid = System.Enum.GetValues<T>().Select(Names.Kebab).ToList();
        var hint = Names.Nearest(text, valid) is { } n ? t["refuse.didYouMean", n] : t["refuse.expectedOneOf", string.Join(", ", valid)];
        throw new InputException(t["refuse.notValidHere", text, hint], field);
    }
}
