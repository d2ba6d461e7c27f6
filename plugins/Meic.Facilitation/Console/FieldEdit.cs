namespace Meic.Facilitation.Console;

/// <summary>
/// One field being typed at the bottom of the live console. <see cref="Changed"/> runs on every keystroke
/// (so the text is saved at once); <see cref="Commit"/> runs on Enter and returns an error to show, or null to go on.
/// </summary>
internal sealed class FieldEdit(string label, string text = "")
{
    public string Label { get; } = label;
    public string Text { get; set; } = text;
    public string? Hint { get; init; }
    public string? Error { get; set; }
    public Action<string>? Changed { get; init; }
    public Func<string, string?> Commit { get; init; } = _ => null;
    public Action? Cancelled { get; init; }
}
