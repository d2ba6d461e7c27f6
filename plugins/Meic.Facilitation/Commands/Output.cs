using Spectre.Console;

namespace Meic.Facilitation.Commands;

/// <summary>Small helpers for human output.</summary>
internal static class Output
{
    public static void Warn(IAnsiConsole console, string text) =>
        console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(text)}");

    public static void Line(IAnsiConsole console, string text) => console.Write(new Text(text + "\n"));
}
