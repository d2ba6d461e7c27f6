namespace Meic.Agreements.Library;

/// <summary>A clause of a library file.</summary>
public sealed class ClauseDef
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public required string Text { get; set; }
    public required bool Required { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
    /// <summary>The file line of each line of <see cref="Text"/>, for error messages.</summary>
    public List<int> TextLines { get; init; } = new();
    public int TitleLine { get; set; }
}

/// <summary>A variable a library or a template declares, with its description (in the file's language) and default.</summary>
public sealed record VariableDef(string Name, string Description, string? Default, string Where);

/// <summary>
/// What variables are for in other languages than a file's own (<c>@var-it name | descrizione</c>): by variable name,
/// then by language. A person reads a variable's description in their language wherever the template is written in.
/// </summary>
public sealed class VariableTexts
{
    private readonly Dictionary<string, Dictionary<string, string>> _byName = new(StringComparer.Ordinal);
    private readonly List<(string Name, string File, int Line)> _lines = new();

    public void Add(string name, string language, string description, string file, int line)
    {
        if (!_byName.TryGetValue(name, out var texts)) _byName[name] = texts = new(StringComparer.Ordinal);
        texts[language] = description;
        _lines.Add((name, file, line));
    }

    /// <summary>Where each description was given, for refusing one that describes a variable nobody declares.</summary>
    public IReadOnlyList<(string Name, string File, int Line)> Lines => _lines;

    public string? Get(string name, string language) => _byName.TryGetValue(name, out var texts) ? texts.GetValueOrDefault(language) : null;

    public IEnumerable<string> Names => _byName.Keys;
}

/// <summary>The clauses of one library in one language, merged from every file that contributes to it (later files override clauses by id).</summary>
public sealed class ClauseLibrary(string name, string language)
{
    public string Name { get; } = name;
    public string Language { get; } = language;
    public Dictionary<string, ClauseDef> Clauses { get; } = new(StringComparer.Ordinal);
    public List<string> Order { get; } = new();
    public Dictionary<string, VariableDef> Variables { get; } = new(StringComparer.Ordinal);
    public VariableTexts VariablesIn { get; } = new();
    public List<string> Files { get; } = new();

    public string Key => KeyOf(Name, Language);
    public static string KeyOf(string name, string language) => $"{name}.{language}";

    public void Add(ClauseDef clause)
    {
        if (!Clauses.ContainsKey(clause.Id)) Order.Add(clause.Id);
        Clauses[clause.Id] = clause;
    }
}

/// <summary>One clause a template includes, in order.</summary>
public sealed record TemplateClause(string Id, bool OnByDefault, int Line);

/// <summary>An agreement template: which library, which clauses in which order, title, preamble and variable defaults.</summary>
public sealed class AgreementTemplate
{
    public required string Id { get; init; }
    public required string File { get; init; }
    public required string Source { get; init; }
    public string Language { get; set; } = "";
    public string Library { get; set; } = "";
    public int LibraryLine { get; set; }
    public string Title { get; set; } = "";
    public int TitleLine { get; set; }
    public string Description { get; set; } = "";
    public string Preamble { get; set; } = "";
    public int PreambleLine { get; set; }
    public List<TemplateClause> Clauses { get; } = new();
    public Dictionary<string, VariableDef> Variables { get; } = new(StringComparer.Ordinal);
    public VariableTexts VariablesIn { get; } = new();
}

/// <summary>
/// A problem found in a library or template file: a key of the plugin's string tables and what is formatted into it,
/// so the people who edit these files (a city's office staff) read it in their own language wherever it is shown.
/// </summary>
public sealed record TemplateProblem(string File, int Line, string Key, params object?[] Args)
{
    private static readonly Meic.Sdk.Text.Strings English =
        Meic.Sdk.Text.Strings.Load(typeof(AgreementsPlugin).Assembly, "Meic.Agreements.strings", "en");

    public string Where => $"{File}:{Line}";

    /// <summary>The problem in English, for logs and tests; people read <see cref="Say"/>.</summary>
    public string Message => Say(English);

    /// <summary>The problem in <paramref name="s"/>' language; a suggestion (<see cref="Near"/>) is worded there too.</summary>
    public string Say(Meic.Sdk.Text.Strings s) =>
        s[Key, Args.Select(a => a is Near n ? (n.Name is null ? s["problem.hint.none"] : s["problem.hint.near", n.Name]) : a).ToArray()];

    /// <summary>The file and line, then the problem in <paramref name="s"/>' language.</summary>
    public string ToString(Meic.Sdk.Text.Strings s) => $"{Where}: {Say(s)}";

    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>The nearest known name to a misspelt one (or none), worded as a did-you-mean in the reader's language.</summary>
public sealed record Near(string? Name)
{
    public static Near Of(string name, IEnumerable<string> candidates) => new(Meic.Sdk.Text.Names.Nearest(name, candidates));
}
