using Meic.Sdk.Text;

namespace Meic.Tui;

/// <summary>
/// Key names as the person's keyboard prints them: Terminal.Gui writes "Enter", "Delete" and "Shift" in English, where an
/// Italian keyboard says Invio, Canc and Maiusc, and a Spanish one Intro, Supr and Mayús.
/// </summary>
internal static class KeyWords
{
    /// <summary><paramref name="text"/> (<c>Ctrl+Q</c>, <c>Enter</c>, <c>Shift+↑</c>) with each key's name in the person's language.</summary>
    public static string Say(string text, Strings t) =>
        string.Join("+", text.Split('+').Select(part => t.Keys.Contains("ui.keyName." + part) ? t["ui.keyName." + part] : part));

    /// <summary>How a key spec (<c>^Q</c>, <c>Delete</c>, <c>a</c>) is written in the status bar and the help.</summary>
    public static string Of(string spec, Strings t) => Say(spec.Length == 1 ? spec : Keys.Of(spec) is { } k && k != Terminal.Gui.Input.Key.Empty ? k.ToString() : spec, t);
}
