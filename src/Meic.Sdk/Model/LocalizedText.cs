namespace Meic.Sdk.Model;

/// <summary>A text in several languages, keyed by two-letter language code (it, es, en).</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    /// <summary>Creates an empty text.</summary>
    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase) { }

    /// <summary>The text in <paramref name="language"/>, else English, else any language, else an empty string
    /// (in the test pseudo-language, the English text marked).</summary>
    public string For(string language) =>
        language == Meic.Sdk.Text.Strings.PseudoLanguage ? (For("en") is { Length: > 0 } en0 ? Meic.Sdk.Text.Strings.Mark(en0) : "")
        : TryGetValue(language, out var text) ? text
        : TryGetValue("en", out var en) ? en
        : Values.FirstOrDefault() ?? "";
}
