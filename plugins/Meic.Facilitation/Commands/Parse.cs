using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Facilitation.Commands;

/// <summary>Parses enum options the way people type them, with a suggestion after a typo.</summary>
internal static class Parse
{
    public static T Enum<T>(string text, string field) where T : struct, System.Enum
    {
        if (Names.TryParse<T>(text, out var value)) return value;
        Store.FacilitationVocabularies.Ensure();
        if (Vocabularies.Shared.TryParse<T>(text, out value)) return value;   // a label or synonym in any language: "tavolo", "consenso"
        var valid = System.Enum.GetValues<T>().Select(Names.Kebab).ToList();
        var hint = Names.Nearest(text, valid) is { } n ? $"; did you mean '{n}'?" : $"; expected one of {string.Join(", ", valid)}.";
        throw new InputException($"'{text}' is not valid here{hint}", field);
    }
}
