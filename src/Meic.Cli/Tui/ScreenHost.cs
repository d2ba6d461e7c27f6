using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Cli.Tui;

/// <summary>The terminal as screens see it: a console, keys, and the few widgets every screen needs.</summary>
internal sealed class ScreenHost(IAnsiConsole console, Func<ConsoleKeyInfo> readKey, string keysHint) : IScreenHost
{
    public IAnsiConsole Console { get; } = console;

    public ConsoleKeyInfo ReadKey() => readKey();

    public void Clear(string title)
    {
        Console.Clear();
        Console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
    }

    public string? ReadLine(string prompt)
    {
        Console.Markup($"{Markup.Escape(prompt)}: ");
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = ReadKey();
            switch (key.Key)
            {
                case ConsoleKey.Escape: Console.WriteLine(); return null;
                case ConsoleKey.Enter: Console.WriteLine(); return text.ToString();
                case ConsoleKey.Backspace:
                    if (text.Length > 0) { text.Length--; Console.Write(new Text("\b \b")); }
                    break;
                default:
                    if (!char.IsControl(key.KeyChar)) { text.Append(key.KeyChar); Console.Write(new Text(key.KeyChar.ToString())); }
                    break;
            }
        }
    }

    public int? Choose(string title, IReadOnlyList<string> items)
    {
        var selected = 0;
        while (true)
        {
            Clear(title);
            for (var i = 0; i < items.Count; i++)
                Console.MarkupLine(i == selected ? $"[black on aqua] › {Markup.Escape(items[i])} [/]" : $"   {Markup.Escape(items[i])}");
            Console.MarkupLine($"[grey]{Markup.Escape(keysHint)}[/]");
            var key = ReadKey();
            switch (key.Key)
            {
                case ConsoleKey.UpArrow: selected = (selected + items.Count - 1) % Math.Max(1, items.Count); break;
                case ConsoleKey.DownArrow: selected = (selected + 1) % Math.Max(1, items.Count); break;
                case ConsoleKey.Enter when items.Count > 0: return selected;
                case ConsoleKey.Escape: return null;
            }
        }
    }
}
