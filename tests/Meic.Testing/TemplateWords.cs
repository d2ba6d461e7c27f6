using System.Text.Json;

namespace Meic.Testing;

/// <summary>
/// The words a cluster made from the Rome template holds as data (names, descriptions, clauses, ids of its records):
/// shown as the template gives them, in whatever language, so the pseudo-language checks (<see cref="PseudoText"/>)
/// let them through.
/// </summary>
public static class TemplateWords
{
    private static readonly Lazy<IReadOnlySet<string>> RomeWords = new(Build);

    /// <summary>The Rome template's data words, with the pieces a table's narrow column cuts them into.</summary>
    public static IReadOnlySet<string> Rome => RomeWords.Value;

    private static HashSet<string> Build()
    {
        var words = Of(Path.Combine(Repo.Root, "templates", "clusters", "rome"), VocabularyIds());
        words.UnionWith(Of(Path.Combine(Repo.Root, "templates", "agreements"), new HashSet<string>()));
        // a table cuts a long name at its column's width: the pieces of a data word are data too
        foreach (var w in words.ToList())
            for (var n = 3; n < w.Length; n++) { words.Add(w[..n]); words.Add(w[^n..]); }
        // a long id cut at both ends by a narrow column and a line's end
        foreach (var w in words.Where(w => w.Contains('-') && w.Length > 12).ToList())
            for (var i = 1; i < w.Length - 5; i++) words.Add(w[i..^1]);
        // the templates' ids and the person who made the records (the store names its user)
        words.UnionWith(Directory.EnumerateDirectories(Path.Combine(Repo.Root, "templates", "clusters")).Select(d => Path.GetFileName(d)));
        words.Add(Environment.UserName);
        return words;
    }

    // Every string of the template's data except the ids of controlled values ("third-sector", "housing"): one of those
    // shown where its label belongs is still found.
    private static HashSet<string> Of(string template, IReadOnlySet<string> vocabularyIds)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".json", StringComparison.Ordinal) && Path.GetFileName(file) != "toolkit.json")
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
                foreach (var text in Strings(doc.RootElement).Where(t => !vocabularyIds.Contains(t)))
                    words.UnionWith(PseudoText.Words(text));
            }
            else if (file.EndsWith(".template", StringComparison.Ordinal) || file.EndsWith(".clauses", StringComparison.Ordinal)
                     || file.EndsWith(".csv", StringComparison.Ordinal))
                words.UnionWith(PseudoText.Words(File.ReadAllText(file)));
        }
        return words;
    }

    // The term ids of every vocabulary the toolkit ships and of the template's areas and districts.
    private static HashSet<string> VocabularyIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "vocabulary*.json", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Repo.Root, "plugins"), "vocabulary*.json", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        foreach (var file in files)
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            foreach (var vocabulary in doc.RootElement.EnumerateObject())
                if (vocabulary.Value.TryGetProperty("terms", out var terms))
                    foreach (var term in terms.EnumerateObject()) ids.Add(term.Name);
        }
        using var cluster = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "templates", "clusters", "rome", "cluster.json")),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        foreach (var list in new[] { "areas", "districts" })
            if (cluster.RootElement.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array)
                foreach (var item in items.EnumerateArray())
                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id)) ids.Add(id.GetString()!);
        return ids;
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

}
