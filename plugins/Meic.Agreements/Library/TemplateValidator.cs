namespace Meic.Agreements.Library;

/// <summary>Checks every clause and template: markers balanced, variables declared, references to clauses that exist, required clauses present.</summary>
internal static class TemplateValidator
{
    // A description in another language (@var-it) of a variable no @var declares is a typo that would be silently ignored.
    private static void Described(VariableTexts texts, HashSet<string> declared, List<TemplateProblem> problems)
    {
        foreach (var (name, file, line) in texts.Lines.Where(l => !declared.Contains(l.Name)))
            problems.Add(new TemplateProblem(file, line, $"'{name}' is described but never declared with @var{Suggest(name, declared)}"));
    }

    public static void Validate(TemplateCatalog catalog)
    {
        foreach (var library in catalog.Libraries.Values)
        {
            foreach (var clause in library.Clauses.Values)
                CheckText(clause.Text, clause.TextLines, clause.File, library.Variables.Keys.ToHashSet(), library, null, catalog.Problems, clause.Id);
            Described(library.VariablesIn, library.Variables.Keys.ToHashSet(), catalog.Problems);
        }

        foreach (var template in catalog.Templates.Values)
        {
            var library = catalog.Library(template.Library, template.Language);
            if (library is null)
            {
                if (template.Library.Length > 0)
                    catalog.Problems.Add(new TemplateProblem(template.File, template.LibraryLine, $"no clause library '{template.Library}' in '{template.Language}' (files *.clauses with @library {template.Library} and @language {template.Language})."));
                continue;
            }
            var declared = library.Variables.Keys.Concat(template.Variables.Keys).ToHashSet();
            Described(template.VariablesIn, declared, catalog.Problems);
            var listed = template.Clauses.Select(c => c.Id).ToHashSet();
            foreach (var c in template.Clauses.Where(c => !library.Clauses.ContainsKey(c.Id)))
                catalog.Problems.Add(new TemplateProblem(template.File, c.Line, $"the clause '{c.Id}' is not in the library '{library.Key}'{Suggest(c.Id, library.Clauses.Keys)}"));
            foreach (var c in template.Clauses.Where(c => !c.OnByDefault && library.Clauses.TryGetValue(c.Id, out var d) && d.Required))
                catalog.Problems.Add(new TemplateProblem(template.File, c.Line, $"the clause '{c.Id}' is required by the library and cannot be marked optional with '?'."));
            foreach (var required in library.Order.Where(id => library.Clauses[id].Required && !listed.Contains(id)))
                catalog.Problems.Add(new TemplateProblem(template.File, template.Clauses.FirstOrDefault()?.Line ?? 1, $"the template leaves out the required clause '{required}' ({library.Clauses[required].File}:{library.Clauses[required].Line})."));
            foreach (var c in template.Clauses)
            {
                if (!library.Clauses.TryGetValue(c.Id, out var def)) continue;
                for (var i = 0; i < def.TextLines.Count; i++)
                    foreach (var p in Placeholders.Scan(def.Text.Split('\n')[i]).Found.Where(p => p.IsReference && library.Clauses.ContainsKey(p.Name) && !listed.Contains(p.Name)))
                        catalog.Problems.Add(new TemplateProblem(def.File, def.TextLines[i], $"clause '{def.Id}' refers to clause '{p.Name}', which the template '{template.Id}' ({template.File}) does not include."));
            }
            CheckText(template.Title, [template.TitleLine], template.File, declared, library, null, catalog.Problems, null);
            CheckText(template.Preamble, Enumerable.Range(template.PreambleLine, template.Preamble.Split('\n').Length).ToList(), template.File, declared, library, null, catalog.Problems, null);
        }
    }

    private static void CheckText(string text, IReadOnlyList<int> lines, string file, HashSet<string> declared, ClauseLibrary library,
        HashSet<string>? included, List<TemplateProblem> problems, string? clauseId)
    {
        if (text.Length == 0) return;
        var split = text.Split('\n');
        for (var i = 0; i < split.Length; i++)
        {
            var line = i < lines.Count ? lines[i] : lines.LastOrDefault();
            var (found, error) = Placeholders.Scan(split[i]);
            if (error is not null) { problems.Add(new TemplateProblem(file, line, error)); continue; }
            foreach (var p in found)
            {
                if (p.IsReference)
                {
                    if (!library.Clauses.ContainsKey(p.Name))
                        problems.Add(new TemplateProblem(file, line, $"{(clauseId is null ? "the text" : $"clause '{clauseId}'")} refers to the clause '{p.Name}', which is not in the library '{library.Key}'{Suggest(p.Name, library.Clauses.Keys)}"));
                    else if (p.Name == clauseId)
                        problems.Add(new TemplateProblem(file, line, $"clause '{clauseId}' refers to itself."));
                }
                else if (!declared.Contains(p.Name) && !Placeholders.BuiltIn.Contains(p.Name))
                    problems.Add(new TemplateProblem(file, line, $"unknown variable '{{{{{p.Name}}}}}'{Suggest(p.Name, declared.Concat(Placeholders.BuiltIn))} Declare it with '@var {p.Name} | description | default'."));
            }
        }
        _ = included;
    }

    private static string Suggest(string name, IEnumerable<string> candidates) =>
        Meic.Sdk.Text.Names.Nearest(name, candidates) is { } near ? $"; did you mean '{near}'?" : ".";
}
