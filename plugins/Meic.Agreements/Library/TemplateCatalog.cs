using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Agreements.Library;

/// <summary>A folder the clause library and templates are read from, with a label saying where it is (shipped, a cluster template, the workspace).</summary>
public sealed record LibrarySource(string Directory, string Label)
{
    /// <summary>Where a template comes from (its <see cref="Label"/>: "shipped", "template rome", "workspace"), in <paramref name="s"/>' language.</summary>
    public static string Words(string label, Strings s) => label switch
    {
        "shipped" => s["source.shipped"],
        "workspace" => s["source.workspace"],
        _ when label.StartsWith("template ", StringComparison.Ordinal) => s["source.template", label["template ".Length..]],
        _ => label,
    };
}

/// <summary>Every clause library and template visible to a workspace, validated.</summary>
public sealed class TemplateCatalog
{
    public const string ClauseExtension = ".clauses";
    public const string TemplateExtension = ".template";

    public Dictionary<string, ClauseLibrary> Libraries { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, AgreementTemplate> Templates { get; } = new(StringComparer.Ordinal);
    public List<TemplateProblem> Problems { get; } = new();

    /// <summary>The folders a workspace sees, later ones overriding earlier ones: the shipped shared library, each cluster template's agreements folder, the workspace's own <c>agreements/</c>.</summary>
    public static IReadOnlyList<LibrarySource> DefaultSources(string appDirectory, string? workspaceDirectory)
    {
        var sources = new List<LibrarySource>();
        var shared = Path.Combine(appDirectory, "templates", "agreements");
        if (Directory.Exists(shared)) sources.Add(new LibrarySource(shared, "shipped"));
        var clusters = Path.Combine(appDirectory, "templates", "clusters");
        if (Directory.Exists(clusters))
            foreach (var dir in Directory.GetDirectories(clusters).Order(StringComparer.Ordinal))
                if (Directory.Exists(Path.Combine(dir, "agreements"))) sources.Add(new LibrarySource(Path.Combine(dir, "agreements"), $"template {Path.GetFileName(dir)}"));
        if (workspaceDirectory is not null && Directory.Exists(Path.Combine(workspaceDirectory, "agreements")))
            sources.Add(new LibrarySource(Path.Combine(workspaceDirectory, "agreements"), "workspace"));
        return sources;
    }

    public static TemplateCatalog Load(IEnumerable<LibrarySource> sources)
    {
        var catalog = new TemplateCatalog();
        var list = sources.ToList();
        foreach (var source in list)
            foreach (var file in Files(source.Directory, ClauseExtension))
                LibraryFileParser.ParseClauses(file, catalog.Libraries, catalog.Problems);
        foreach (var source in list)
        {
            var here = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Files(source.Directory, TemplateExtension))
            {
                var template = LibraryFileParser.ParseTemplate(file, source.Label, catalog.Problems);
                if (template is null) continue;
                if (!here.Add(template.Id)) { catalog.Problems.Add(new TemplateProblem(file, 1, "problem.templateIdTaken", template.Id, source.Directory)); continue; }
                catalog.Templates[template.Id] = template; // a later source (the workspace) overrides a shipped template of the same id
            }
        }
        TemplateValidator.Validate(catalog);
        return catalog;
    }

    private static IEnumerable<string> Files(string directory, string extension) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];

    /// <summary>Throws the first problem in <paramref name="s"/>' language, naming its file and line, when any file is invalid.</summary>
    public void ThrowIfInvalid(Strings s)
    {
        if (Problems.Count == 0) return;
        var first = Problems[0];
        var more = Problems.Count > 1 ? s.Plural("problem.more", Problems.Count - 1) : "";
        throw new InputException(first.Say(s) + more, first.Where);
    }

    public AgreementTemplate Template(string id, Strings s)
    {
        if (Templates.TryGetValue(id, out var t)) return t;
        var hint = Names.Nearest(id, Templates.Keys) is { } near ? s["refuse.hintNear", near]
            : s["refuse.hintOneOf", string.Join(", ", Templates.Values.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => $"{t.Title} ({t.Id})"))];
        throw new InputException(s["refuse.unknownTemplate", id, hint], "--template");
    }

    public ClauseLibrary LibraryOf(AgreementTemplate template, Strings s) =>
        Libraries.TryGetValue(ClauseLibrary.KeyOf(template.Library, template.Language), out var lib)
            ? lib
            : throw new InputException(s["refuse.libraryMissing", template.Library, template.Language], $"{template.File}:{template.LibraryLine}");

    public ClauseLibrary? Library(string name, string language) => Libraries.GetValueOrDefault(ClauseLibrary.KeyOf(name, language));

    /// <summary>
    /// What each variable of <paramref name="template"/> and its <paramref name="library"/> is for, in
    /// <paramref name="language"/> (the person's, not the agreement's: an English template drafted in an Italian
    /// workspace still asks in Italian). Looked for in the template (<c>@var-it</c>, or its own <c>@var</c> when it is
    /// written in that language), then in its library the same way, then in the same library in that language
    /// (<c>meic.it.clauses</c> describes the variables <c>meic.en.clauses</c> declares). A variable described in no
    /// file in that language is left out: the person then reads its name, never a description in another language.
    /// </summary>
    public static Dictionary<string, string> Descriptions(TemplateCatalog? catalog, ClauseLibrary? library, AgreementTemplate? template, string language)
    {
        var names = (library?.Variables.Keys.AsEnumerable() ?? []).Concat(template?.Variables.Keys.AsEnumerable() ?? []).Distinct(StringComparer.Ordinal);
        var same = library is null || library.Language == language ? null : catalog?.Library(library.Name, language);
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var text = template?.VariablesIn.Get(name, language)
                ?? (template?.Language == language ? template.Variables.GetValueOrDefault(name)?.Description : null)
                ?? library?.VariablesIn.Get(name, language)
                ?? (library?.Language == language ? library.Variables.GetValueOrDefault(name)?.Description : null)
                ?? same?.Variables.GetValueOrDefault(name)?.Description;
            if (text is { Length: > 0 }) d[name] = text;
        }
        return d;
    }
}
