namespace Meic.Sdk.Model;

/// <summary>A text in several languages, keyed by two-letter language code (it, es, en).</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    /// <summary>Creates an empty text.</summary>
    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase) { }

    /// <summary>The text in <paramref name="language"/>, else English, else any language, else an empty string.</summary>
    public string For(string language) =>
        TryGetValue(language, out var text) ? text
        : TryGetValue("en", out var en) ? en
        : Values.FirstOrDefault() ?? "";
}
