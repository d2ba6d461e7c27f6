using Spectre.Console;
using Spectre.Console.Rendering;

namespace Meic.Scripting;

/// <summary>
/// The console scripts see. Plain text (<c>Console.WriteLine("…")</c>) goes straight to the output, as fast as
/// System.Console; widgets (tables, charts, markup) go through Spectre.Console to the same output.
/// </summary>
public sealed class ScriptConsole(IAnsiConsole inner, TextWriter output) : IAnsiConsole
{
    /// <inheritdoc />
    public Profile Profile => inner.Profile;
    /// <inheritdoc />
    public IAnsiConsoleCursor Cursor => inner.Cursor;
    /// <inheritdoc />
    public IAnsiConsoleInput Input => inner.Input;
    /// <inheritdoc />
    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;
    /// <inheritdoc />
    public RenderPipeline Pipeline => inner.Pipeline;

    /// <inheritdoc />
    public void Clear(bool home) => inner.Clear(home);

    /// <inheritdoc />
    public void Write(IRenderable renderable) => inner.Write(renderable);

    /// <summary>Writes text as is (no markup).</summary>
    public void Write(string? text) => output.Write(text);

    /// <summary>Writes a value's text as is.</summary>
    public void Write(object? value) => output.Write(value);

    /// <summary>Writes a line of text as is (no markup).</summary>
    public void WriteLine(string? text) => output.WriteLine(text);

    /// <summary>Writes a value's text and a line break.</summary>
    public void WriteLine(object? value) => output.WriteLine(value);

    /// <summary>Writes a line break.</summary>
    public void WriteLine() => output.WriteLine();
}
