using System.Collections.Concurrent;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

/// <summary>The SDK's own messages (vocabulary and date refusals, formats), one table per language, read on first use.</summary>
internal static class SdkText
{
    private static readonly ConcurrentDictionary<string, Strings> Tables = new(StringComparer.Ordinal);

    public static Strings For(string language) =>
        Tables.GetOrAdd(language, l => Strings.Load(typeof(SdkText).Assembly, "Meic.Sdk.strings", l));

    /// <summary>A vocabulary title (<c>vocabulary.title.&lt;name&gt;</c>) in every supported language.</summary>
    public static LocalizedText Titles(string name)
    {
        var text = new LocalizedText();
        foreach (var language in Strings.SupportedLanguages) text[language] = For(language)[$"vocabulary.title.{name}"];
        return text;
    }
}
