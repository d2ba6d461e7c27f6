using Meic.Brokerage.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Domain;

/// <summary>
/// Gathers the needs the network should answer: those added here, the mapping plugin's context
/// analysis (<c>map-needs</c>), focus-group codes filed under a "needs" parent code, and meeting
/// decisions whose text names one of the cluster's areas. Other plugins may be absent: their
/// collections then read as empty.
/// </summary>
public static class NeedSources
{
    private static readonly string[] NeedParents = ["need", "needs", "bisogni", "bisogno", "necesidades", "necesidad"];

    public static IReadOnlyList<Need> All(IDocumentStore store)
    {
        var needs = new List<Need>(store.Collection<Need>(Collections.Needs).All());
        var areas = Areas(store);
        foreach (var m in store.Collection<MapNeedRecord>(Collections.MapNeeds).All())
        {
            if (string.IsNullOrWhiteSpace(m.Description)) continue;
            needs.Add(new Need
            {
                Id = $"map-needs/{m.Id}", Area = m.Area ?? InferArea(m.Description, areas), Description = m.Description!,
                District = m.District, Source = "context", Date = m.Date,
            });
        }
        var codes = store.Collection<FgCodeRecord>(Collections.FgCodes).All();
        var parents = codes.Where(c => NeedParents.Contains(TextMatch.Fold(c.Name).Trim())).Select(c => c.Id).ToHashSet();
        foreach (var c in codes.Where(c => c.ParentId is not null && parents.Contains(c.ParentId)))
        {
            var text = string.IsNullOrWhiteSpace(c.Definition) ? c.Name ?? "" : $"{c.Name}: {c.Definition}";
            needs.Add(new Need { Id = $"fg-codes/{c.Id}", Area = InferArea(text, areas), Description = text, Source = "focusGroup" });
        }
        foreach (var d in store.Collection<DecisionRecord>(Collections.Decisions).All())
        {
            var text = d.Proposal ?? d.Outcome;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var area = InferArea(text, areas);
            if (area is null) continue; // a decision about the network itself (dates, rules) is not a need
            needs.Add(new Need { Id = $"decisions/{d.Id}", Area = area, Description = text, Source = "decision" });
        }
        return needs;
    }

    public static Need? Find(IDocumentStore store, string id) =>
        All(store).FirstOrDefault(n => n.Id == id) ?? All(store).FirstOrDefault(n => n.Id.EndsWith("/" + id, StringComparison.Ordinal));

    public static IReadOnlyList<AreaDefinition> Areas(IDocumentStore store) =>
        store.Collection<Cluster>(Cluster.CollectionName).Get("cluster")?.Areas ?? [];

    /// <summary>The area whose id or label (in any language) shares a word with <paramref name="text"/>.</summary>
    public static string? InferArea(string? text, IReadOnlyList<AreaDefinition> areas)
    {
        var words = TextMatch.Words(text);
        string? best = null; var bestScore = 0;
        foreach (var area in areas)
        {
            var keys = TextMatch.Words(area.Id + " " + string.Join(' ', area.Label.Values));
            keys.UnionWith(AreaSynonyms(area.Id));
            var score = keys.Count(words.Contains);
            if (score > bestScore) { best = area.Id; bestScore = score; }
        }
        return best;
    }

    // Common words of each of the template areas, stemmed like TextMatch.Words.
    private static IEnumerable<string> AreaSynonyms(string areaId) => TextMatch.Words(CommonWords(areaId));

    /// <summary>The everyday words people use for a template area, in it/es/en ("casa" for housing).</summary>
    public static string CommonWords(string areaId) => areaId switch
    {
        "housing" => "casa alloggio abitazione vivienda alojamiento housing shelter accoglienza acogida bed letto",
        "work" => "lavoro trabajo job work employment empleo impiego formazione corso curso training vocational tirocinio impresa empresa",
        "culture" => "cultura sport deporte leisure tempo libero ocio music musica",
        "institutions" => "documenti documentos permit permesso residencia residenza legal legale sindacato union",
        "health" => "salute salud health medico doctor sanitario",
        "education" => "scuola escuela school italiano castellano language lingua idioma",
        _ => "",
    };

    /// <summary>What a search also matches for a service or need in <paramref name="areaId"/>: the area's labels in every language and its common words.</summary>
    public static string AreaKeywords(string? areaId, IReadOnlyList<AreaDefinition> areas)
    {
        if (areaId is null) return "";
        var area = areas.FirstOrDefault(a => a.Id == areaId);
        return $"{areaId} {(area is null ? "" : string.Join(' ', area.Label.Values))} {CommonWords(areaId)}";
    }

    /// <summary>The refusal of an area the cluster does not have, listing the cluster's areas by their names in the user's language.</summary>
    public static Meic.Sdk.Errors.InputException UnknownArea(string areaId, IReadOnlyList<AreaDefinition> areas, Strings s)
    {
        var near = Names.Nearest(areaId, areas.Select(a => a.Id));
        return new Meic.Sdk.Errors.InputException(s["refuse.unknownArea", areaId, near is null ? "" : s["refuse.didYouMean", near],
            string.Join(", ", areas.Select(a => a.Label.For(s.Language) is { Length: > 0 } l && l != a.Id ? $"{l} ({a.Id})" : a.Id))], "--area");
    }

    /// <summary>Adds a need (what `meic broker needs add` and the needs screen do): the area inferred from the text when not given.</summary>
    public static Need Add(IDocumentStore store, string description, string? area, string? district, IReadOnlyList<string> forWhom, string source, DateTimeOffset now, Strings s)
    {
        var text = description.Trim();
        if (text.Length == 0) throw new Meic.Sdk.Errors.InputException(s["refuse.needDescription"], "--description");
        var areas = Areas(store);
        var areaId = area ?? InferArea(text, areas);
        if (areaId is not null && areas.Count > 0 && areas.All(a => a.Id != areaId))
            throw UnknownArea(areaId, areas, s);
        if (source is not ("manual" or "context" or "focusGroup" or "decision")) throw new Meic.Sdk.Errors.InputException(BrokerVocabularies.Get(BrokerVocabularies.NeedSource).Refusal(source, s.Language), "--source");
        return store.Collection<Need>(Collections.Needs).Insert(new Need
        {
            Description = text, Area = areaId, District = string.IsNullOrWhiteSpace(district) ? null : district.Trim(), ForWhom = forWhom.ToList(),
            Source = source, Date = now.ToString("yyyy-MM-dd"),
        });
    }
}
