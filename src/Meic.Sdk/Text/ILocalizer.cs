namespace Meic.Sdk.Text;

/// <summary>UI strings per language, looked up by key.</summary>
public interface ILocalizer
{
    /// <summary>The active language.</summary>
    string Language { get; }

    /// <summary>The string for <paramref name="key"/> in the active language (falling back to English, then to the key), formatted with <paramref name="args"/>.</summary>
    string this[string key, params object?[] args] { get; }
}
