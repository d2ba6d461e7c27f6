using Spectre.Console;

namespace Meic.Facilitation.Commands;

/// <summary>Small helpers for human output.</summary>
internal static class Output
{
    /// <summary>A warning, headed in the user's language ("attenzione:", "atención:").</summary>
    public static void Warn(Store.Facilitation f, string text) =>
        f.Context.Console.MarkupLine($"[yellow]{Markup.Escape(f.T["warning"])}:[/] {Markup.Escape(text)}");

    public static void Line(IAnsiConsole console, string text) => console.Write(new Text(text + "\n"));
}
