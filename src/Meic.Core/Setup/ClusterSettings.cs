using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Core.Setup;

/// <summary>
/// Changes to an existing cluster's settings, checked the way <see cref="ClusterSetup"/> checks a new one, for
/// <c>meic cluster set</c>, <c>meic cluster areas …</c> and the application's Cluster screen. Each method changes the
/// record in memory or throws an <see cref="InputException"/> worded in the user's language; the caller saves.
/// </summary>
public static class ClusterSettings
{
    /// <summary>The settings <c>meic cluster set</c> takes.</summary>
    public static IReadOnlyList<string> Names { get; } = ["name", "promoter", "secretariat", "city", "country", "timezone", "language", "languages", "phase"];

    /// <summary>
    /// Sets <paramref name="setting"/> to <paramref name="value"/> (in the user's words). A promoter or secretariat
    /// that is not one of <paramref name="actors"/> is returned as a new actor to insert. Returns the value as stored, for reading.
    /// </summary>
    public static (string Shown, Actor? NewActor) Set(Cluster cluster, string setting, string value, IReadOnlyList<Actor> actors, Strings t)
    {
        var key = SettingName(setting);
        var where = setting;
        if (!Names.Contains(key))
            throw new InputException(t["cluster.err.setting", setting, string.Join(", ", Names.Select(n => t["cluster.field." + n].ToLowerInvariant()))], "SETTING");
        value = value.Trim();
        if (value.Length == 0 && key is not ("secretariat" or "country")) throw new InputException(t["cluster.err.empty"], where);
        Actor? added = null;
        switch (key)
        {
            case "name":
                if (value.Length > 200) throw new InputException(t["setup.err.tooLong", 200], where);
                cluster.Name = value;
                return (value, null);
            case "city":
                if (value.Length > 100) throw new InputException(t["setup.err.tooLong", 100], where);
                cluster.City = value;
                return (value, null);
            case "country":
                if (value.Length == 0) { cluster.Country = ""; return (t["cluster.none"], null); }
                var country = Countries.Find(value);
                if (country is null && !(value.Length == 2 && value.All(char.IsAsciiLetter))) throw new InputException(t["setup.err.country", value], where);
                cluster.Country = country?.Code ?? value.ToUpperInvariant();
                return (country is null ? cluster.Country : $"{country.Name(t.Language)} ({country.Code})", null);
            case "timezone":
                if (!ClusterWords.IsTimeZone(value, out var near))
                    throw new InputException(t[near is null ? "setup.err.timezone" : "setup.err.timezoneNear", value, near], where);
                cluster.TimeZone = value;
                return (value, null);
            case "language":
                var lang = ClusterWords.Language(value) ?? throw new InputException(t["setup.err.language", value], where);
                cluster.Language = lang;
                cluster.Languages.Remove(lang);
                cluster.Languages.Insert(0, lang);
                return (ClusterWords.LanguageName(lang, t), null);
            case "languages":
                var codes = ClusterWords.Languages(value, out var unknown);
                if (unknown.Count > 0 || codes.Count == 0) throw new InputException(t["setup.err.language", string.Join(", ", unknown)], where);
                // The cluster's own language stays first: documents are written in it.
                if (!codes.Contains(cluster.Language)) cluster.Language = codes[0];
                codes.Remove(cluster.Language);
                codes.Insert(0, cluster.Language);
                cluster.Languages = codes;
                return (string.Join(", ", codes.Select(c => ClusterWords.LanguageName(c, t))), null);
            case "phase":
                var phase = ClusterWords.Phase(value) ?? throw new InputException(t["cluster.err.phase", value, ClusterWords.PhaseChoices(t)], where);
                cluster.Phase = phase;
                return (ClusterWords.PhaseLabel(phase, t), null);
            case "promoter":
            case "secretariat":
                var list = actors.ToList();
                var news = new List<Actor>();
                string? id = null, name = "";
                if (value.Length > 0) (id, name) = ClusterSetup.Body(value, list, news, t["setup.newActorNote"]);
                if (name.Length > 200) throw new InputException(t["setup.err.tooLong", 200], where);
                added = news.FirstOrDefault();
                if (key == "promoter") { cluster.Promoter = name; cluster.PromoterId = id ?? ""; }
                else cluster.Secretariat = name;
                return (name.Length > 0 ? name : t["cluster.none"], added);
        }
        throw new InvalidOperationException(key); // every name is handled above
    }

    /// <summary>
    /// The setting <paramref name="typed"/> names: its id (<c>timezone</c>) or its label in any language
    /// (<c>fuso orario</c>, <c>zona horaria</c>, <c>promotore</c>), or the text itself when it names none.
    /// </summary>
    public static string SettingName(string typed)
    {
        var key = Countries.Fold(typed).Replace("-", "").Replace("_", "");
        if (key == "tz") return "timezone";
        if (Names.Contains(key)) return key;
        foreach (var lang in Strings.SupportedLanguages)
        {
            var t = Hosting.HostStrings.Load(lang);
            foreach (var name in Names)
            {
                var label = Countries.Fold(t["cluster.field." + name]);
                if (label == Countries.Fold(typed) || label.Split(' ')[0] == key) return name;
            }
        }
        return key;
    }

    /// <summary>Adds an area with <paramref name="labels"/> (typed as <c>LANG=TEXT</c> or bare text); the id from the first label when not given.</summary>
    public static AreaDefinition AddArea(Cluster cluster, string? id, IReadOnlyList<string> labels, Strings t)
    {
        var label = Labels(labels, cluster.Language, t);
        id = string.IsNullOrWhiteSpace(id) ? AreaIds.Slug(label.For(cluster.Language)) : id.Trim();
        if (!AreaIds.IsValid(id)) throw new InputException(t["setup.err.areaId", id], "ID");
        if (cluster.Areas.Any(a => a.Id == id) || AreaIds.Find(cluster.Areas, label.For(cluster.Language)) is not null)
            throw new InputException(t["cluster.err.areaExists", cluster.Areas.FirstOrDefault(a => a.Id == id)?.Id ?? AreaIds.Find(cluster.Areas, label.For(cluster.Language))!.Id], "ID");
        var area = new AreaDefinition { Id = id, Label = label };
        cluster.Areas.Add(area);
        return area;
    }

    /// <summary>Replaces the labels given (per language) of the area <paramref name="text"/> names; other languages keep theirs.</summary>
    public static AreaDefinition RenameArea(Cluster cluster, string text, IReadOnlyList<string> labels, Strings t)
    {
        var area = FindArea(cluster, text, t);
        foreach (var (lang, value) in Labels(labels, cluster.Language, t)) area.Label[lang] = value;
        return area;
    }

    /// <summary>Removes the area <paramref name="text"/> names; refused while <paramref name="actorsInIt"/> is above zero.</summary>
    public static AreaDefinition RemoveArea(Cluster cluster, string text, Func<string, int> actorsInIt, Strings t)
    {
        var area = FindArea(cluster, text, t);
        var n = actorsInIt(area.Id);
        if (n > 0) throw new InputException(t["cluster.err.areaInUse", n, area.Id], "ID");
        cluster.Areas.Remove(area);
        return area;
    }

    /// <summary>The area named by its id or a label, or a refusal listing the areas.</summary>
    public static AreaDefinition FindArea(Cluster cluster, string text, Strings t) =>
        AreaIds.Find(cluster.Areas, text)
        ?? throw new InputException(t["cluster.err.areaUnknown", text,
            string.Join(", ", cluster.Areas.Select(a => $"{a.Id} ({a.Label.For(t.Language)})"))], "ID");

    /// <summary>One line of labels, in the cluster's languages' order: <c>it: Lavoro · es: Trabajo</c>.</summary>
    public static string LabelLine(AreaDefinition area) => string.Join(" · ", area.Label.Select(l => $"{l.Key}: {l.Value}"));

    private static LocalizedText Labels(IReadOnlyList<string> typed, string language, Strings t)
    {
        var label = new LocalizedText();
        foreach (var one in typed)
            if (AreaIds.Label(one, language) is { } l) label[l.Language] = l.Text;
        if (label.Count == 0) throw new InputException(t["cluster.err.labelMissing"], "--label");
        return label;
    }
}
