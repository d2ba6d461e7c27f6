using System.Text;

namespace Meic.Scripting;

/// <summary>A small line editor for the REPL: arrows move and recall history, Home/End, Backspace/Delete, Ctrl+D on an empty line ends.</summary>
internal sealed class LineEditor(List<string> history)
{
    public string? ReadLine(string prompt)
    {
        Console.Write(prompt);
        var line = new StringBuilder();
        var cursor = 0;
        var recall = history.Count;
        void Redraw()
        {
            Console.Write("\r" + prompt + line + "\u001b[K");
            var back = line.Length - cursor;
            if (back > 0) Console.Write($"\u001b[{back}D");
        }
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.WriteLine();
                    return line.ToString();
                case ConsoleKey.Backspace when cursor > 0:
                    line.Remove(--cursor, 1); Redraw(); break;
                case ConsoleKey.Delete when cursor < line.Length:
                    line.Remove(cursor, 1); Redraw(); break;
                case ConsoleKey.LeftArrow when cursor > 0: cursor--; Redraw(); break;
                case ConsoleKey.RightArrow when cursor < line.Length: cursor++; Redraw(); break;
                case ConsoleKey.Home: cursor = 0; Redraw(); break;
                case ConsoleKey.End: cursor = line.Length; Redraw(); break;
                case ConsoleKey.UpArrow when recall > 0:
                    line.Clear().Append(history[--recall]); cursor = line.Length; Redraw(); break;
                case ConsoleKey.DownArrow when recall < history.Count:
                    recall++;
                    line.Clear().Append(recall < history.Count ? history[recall] : ""); cursor = line.Length; Redraw(); break;
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && line.Length == 0:
                    Console.WriteLine();
                    return null;
                default:
                    if (!char.IsControl(key.KeyChar)) { line.Insert(cursor++, key.KeyChar); Redraw(); }
                    break;
            }
        }
    }
}
