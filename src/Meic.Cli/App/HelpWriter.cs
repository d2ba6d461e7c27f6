using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Meic.Cli.Output;
using Meic.Sdk.Text;

namespace Meic.Cli.App;

/// <summary>
/// The help of every command (<c>-h</c>, <c>--help</c>, <c>-?</c>), laid out as System.CommandLine lays it
/// out but written by the host: every word in the user's language (the library's own tables leave
/// some in English), and without the library's help builder, whose first use costs more start-up
/// than the rest of <c>meic --help</c>.
/// </summary>
internal sealed class HelpWriter(Strings t, TextWriter output, int? width) : SynchronousCommandLineAction
{
    public override bool Terminating => true;

    // `meic map export --help` shows help even though --format is missing.
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command);
        return 0;
    }

    /// <summary>Replaces the library's help on <paramref name="root"/> and every command under it.</summary>
    public static void Install(RootCommand root, Strings t, TextWriter output, int? width)
    {
        foreach (var option in root.Options)
            if (option is HelpOption help)
            {
                help.Description = t["help.help"];
                help.Action = new HelpWriter(t, output, width);
            }
            else if (option is VersionOption version) version.Description = t["help.version"];
    }

    public void Write(Command command)
    {
        var path = new List<Command>();
        for (Command? c = command; c is not null; c = Parent(c)) path.Insert(0, c);

        if (!string.IsNullOrEmpty(command.Description))
        {
            output.WriteLine(t["help.description"]);
            output.WriteLine("  " + command.Description);
            output.WriteLine();
        }

        output.WriteLine(t["help.usage"]);
        var usage = new System.Text.StringBuilder(" ");
        foreach (var c in path)
        {
            usage.Append(' ').Append(c.Name);
            foreach (var a in c.Arguments) if (!a.Hidden) usage.Append(' ').Append(ArgumentLabel(a));
        }
        if (Visible(command.Subcommands)) usage.Append(' ').Append(t["help.command"]);
        usage.Append(' ').Append(t["help.optionsWord"]);
        output.WriteLine(usage.ToString());
        output.WriteLine();

        var arguments = new List<(string, string)>();
        foreach (var a in command.Arguments)
            if (!a.Hidden) arguments.Add((ArgumentLabel(a), WithDefault(a.Description, a.HasDefaultValue ? a.GetDefaultValue() : null)));
        Section(t["help.arguments"], arguments);

        Section(t["help.options"], OptionRows(command, path));

        var commands = new List<(string, string)>();
        foreach (var sub in command.Subcommands)
        {
            if (sub.Hidden) continue;
            var label = sub.Name;
            foreach (var a in sub.Arguments) if (!a.Hidden) label += " " + ArgumentLabel(a);
            commands.Add((label, sub.Description ?? ""));
        }
        Section(t["help.commands"], commands);
    }

    // The command's own options, then help and version, then the options it inherits (the root's global ones).
    private List<(string, string)> OptionRows(Command command, List<Command> path)
    {
        var rows = new List<(string, string)>();
        Option? help = null, version = null;
        foreach (var o in command.Options)
        {
            if (o is HelpOption) help = o;
            else if (o is VersionOption) version = o;
            else if (!o.Hidden) rows.Add(OptionRow(o));
        }
        var inherited = new List<(string, string)>();
        for (var i = 0; i < path.Count - 1; i++)
            foreach (var o in path[i].Options)
            {
                if (!o.Recursive || o.Hidden) continue;
                if (o is HelpOption) help ??= o;
                else if (o is not VersionOption) inherited.Add(OptionRow(o));
            }
        if (help is not null) rows.Add(OptionRow(help));
        if (version is not null) rows.Add(OptionRow(version));
        rows.AddRange(inherited);
        return rows;
    }

    private (string, string) OptionRow(Option o)
    {
        var names = new List<string>(o.Aliases.Count + 1) { o.Name };
        foreach (var alias in o.Aliases) if (!alias.StartsWith('/')) names.Add(alias); // `/?` works, but is not shown
        // Short forms first, as in `-v, --verbose`.
        names.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        var label = string.Join(", ", names);
        if (o.Arity.MaximumNumberOfValues > 0 && o.ValueType != typeof(bool))
            label += " <" + (o.HelpName ?? Choices(o.GetCompletions(CompletionContext.Empty)) ?? o.Name.TrimStart('-')) + ">";
        if (o.Required) label += " " + t["help.required"];
        // A switch's default (off) goes without saying.
        return (label, WithDefault(o.Description, o.HasDefaultValue && o.ValueType != typeof(bool) ? o.GetDefaultValue() : null));
    }

    private static string ArgumentLabel(Argument a)
    {
        var name = a.HelpName ?? Choices(a.GetCompletions(CompletionContext.Empty)) ?? a.Name;
        var label = "<" + name + ">";
        if (a.Arity.MaximumNumberOfValues > 1) label += "...";
        return a.Arity.MinimumNumberOfValues == 0 ? "[" + label + "]" : label;
    }

    // Values a symbol only accepts from a fixed list, as `a|b|c`.
    private static string? Choices(IEnumerable<CompletionItem> completions)
    {
        var labels = new List<string>();
        foreach (var c in completions) labels.Add(c.Label);
        if (labels.Count == 0) return null;
        labels.Sort(string.CompareOrdinal);
        return string.Join("|", labels);
    }

    private string WithDefault(string? description, object? value)
    {
        var text = value switch
        {
            null => "",
            string s => DefaultLabel(description, s),
            Enum e => DefaultLabel(description, Names.KebabOf(e.ToString())),
            System.Collections.IEnumerable items => JoinItems(items),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
        if (text.Length == 0) return description ?? "";
        return $"{description} [{t["help.default"]}: {text}]".TrimStart();
    }

    // A default that is a vocabulary id is said by its label, as the option's choices are: the vocabulary is
    // the one holding the id whose list of labels the description already shows (Vocabulary.Choices).
    private string DefaultLabel(string? description, string id)
    {
        if (string.IsNullOrEmpty(description)) return id;
        foreach (var vocabulary in Vocabularies.Shared.All)
            if (vocabulary.Find(id) is not null && description.Contains(vocabulary.Choices(t.Language), StringComparison.Ordinal))
                return vocabulary.Label(id, t.Language);
        return id;
    }

    private static string JoinItems(System.Collections.IEnumerable items)
    {
        var parts = new List<string>();
        foreach (var item in items) parts.Add(Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return string.Join("|", parts);
    }

    private void Section(string title, List<(string Label, string Text)> rows)
    {
        if (rows.Count == 0) return;
        output.WriteLine(title);
        var column = 0;
        foreach (var (label, _) in rows) column = Math.Max(column, TextWidth.Of(label));
        foreach (var (label, text) in rows)
        {
            var lines = Wrap(text, width is { } w ? w - column - 4 : int.MaxValue);
            output.WriteLine(("  " + TextWidth.PadRight(label, column) + "  " + lines[0]).TrimEnd());
            for (var i = 1; i < lines.Count; i++) output.WriteLine(new string(' ', column + 4) + lines[i]);
        }
        output.WriteLine();
    }

    // Word wrap for a terminal; redirected output keeps each description on one line, for grep.
    private static List<string> Wrap(string text, int room)
    {
        var lines = new List<string>();
        if (room < 20 || TextWidth.Of(text) <= room) { lines.Add(text); return lines; }
        var line = new System.Text.StringBuilder();
        var used = 0;
        foreach (var word in text.Split(' '))
        {
            var width = TextWidth.Of(word);
            if (line.Length > 0 && used + 1 + width > room)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
            }
            if (line.Length > 0) { line.Append(' '); used++; }
            line.Append(word);
            used += width;
        }
        lines.Add(line.ToString());
        return lines;
    }

    private static bool Visible(IList<Command> commands)
    {
        foreach (var c in commands) if (!c.Hidden) return true;
        return false;
    }

    private static Command? Parent(Command command)
    {
        foreach (var p in command.Parents) if (p is Command c) return c;
        return null;
    }
}
