using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>Turns what people type (enum names, area ids or labels, districts) into stored values, or says what was meant.</summary>
public sealed class Vocabulary(Cluster cluster, Strings text)
{
    public Cluster Cluster { get; } = cluster;
    /// <summary>The plugin's strings in the user's language, for refusals.</summary>
    public Strings Text { get; } = text;

    // What was typed, parsed once: a sheet repeats a handful of values over thousands of rows.
    private static class Known<T> where T : struct, Enum
    {
        public static readonly Dictionary<string, T> Values = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// Through the SDK's vocabulary service: an id, a label in any language or a synonym; refused in
    /// <paramref name="language"/> with a did-you-mean. What imports parse their values with.
    /// </summary>
    public static T Parse<T>(string text, string where, string language) where T : struct, Enum
    {
        lock (Known<T>.Values)
            if (Known<T>.Values.TryGetValue(text, out var known)) return known;
        T parsed;
        if (Names.TryParse<T>(text, out var named)) parsed = named;
        else if (Meic.Sdk.Text.Vocabularies.Shared.TryParse<T>(text, out var value)) parsed = value;
        else if (Alias(typeof(T), text) is { } s && Names.TryParse<T>(s, out var aliased)) parsed = aliased;
        else parsed = Meic.Sdk.Text.Vocabularies.Shared.Parse<T>(text, language, where);
        lock (Known<T>.Values) Known<T>.Values[text] = parsed;
        return parsed;
    }

    /// <summary>The labels an option's help lists for <typeparamref name="T"/>; ids and any language's labels are accepted all the same.</summary>
    public static string Choices<T>(Strings text) where T : struct, Enum =>
        Meic.Sdk.Text.Vocabularies.Shared.Of<T>()?.Choices(text.Language) ?? string.Join(", ", Enum.GetNames<T>().Select(Names.KebabOf));

    private static string Fold(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD))
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }

    private static readonly Dictionary<Type, Dictionary<string, string>> Aliases = new()
    {
        [typeof(Sector)] = Table(
            ("thirdSector", "ngo|ong|nonprofit|non-profit|terzo settore|tercer sector|associazione|asociacion|no profit"),
            ("publicAdministration", "public|pa|municipality|pubblica amministrazione|amministrazione pubblica|ente pubblico|administracion publica|ayuntamiento|comune"),
            ("research", "university|universita|universidad|ricerca|investigacion"),
            ("representativeBody", "union|trade union|employer association|sindacato|sindicato|associazione di categoria|organizzazione di rappresentanza|patronal"),
            ("company", "business|enterprise|impresa|empresa|azienda"),
            ("diasporaCommunity", "diaspora|comunita della diaspora|comunidad de la diaspora|comunidad diaspora"),
            ("informalGroup", "gruppo informale|grupo informal")),
        [typeof(EngagementStage)] = Table(
            ("mapped", "mappato|mapeado"), ("contacted", "contattato|contactado"), ("interested", "interessato|interesado"),
            ("member", "membro|aderente|miembro"), ("signatory", "firmatario|firmante"), ("inactive", "inattivo|inactivo"), ("exited", "uscito|salido")),
        [typeof(NetworkKind)] = Table(
            ("cooperative", "cooperativa|cooperativo"), ("coordinated", "coordinata|coordinato|coordinada|coordinado"), ("collaborative", "collaborativa|collaborativo|colaborativa|colaborativo")),
        [typeof(TieKind)] = Table(
            ("informationExchange", "scambio di informazioni|scambio informazioni|intercambio de informacion"),
            ("referral", "invio|segnalazione|derivacion"), ("jointProject", "progetto comune|progetto congiunto|proyecto conjunto|proyecto comun"),
            ("coDesign", "coprogettazione|co-progettazione|codiseno|co-diseno"), ("funding", "finanziamento|financiacion|financiamiento"),
            ("formalAgreement", "accordo formale|acuerdo formal|convenzione|convenio")),
        [typeof(TieIntensity)] = Table(
            ("awareness", "conoscenza|conocimiento"), ("cooperation", "cooperazione|cooperacion"), ("coordination", "coordinamento|coordinacion"), ("collaboration", "collaborazione|colaboracion")),
        [typeof(TieSource)] = Table(
            ("plan", "piano"), ("survey", "indagine|questionario|encuesta|cuestionario"), ("focusGroup", "gruppo di discussione|grupo focal"),
            ("agreement", "accordo|acuerdo"), ("referral", "segnalazione|derivacion"), ("manual", "manuale|a mano")),
    };

    private static Dictionary<string, string> Table(params (string Value, string Words)[] rows)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (value, words) in rows) foreach (var w in words.Split('|')) d[Fold(w)] = value;
        return d;
    }

    private static string? Alias(Type type, string text) =>
        Aliases.TryGetValue(type, out var table) && table.TryGetValue(Fold(text), out var value) ? value : null;

    /// <summary>An area id from an id or a label in any language.</summary>
    public string Area(string text, string where)
    {
        var t = text.Trim();
        if (AreaWords.TryParse(t, out var term)) return term.Id; // id, label in any language or the template's synonym, accents ignored
        foreach (var a in Cluster.Areas)
            if (string.Equals(a.Id, t, StringComparison.OrdinalIgnoreCase) || a.Label.Values.Any(l => string.Equals(l, t, StringComparison.OrdinalIgnoreCase)))
                return a.Id;
        if (Cluster.Areas.Count == 0) return t; // a blank cluster has no areas yet: accept as typed
        throw new InputException(AreaWords.Refusal(text, Text.Language), where); // the areas by their names in the user's language, with their ids
    }

    private Meic.Sdk.Text.Vocabulary? _areaWords;

    /// <summary>The cluster's areas as the SDK's vocabulary service has them (the same words <c>ctx.Vocabularies</c> reads).</summary>
    public Meic.Sdk.Text.Vocabulary AreaWords => _areaWords ??= Meic.Sdk.Text.Vocabularies.Shared.ForCluster(Cluster).Get(Meic.Sdk.Text.Vocabularies.Area);

    private readonly Dictionary<string, List<string>> _areas = new(StringComparer.Ordinal);

    public List<string> Areas(string? text, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return new();
        if (_areas.TryGetValue(text, out var known)) return [.. known];
        var parsed = AreasOnce(text, where);
        _areas[text] = parsed;
        return [.. parsed];
    }

    private List<string> AreasOnce(string text, string where)
    {
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
        throw new InputException(Meic.Sdk.Text.Vocabularies.Shared.ForCluster(Cluster).Get(Meic.Sdk.Text.Vocabularies.District).Refusal(text, Text.Language), where);
    }

    public string AreaLabel(string id, string language) =>
        Cluster.Areas.FirstOrDefault(a => a.Id == id)?.Label.For(language) ?? id;

    /// <summary>Yes or no in any of the toolkit's languages; null when empty; anything else is refused naming <paramref name="field"/>.</summary>
    public static bool? YesNo(string text, string field, string where, Strings s)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length == 0) return null;
        if (t is "yes" or "y" or "true" or "1" or "si" or "sì" or "sí" or "x" or "vero" or "verdadero" or "directed" or "diretto" or "dirigido" or "orientato") return true;
        if (t is "no" or "n" or "false" or "0" or "falso" or "undirected" or "non diretto" or "no dirigido" or "non orientato") return false;
        throw new InputException(s["refuse.yesNo", field, Meic.Sdk.Tables.TableText.Excerpt(text)], where);
    }

    public static List<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? new() : text.Split(new[] { ';', '|', ',' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
