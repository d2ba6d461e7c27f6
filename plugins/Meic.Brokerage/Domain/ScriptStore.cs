using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Domain;

/// <summary>Orientation scripts: one document per need and language, id <c>need.language</c>.</summary>
public static class ScriptStore
{
    public static readonly string[] Languages = ["it", "es", "en"];

    public static string IdOf(OrientationScript s) => $"{s.Need}.{s.Language}";

    public static (int Added, int Updated) Upsert(IDocumentStore store, IReadOnlyList<OrientationScript> scripts, string source, Strings t)
    {
        for (var i = 0; i < scripts.Count; i++)
        {
            var s = scripts[i]; var where = $"{source}: [{i}]";
            if (string.IsNullOrWhiteSpace(s.Need) || !s.Need.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                throw new InputException(t["refuse.scriptNeed", s.Need], where);
            if (!Languages.Contains(s.Language)) throw new InputException(t["refuse.scriptLanguage", s.Language], where);
            if (string.IsNullOrWhiteSpace(s.Title)) throw new InputException(t["refuse.scriptTitle"], where);
            if (s.Questions.Count == 0) throw new InputException(t["refuse.scriptQuestions"], where);
        }
        var collection = store.Collection<OrientationScript>(Collections.Scripts);
        var added = 0; var updated = 0;
        using var tx = store.BeginTransaction();
        foreach (var s in scripts)
        {
            s.Id = IdOf(s);
            var existing = collection.Get(s.Id);
            if (existing is null) { collection.Insert(s); added++; }
            else { s.Version = existing.Version; collection.Update(s); updated++; }
        }
        tx.Commit();
        return (added, updated);
    }

    /// <summary>The script with this id, or the one for this need in <paramref name="language"/> (else English, else any).</summary>
    public static OrientationScript? Find(IDocumentStore store, string idOrNeed, string language)
    {
        var c = store.Collection<OrientationScript>(Collections.Scripts);
        return c.Get(idOrNeed) ?? c.Get($"{idOrNeed}.{language}") ?? c.Get($"{idOrNeed}.en") ?? c.Find(("need", idOrNeed)).FirstOrDefault();
    }
}
