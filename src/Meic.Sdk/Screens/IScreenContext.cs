using Meic.Sdk.Plugins;

namespace Meic.Sdk.Screens;

/// <summary>What the shell offers a screen and its actions.</summary>
public interface IScreenContext
{
    /// <summary>The workspace: store, language, vocabularies, settings.</summary>
    IMeicContext Meic { get; }

    /// <summary>Opens <paramref name="view"/> on top of the current one; Esc comes back.</summary>
    void Open(ScreenView view);

    /// <summary>Shows a message (a result, a refusal) until the user dismisses it.</summary>
    void Tell(string message);

    /// <summary>Asks a yes/no question in the user's language; true when the answer is yes.</summary>
    bool Confirm(string question);
}
