namespace Meic.Sdk.Screens;

/// <summary>What a form's Save did: saved (with a message to show), or refused with a problem per field.</summary>
public sealed class FormResult
{
    private FormResult(bool saved, string? message, IReadOnlyDictionary<string, string> problems)
    {
        Saved = saved; Message = message; Problems = problems;
    }

    /// <summary>Whether it was saved; the shell commits the store transaction only then.</summary>
    public bool Saved { get; }

    /// <summary>What to tell the user (for example “Saved.”), or null.</summary>
    public string? Message { get; }

    /// <summary>The problems by field id (an empty id for the form as a whole), in the user's language.</summary>
    public IReadOnlyDictionary<string, string> Problems { get; }

    /// <summary>The view the shell opens in the form's place once it has closed (a preview, a result), or null.</summary>
    public ScreenView? Next { get; private init; }

    /// <summary>Saved; the form closes and <paramref name="message"/> is shown when given.</summary>
    public static FormResult Ok(string? message = null) => new(true, message, new Dictionary<string, string>());

    /// <summary>
    /// Done; the form closes and <paramref name="next"/> opens in its place (Esc from it comes back to where the form
    /// was opened). For a form that asks what to do, then shows what would happen before anything is written.
    /// </summary>
    public static FormResult Then(ScreenView next, string? message = null) => new(true, message, new Dictionary<string, string>()) { Next = next };

    /// <summary>Refused because of <paramref name="field"/> (empty for the whole form): nothing is written, the form stays open.</summary>
    public static FormResult Refuse(string field, string problem) => new(false, null, new Dictionary<string, string> { [field] = problem });

    /// <summary>Refused with several problems.</summary>
    public static FormResult Refuse(IReadOnlyDictionary<string, string> problems) => new(false, null, problems);
}
