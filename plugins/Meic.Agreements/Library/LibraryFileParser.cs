namespace Meic.Agreements.Library;

/// <summary>
/// Reads the two plain-text file kinds of the clause library, line by line so every problem names its file and line.
/// <c>*.clauses</c>: <c>@library</c>, <c>@language</c>, <c>@var name | description | default</c>,
/// <c>@var-it name | descrizione</c> (also <c>@var-es</c>, <c>@var-en</c>: what a variable is for in another language), and blocks
/// <c>@clause id required|optional</c> / <c>@title …</c> / text / <c>@end</c>.
/// <c>*.template</c>: <c>@template</c>, <c>@language</c>, <c>@library</c>, <c>@title</c>, <c>@description</c>, <c>@var</c>, <c>@var-it|es|en</c>,
/// a <c>@clauses</c> … <c>@end</c> block (one id a line, <c>?id</c> for an optional clause left out unless asked for)
/// and a <c>@preamble</c> … <c>@end</c> block.
/// </summary>
internal static class LibraryFileParser
{
    public static void ParseClauses(string file, IDictionary<string, ClauseLibrary> libraries, List<TemplateProblem> problems)
    {
        var lines = ReadLines(file);
        string? name = null, language = null;
        ClauseLibrary? library = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ClauseDef? open = null;
        var text = new List<string>();
        void Problem(int line, string key, params object?[] args) => problems.Add(new TemplateProblem(file, line, key, args));

        ClauseLibrary? Library(int line)
        {
            if (library is not null) return library;
            if (name is null || language is null) { Problem(line, "problem.declareLibraryFirst"); return null; }
            var key = ClauseLibrary.KeyOf(name, language);
            if (!libraries.TryGetValue(key, out library)) libraries[key] = library = new ClauseLibrary(name, language);
            library.Files.Add(file);
            return library;
        }

        for (var n = 1; n <= lines.Length; n++)
        {
            var raw = lines[n - 1];
            var line = raw.TrimEnd();
            if (open is not null)
            {
                if (line.StartsWith("@title ", StringComparison.Ordinal) && text.Count == 0 && open.TitleLine == 0)
                {
                    open.Title = line[7..].Trim(); open.TitleLine = n; continue;
                }
                if (line == "@end")
                {
                    TrimBlank(text, open.TextLines);
                    open.Text = string.Join('\n', text);
                    if (open.Title.Length == 0) Problem(open.Line, "problem.clauseNoTitle", open.Id);
                    if (open.Text.Length == 0) Problem(open.Line, "problem.clauseNoText", open.Id);
                    Library(open.Line)?.Add(open);
                    open = null; text = new List<string>();
                    continue;
                }
                if (line.StartsWith('@'))
                {
                    Problem(n, "problem.insideClause", Directive(line), open.Id, open.Line);
                    open = null; text = new List<string>();
                    if (!line.StartsWith("@clause", StringComparison.Ordinal)) continue;
                }
                else { text.Add(line); open.TextLines.Add(n); continue; }
            }
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var (directive, rest) = Split(line);
            switch (directive)
            {
                case "@library": name = rest; if (!Placeholders.IsClauseId(rest)) Problem(n, "problem.badLibraryName", rest); break;
                case "@language":
                    language = rest;
                    if (rest is not ("it" or "es" or "en")) Problem(n, "problem.language", rest);
                    break;
                case "@var":
                    if (ParseVar(rest, file, n, Problem) is { } v && Library(n) is { } lib) lib.Variables[v.Name] = v;
                    break;
                case "@var-it" or "@var-es" or "@var-en":
                    if (ParseVarIn(rest, n, Problem) is { } t && Library(n) is { } into) into.VariablesIn.Add(t.Name, directive[5..], t.Description, file, n);
                    break;
                case "@clause":
                {
                    var parts = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length is < 1 or > 2 || !Placeholders.IsClauseId(parts[0]))
                    { Problem(n, "problem.clauseSyntax"); open = null; break; }
                    var kind = parts.Length == 2 ? parts[1] : "optional";
                    if (kind is not ("required" or "optional")) Problem(n, "problem.clauseKind", kind);
                    if (!seen.Add(parts[0])) Problem(n, "problem.clauseTwice", parts[0]);
                    open = new ClauseDef { Id = parts[0], Title = "", Text = "", Required = kind == "required", File = file, Line = n };
                    break;
                }
                case "@end": Problem(n, "problem.strayEndClause"); break;
                default: Problem(n, "problem.unknownDirectiveClauses", directive); break;
            }
        }
        if (open is not null) Problem(open.Line, "problem.clauseNeverClosed", open.Id);
        if (name is null || language is null) Problem(1, "problem.clausesFileHeader");
    }

    public static AgreementTemplate? ParseTemplate(string file, string source, List<TemplateProblem> problems)
    {
        var lines = ReadLines(file);
        void Problem(int line, string key, params object?[] args) => problems.Add(new TemplateProblem(file, line, key, args));
        AgreementTemplate? template = null;
        string? block = null; var blockLine = 0;
        var preamble = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1; n <= lines.Length; n++)
        {
            var line = lines[n - 1].TrimEnd();
            if (block is not null)
            {
                if (line == "@end") { block = null; continue; }
                if (line.StartsWith('@')) { Problem(n, "problem.insideBlock", Directive(line), block, blockLine); block = null; }
                else if (block == "@clauses")
                {
                    var id = line.Trim();
                    if (id.Length == 0 || id.StartsWith('#')) continue;
                    var optional = id.StartsWith('?');
                    if (optional) id = id[1..].Trim();
                    if (!Placeholders.IsClauseId(id)) { Problem(n, "problem.badClauseId", id); continue; }
                    if (!ids.Add(id)) { Problem(n, "problem.listedTwice", id); continue; }
                    template?.Clauses.Add(new TemplateClause(id, !optional, n));
                    continue;
                }
                else { preamble.Add(line); continue; }
            }
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var (directive, rest) = Split(line);
            if (directive != "@template" && template is null) { Problem(n, "problem.templateFirst"); return null; }
            switch (directive)
            {
                case "@template":
                    if (!Placeholders.IsClauseId(rest)) { Problem(n, "problem.badTemplateId", rest); return null; }
                    template = new AgreementTemplate { Id = rest, File = file, Source = source };
                    break;
                case "@language":
                    template!.Language = rest;
                    if (rest is not ("it" or "es" or "en")) Problem(n, "problem.language", rest);
                    break;
                case "@library": template!.Library = rest; template.LibraryLine = n; break;
                case "@title": template!.Title = rest; template.TitleLine = n; break;
                case "@description": template!.Description = rest; break;
                case "@var": if (ParseVar(rest, file, n, Problem) is { } v) template!.Variables[v.Name] = v; break;
                case "@var-it" or "@var-es" or "@var-en":
                    if (ParseVarIn(rest, n, Problem) is { } t) template!.VariablesIn.Add(t.Name, directive[5..], t.Description, file, n);
                    break;
                case "@clauses": block = "@clauses"; blockLine = n; break;
                case "@preamble": block = "@preamble"; blockLine = n; template!.PreambleLine = n + 1; break;
                case "@end": Problem(n, "problem.strayEndTemplate"); break;
                default: Problem(n, "problem.unknownDirectiveTemplate", directive); break;
            }
        }
        if (block is not null) Problem(blockLine, "problem.blockNeverClosed", block);
        if (template is null) { Problem(1, "problem.noTemplate"); return null; }
        TrimBlank(preamble, null);
        template.Preamble = string.Join('\n', preamble);
        if (template.Library.Length == 0) Problem(1, "problem.noLibrary");
        if (template.Language.Length == 0) Problem(1, "problem.noLanguage");
        if (template.Title.Length == 0) Problem(1, "problem.noTitle");
        if (template.Clauses.Count == 0) Problem(1, "problem.noClauses");
        return template;
    }

    private static VariableDef? ParseVar(string rest, string file, int n, Report problem)
    {
        var parts = rest.Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length is < 2 or > 3 || !Placeholders.IsVariableName(parts[0]))
        {
            problem(n, "problem.varSyntax");
            return null;
        }
        if (Placeholders.BuiltIn.Contains(parts[0]) && parts[0] != "city") { problem(n, "problem.builtIn", parts[0]); return null; }
        return new VariableDef(parts[0], parts[1], parts.Length == 3 && parts[2].Length > 0 ? parts[2] : null, $"{file}:{n}");
    }

    // "@var-it name | descrizione": what a variable (declared here or in the library) is for, in another language.
    private static (string Name, string Description)? ParseVarIn(string rest, int n, Report problem)
    {
        var parts = rest.Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length != 2 || !Placeholders.IsVariableName(parts[0]) || parts[1].Length == 0)
        {
            problem(n, "problem.varInSyntax");
            return null;
        }
        return (parts[0], parts[1]);
    }

    // A problem at a line: a key of the string tables and what is formatted into it.
    private delegate void Report(int line, string key, params object?[] args);

    private static (string Directive, string Value) Split(string line)
    {
        var space = line.IndexOf(' ');
        return space < 0 ? (line, "") : (line[..space], line[(space + 1)..].Trim());
    }

    private static string Directive(string line) => Split(line).Directive;

    private static void TrimBlank(List<string> text, List<int>? lines)
    {
        while (text.Count > 0 && text[^1].Trim().Length == 0) { text.RemoveAt(text.Count - 1); lines?.RemoveAt(lines.Count - 1); }
        while (text.Count > 0 && text[0].Trim().Length == 0) { text.RemoveAt(0); lines?.RemoveAt(0); }
    }

    // Under the workspace's file limits (size, lines, line length, no binary), as File.ReadAllLines splits them.
    private static string[] ReadLines(string file)
    {
        var text = Meic.Sdk.Files.LimitedText.ReadAllText(file);
        if (text.Length == 0) return [];
        if (text.EndsWith('\n')) text = text[..^1];
        return text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }
}
