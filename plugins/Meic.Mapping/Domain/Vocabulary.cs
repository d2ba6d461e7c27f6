using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>Turns what people type (enum names, area ids or labels, districts) into stored values, or says what was meant.</summary>
public sealed class Vocabulary(Cluster cluster)
{
    public Cluster Cluster { get; } = cluster;

    public static T Parse<T>(string text, string where) where T : struct, Enum
    {
        if (Names.TryParse<T>(text, out var value)) return value;
        var options = Enum.GetValues<T>().Select(v => Names.Kebab(v)).ToList();
        // common aliases people type
        if (typeof(T) == typeof(Sector) && Alias(text) is { } s && Names.TryParse<T>(s, out var aliased)) return aliased;
        var nearest = Names.Nearest(text, options);
        throw new InputException($"unknown {Label<T>()} '{text}'" + (nearest is null ? "" : $"; did you mean '{nearest}'?") + $" Valid: {string.Join(", ", options)}.", where);
    }

    private static string? Alias(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ngo" or "ong" or "nonprofit" or "non-profit" or "terzo settore" or "tercer sector" => "thirdSector",
        "public" or "pa" or "municipality" or "pubblica amministrazione" or "administración pública" => "publicAdministration",
        "university" or "universita" or "università" or "universidad" => "research",
        "union" or "trade union" or "employer association" or "sindacato" => "representativeBody",
        "business" or "enterprise" or "impresa" or "empresa" => "company",
        "diaspora" => "diasporaCommunity",
        _ => null,
    };

    private static string Label<T>() => typeof(T).Name switch
    {
        nameof(Sector) => "sector",
        nameof(EngagementStage) => "stage",
        nameof(NetworkKind) => "network kind",
        nameof(TieKind) => "tie kind",
        nameof(TieIntensity) => "intensity",
        nameof(TieSource) => "source",
        _ => typeof(T).Name,
    };

    /// <summary>An area id from an id or a label in any language.</summary>
    public string Area(string text, string where)
    {
        var t = text.Trim();
        foreach (var a in Cluster.Areas)
            if (string.Equals(a.Id, t, StringComparison.OrdinalIgnoreCase) || a.Label.Values.Any(l => string.Equals(l, t, StringComparison.OrdinalIgnoreCase)))
                return a.Id;
        if (Cluster.Areas.Count == 0) return t; // a blank cluster has no areas yet: accept as typed
        var nearest = Names.Nearest(t, Cluster.Areas.Select(a => a.Id).Concat(Cluster.Areas.SelectMany(a => a.Label.Values)));
        var id = nearest is null ? null : Cluster.Areas.First(a => a.Id == nearest || a.Label.Values.Contains(nearest)).Id;
        throw new InputException($"unknown area '{text}'" + (id is null ? "" : $"; did you mean '{id}'?") + $" Valid: {string.Join(", ", Cluster.Areas.Select(a => a.Id))}.", where);
    }

    public List<string> Areas(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return new();
        var whole = Cluster.Areas.FirstOrDefault(a => a.Label.Values.Any(l => string.Equals(l, text.Trim(), StringComparison.OrdinalIgnoreCase)));
        if (whole is not null) return [whole.Id]; // labels may contain commas ("Cultura, tempo libero e sport")
        return Split(text).Select(a => Area(a, where)).Distinct().ToList();
    }

    /// <summary>A district as the cluster spells it; any text when the cluster lists no districts.</summary>
    public string? District(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (Cluster.Districts.Count == 0) return t;
        var match = Cluster.Districts.FirstOrDefault(d => string.Equals(d, t, StringComparison.OrdinalIgnoreCase));
        if (match is not null) return match;
        var nearest = Names.Nearest(t, Cluster.Districts);
        throw new InputException($"unknown district '{text}'" + (nearest is null ? "." : $"; did you mean '{nearest}'?"), where);
    }

    public string AreaLabel(string id, string language) =>
        Cluster.Areas.FirstOrDefault(a => a.Id == id)?.Label.For(language) ?? id;

    /// <summary>Yes or no in any of the toolkit's languages; null when empty; anything else is refused naming <paramref name="field"/>.</summary>
    public static bool? YesNo(string text, string field, string where)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length == 0) return null;
        if (t is "yes" or "y" or "true" or "1" or "si" or "sì" or "sí" or "x" or "vero" or "verdadero" or "directed" or "diretto" or "dirigido" or "orientato") return true;
        if (t is "no" or "n" or "false" or "0" or "falso" or "undirected" or "non diretto" or "no dirigido" or "non orientato") return false;
        throw new InputException($"{field} '{Meic.Sdk.Tables.TableText.Excerpt(text)}' is not yes or no.", where);
    }

    public static List<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? new() : text.Split(new[] { ';', '|', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
