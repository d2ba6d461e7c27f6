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

/// <summary>A variable a library or a template declares, with its description and default.</summary>
public sealed record VariableDef(string Name, string Description, string? Default, string Where);

/// <summary>The clauses of one library in one language, merged from every file that contributes to it (later files override clauses by id).</summary>
public sealed class ClauseLibrary(string name, string language)
{
    public string Name { get; } = name;
    public string Language { get; } = language;
    public Dictionary<string, ClauseDef> Clauses { get; } = new(StringComparer.Ordinal);
    public List<string> Order { get; } = new();
    public Dictionary<string, VariableDef> Variables { get; } = new(StringComparer.Ordinal);
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
}

/// <summary>A problem found in a library or template file.</summary>
public sealed record TemplateProblem(string File, int Line, string Message)
{
    public string Where => $"{File}:{Line}";
    public override string ToString() => $"{Where}: {Message}";
}
