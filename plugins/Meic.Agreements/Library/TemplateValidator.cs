namespace Meic.Agreements.Library;

/// <summary>Checks every clause and template: markers balanced, variables declared, references to clauses that exist, required clauses present.</summary>
internal static class TemplateValidator
{
    // A description in another language (@var-it) of a variable no @var declares is a typo that would be silently ignored.
    private static void Described(VariableTexts texts, HashSet<string> declared, List<TemplateProblem> problems)
    {
        foreach (var (name, file, line) in texts.Lines.Where(l => !declared.Contains(l.Name)))
            problems.Add(new TemplateProblem(file, line, "problem.describedNotDeclared", name, Near.Of(name, declared)));
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
                    catalog.Problems.Add(new TemplateProblem(template.File, template.LibraryLine, "problem.noLibraryFor", template.Library, template.Language));
                continue;
            }
            var declared = library.Variables.Keys.Concat(template.Variables.Keys).ToHashSet();
            Described(template.VariablesIn, declared, catalog.Problems);
            var listed = template.Clauses.Select(c => c.Id).ToHashSet();
            foreach (var c in template.Clauses.Where(c => !library.Clauses.ContainsKey(c.Id)))
                catalog.Problems.Add(new TemplateProblem(template.File, c.Line, "problem.clauseNotInLibrary", c.Id, library.Key, Near.Of(c.Id, library.Clauses.Keys)));
            foreach (var c in template.Clauses.Where(c => !c.OnByDefault && library.Clauses.TryGetValue(c.Id, out var d) && d.Required))
                catalog.Problems.Add(new TemplateProblem(template.File, c.Line, "problem.requiredOptional", c.Id));
            foreach (var required in library.Order.Where(id => library.Clauses[id].Required && !listed.Contains(id)))
                catalog.Problems.Add(new TemplateProblem(template.File, template.Clauses.FirstOrDefault()?.Line ?? 1, "problem.leavesOutRequired", required, $"{library.Clauses[required].File}:{library.Clauses[required].Line}"));
            foreach (var c in template.Clauses)
            {
                if (!library.Clauses.TryGetValue(c.Id, out var def)) continue;
                for (var i = 0; i < def.TextLines.Count; i++)
                    foreach (var p in Placeholders.Scan(def.Text.Split('\n')[i]).Found.Where(p => p.IsReference && library.Clauses.ContainsKey(p.Name) && !listed.Contains(p.Name)))
                        catalog.Problems.Add(new TemplateProblem(def.File, def.TextLines[i], "problem.refersNotIncluded", def.Id, p.Name, template.Id, template.File));
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
            if (error is { } e) { problems.Add(new TemplateProblem(file, line, e.Key, e.Args)); continue; }
            foreach (var p in found)
            {
                if (p.IsReference)
                {
                    if (!library.Clauses.ContainsKey(p.Name))
                        problems.Add(clauseId is null
                            ? new TemplateProblem(file, line, "problem.textRefersMissing", p.Name, library.Key, Near.Of(p.Name, library.Clauses.Keys))
                            : new TemplateProblem(file, line, "problem.clauseRefersMissing", clauseId, p.Name, library.Key, Near.Of(p.Name, library.Clauses.Keys)));
                    else if (p.Name == clauseId)
                        problems.Add(new TemplateProblem(file, line, "problem.refersItself", clauseId));
                }
                else if (!declared.Contains(p.Name) && !Placeholders.BuiltIn.Contains(p.Name))
                    problems.Add(new TemplateProblem(file, line, "problem.unknownVariable", Placeholders.Marker(p.Name), Near.Of(p.Name, declared.Concat(Placeholders.BuiltIn)), p.Name));
            }
        }
        _ = included;
    }
}
