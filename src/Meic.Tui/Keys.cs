using Meic.Sdk.Screens;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;

namespace Meic.Tui;

/// <summary>The keys of <see cref="ScreenAction.Key"/> (<c>a</c>, <c>Enter</c>, <c>Delete</c>, <c>F2</c>) as Terminal.Gui keys.</summary>
internal static class Keys
{
    /// <summary>Whether <paramref name="key"/> is the one <paramref name="spec"/> names.</summary>
    public static bool Match(string spec, Key key)
    {
        if (spec.Length == 1)
        {
            if (key.IsCtrl || key.IsAlt) return false;
            var rune = key.AsRune;
            return rune.Value == spec[0];
        }
        return Enum.TryParse<KeyCode>(spec, ignoreCase: true, out var code) && key.KeyCode == code;
    }

    /// <summary>The key for a status bar shortcut.</summary>
    public static Key Of(string spec) =>
        spec.Length == 1 ? new Key(spec[0])
        : spec.Length == 2 && spec[0] == '^' ? new Key(char.ToLowerInvariant(spec[1])).WithCtrl
        : Enum.TryParse<KeyCode>(spec, ignoreCase: true, out var code) ? new Key(code) : Key.Empty;

    /// <summary>How the key is written for people.</summary>
    public static string Show(string spec) => spec.Length == 1 ? spec : spec switch
    {
        "Delete" => "Del", _ => spec,
    };
}
