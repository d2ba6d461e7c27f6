using Meic.Core.Hosting;
using Meic.Core.Templates;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Core.Setup;

/// <summary>One thing wrong with a setup: the field it is about and what is expected, in the user's language.</summary>
public sealed record SetupProblem(string Field, string Message);

/// <summary>
/// The settings of a new cluster, as the setup wizard and <c>meic init</c> collect them. A value left null takes its
/// default: the template's, or one that follows from another (the time zone from the country, the country from the
/// template or the language). Nothing is written here: <see cref="Plan"/> checks everything and says what would be
/// created, <see cref="ClusterBootstrapper"/> creates it.
/// </summary>
public sealed class ClusterSetup
{
    /// <summary>The new workspace's folder.</summary>
    public string Directory { get; set; } = "";
    /// <summary>The template: rome, madrid, blank, or a folder with cluster.json.</summary>
    public string Template { get; set; } = "blank";
    /// <summary>The cluster's language (it, es, en); null for the template's.</summary>
    public string? Language { get; set; }
    /// <summary>The city; null for the template's.</summary>
    public string? City { get; set; }
    /// <summary>The country, by ISO code or name in any language; null for the template's, else the language's.</summary>
    public string? Country { get; set; }
    /// <summary>The IANA time zone; null for the country's.</summary>
    public string? TimeZone { get; set; }
    /// <summary>When no city is given or in the template, take the folder's name (the command line; the wizard asks instead).</summary>
    public bool CityFromFolder { get; set; }
    /// <summary>Where the cluster is kept: "sqlite" (the default) or "litedb".</summary>
    public string Store { get; set; } = "sqlite";
    /// <summary>The cluster's name; null for the template's (or one made from the city).</summary>
    public string? Name { get; set; }
    /// <summary>The promoter: an actor of the template (id or name) or a new one's name; null for the template's.</summary>
    public string? Promoter { get; set; }
    /// <summary>The secretariat (backbone), like the promoter; null for none yet.</summary>
    public string? Secretariat { get; set; }
    /// <summary>The thematic areas; null for the template's list.</summary>
    public List<AreaDefinition>? Areas { get; set; }

    /// <summary>The language the cluster will work in.</summary>
    public string EffectiveLanguage(ClusterTemplate template) => ClusterWords.Language(Language) ?? template.Cluster.Language;

    /// <summary>The city the cluster will serve.</summary>
    public string EffectiveCity(ClusterTemplate template)
    {
        var city = (City ?? template.Cluster.City).Trim();
        if (city.Length > 0 || !CityFromFolder || string.IsNullOrWhiteSpace(Directory)) return city;
        // A blank template named no city: the folder's name stands in (`meic init torino` is Torino), changeable later
        // with `meic cluster set city`, so a scripted init needs no flag it could not know.
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory))).Replace('-', ' ').Replace('_', ' ').Trim();
        return folder.Length == 0 ? "" : char.ToUpperInvariant(folder[0]) + folder[1..];
    }

    /// <summary>The country's code: as given, else the template's, else the one the language suggests; empty when none.</summary>
    public string EffectiveCountry(ClusterTemplate template)
    {
        if (!string.IsNullOrWhiteSpace(Country)) return Countries.Find(Country)?.Code ?? Country.Trim().ToUpperInvariant();
        if (template.Cluster.Country.Length > 0) return template.Cluster.Country;
        return Countries.ForLanguage(EffectiveLanguage(template))?.Code ?? "";
    }

    /// <summary>The time zone: as given, else the country's, else UTC.</summary>
    public string EffectiveTimeZone(ClusterTemplate template)
    {
        if (!string.IsNullOrWhiteSpace(TimeZone)) return TimeZone.Trim();
        if (template.Cluster.TimeZone.Length > 0 && (Country is null || Countries.Find(Country)?.Code == template.Cluster.Country)) return template.Cluster.TimeZone;
        return Countries.Find(EffectiveCountry(template))?.TimeZone ?? "UTC";
    }

    /// <summary>The name: as given, else the template's, or "MEIC cluster of CITY" when the city is not the template's.</summary>
    public string EffectiveName(ClusterTemplate template)
    {
        if (!string.IsNullOrWhiteSpace(Name)) return Name.Trim();
        var lang = EffectiveLanguage(template);
        var city = EffectiveCity(template);
        return city.Length > 0 && !string.Equals(city, template.Cluster.City, StringComparison.OrdinalIgnoreCase)
            ? HostStrings.Load(lang)["setup.defaultName", city]
            : template.DisplayName.For(lang);
    }

    /// <summary>The promoter as typed or the template's.</summary>
    public string EffectivePromoter(ClusterTemplate template) => (Promoter ?? template.Cluster.Promoter).Trim();

    /// <summary>The areas, as edited or the template's.</summary>
    public List<AreaDefinition> EffectiveAreas(ClusterTemplate template) => Areas ?? template.Cluster.Areas;

    /// <summary>
    /// Checks every field and, when all are right, says what <c>meic init</c> will create. Problems are worded in
    /// <paramref name="strings"/>' language; the plan is null when there is any.
    /// </summary>
    public (SetupPlan? Plan, List<SetupProblem> Problems) Plan(ClusterTemplate template, Strings strings)
    {
        var problems = new List<SetupProblem>();
        void Problem(string field, string key, params object?[] args) => problems.Add(new SetupProblem(field, strings[key, args]));

        if (string.IsNullOrWhiteSpace(Directory)) Problem("dir", "setup.err.dir");
        else if (File.Exists(Path.Combine(Directory, "toolkit.json")) || File.Exists(Path.Combine(Directory, "cluster.db"))) Problem("dir", "setup.err.dirTaken", Directory);
        else if (File.Exists(Directory)) Problem("dir", "setup.err.dirIsFile", Directory);

        if (Language is not null && ClusterWords.Language(Language) is null) Problem("lang", "setup.err.language", Language);
        var lang = EffectiveLanguage(template);

        var city = EffectiveCity(template);
        if (city.Length == 0) Problem("city", "setup.err.city");
        else if (city.Length > 100) Problem("city", "setup.err.tooLong", 100);

        var country = EffectiveCountry(template);
        if (country.Length > 0 && Countries.Find(country) is null && !(country.Length == 2 && country.All(char.IsAsciiLetterUpper)))
            Problem("country", "setup.err.country", Country);

        var zone = EffectiveTimeZone(template);
        if (!ClusterWords.IsTimeZone(zone, out var nearestZone))
            Problem("timezone", nearestZone is null ? "setup.err.timezone" : "setup.err.timezoneNear", zone, nearestZone);

        var name = EffectiveName(template);
        if (name.Length == 0) Problem("name", "setup.err.name");
        else if (name.Length > 200) Problem("name", "setup.err.tooLong", 200);

        var actors = new List<Actor>(template.Actors);
        var added = new List<Actor>();
        // A body typed by name that is not an actor yet becomes one; the template's own names are linked when they are actors.
        var note = strings["setup.newActorNote"];
        var (promoterId, promoterName) = Promoter is null
            ? Linked(template.Cluster.Promoter, actors)
            : Body(Promoter.Trim(), actors, added, note);
        if (promoterName.Length > 200) Problem("promoter", "setup.err.tooLong", 200);
        var (_, secretariatName) = Secretariat is null
            ? Linked(template.Cluster.Secretariat, actors)
            : Body(Secretariat.Trim(), actors, added, note);
        if (secretariatName.Length > 200) Problem("secretariat", "setup.err.tooLong", 200);

        var areas = EffectiveAreas(template);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (area, i) in areas.Select((a, i) => (a, i + 1)))
        {
            if (!AreaIds.IsValid(area.Id)) Problem($"areas[{i}]", "setup.err.areaId", area.Id);
            else if (!ids.Add(area.Id)) Problem($"areas[{i}]", "setup.err.areaTwice", area.Id);
            if (area.Label.Values.All(string.IsNullOrWhiteSpace)) Problem($"areas[{i}]", "setup.err.areaLabel", area.Id);
        }
        if (problems.Count > 0) return (null, problems);

        var languages = new List<string>(template.Cluster.Languages);
        languages.Remove(lang);
        languages.Insert(0, lang);
        var cluster = new Cluster
        {
            Id = "cluster", Name = name, City = city, Country = country, Language = lang, Languages = languages,
            Promoter = promoterName, PromoterId = promoterId ?? "", Secretariat = secretariatName, TimeZone = zone,
            Phase = template.Cluster.Phase, Template = template.Name,
            Areas = areas.Select(a => new AreaDefinition { Id = a.Id, Label = Clone(a.Label), MappedReference = a.MappedReference, ReferenceNote = a.ReferenceNote, Synonyms = new(a.Synonyms) }).ToList(),
            Districts = city == template.Cluster.City ? new(template.Cluster.Districts) : new(),
            Context = city == template.Cluster.City ? new(template.Cluster.Context) : new(),
        };
        return (new SetupPlan(cluster, added), problems);
    }

    /// <summary>The <c>meic</c> commands that create this cluster: <c>meic init … --flags</c>, then any change to the template's areas.</summary>
    public List<string> Commands(ClusterTemplate template)
    {
        var args = new List<string> { "meic", "init", Quote(Shown(Directory)), "--template", Quote(Template), "--lang", EffectiveLanguage(template), "--city", Quote(EffectiveCity(template)) };
        var country = EffectiveCountry(template);
        if (country.Length > 0) args.AddRange(["--country", country]);
        args.AddRange(["--timezone", Quote(EffectiveTimeZone(template)), "--name", Quote(EffectiveName(template))]);
        if (EffectivePromoter(template) is { Length: > 0 } p) args.AddRange(["--promoter", Quote(p)]);
        if (Secretariat is { Length: > 0 } s && s.Trim() != template.Cluster.Secretariat) args.AddRange(["--secretariat", Quote(s.Trim())]);
        var commands = new List<string> { string.Join(' ', args) };
        if (Areas is null) return commands;
        var cluster = "--cluster " + Quote(Shown(Directory));
        var before = template.Cluster.Areas.ToDictionary(a => a.Id, StringComparer.Ordinal);
        foreach (var a in Areas)
        {
            var labels = string.Join(' ', a.Label.Where(l => l.Value.Length > 0).Select(l => "--label " + Quote($"{l.Key}={l.Value}")));
            if (!before.TryGetValue(a.Id, out var old)) commands.Add($"meic cluster areas add {Quote(a.Id)} {labels} {cluster}");
            else if (!SameLabels(old.Label, a.Label)) commands.Add($"meic cluster areas rename {Quote(a.Id)} {labels} {cluster}");
        }
        foreach (var gone in template.Cluster.Areas.Where(o => Areas.All(a => a.Id != o.Id)))
            commands.Add($"meic cluster areas remove {Quote(gone.Id)} {cluster}");
        return commands;
    }

    // A folder as the person would type it from here: relative when it is below the current folder.
    private static string Shown(string directory)
    {
        var relative = Path.GetRelativePath(System.IO.Directory.GetCurrentDirectory(), directory);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? directory : relative;
    }

    /// <summary>A body named by an actor id or name: that actor, else a new actor with that name (added to <paramref name="added"/>).</summary>
    public static (string? Id, string Name) Body(string text, List<Actor> actors, List<Actor> added, string note)
    {
        if (text.Length == 0) return (null, "");
        var key = Countries.Fold(text);
        var found = actors.FirstOrDefault(a => a.Id == text) ?? actors.FirstOrDefault(a => Countries.Fold(a.Name) == key);
        if (found is not null) return (found.Id, found.Name);
        var actor = NewActor(text, actors, note);
        actors.Add(actor);
        added.Add(actor);
        return (actor.Id, actor.Name);
    }

    private static (string? Id, string Name) Linked(string name, List<Actor> actors)
    {
        var key = Countries.Fold(name);
        var found = name.Length == 0 ? null : actors.FirstOrDefault(a => a.Id == name || Countries.Fold(a.Name) == key);
        return (found?.Id, found?.Name ?? name.Trim());
    }

    /// <summary>A new actor for a body typed by name: a member of the cluster, public administration until said otherwise.</summary>
    public static Actor NewActor(string name, IEnumerable<Actor> existing, string note)
    {
        var slug = AreaIds.Slug(name);
        var taken = existing.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var id = slug;
        for (var n = 2; taken.Contains(id); n++) id = $"{slug}-{n}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow.Date);
        return new Actor
        {
            Id = id, Name = name, Sector = Sector.PublicAdministration, Stage = EngagementStage.Member,
            StageHistory = [new StageChange { Stage = EngagementStage.Member, Date = today, Note = note }],
        };
    }

    private static LocalizedText Clone(LocalizedText text)
    {
        var copy = new LocalizedText();
        foreach (var (k, v) in text) copy[k] = v;
        return copy;
    }

    private static bool SameLabels(LocalizedText a, LocalizedText b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <summary>Quotes a word for a POSIX shell when it needs it.</summary>
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '/' or '.' or ':' or '=' or '+' or ',')
            ? word
            : "'" + word.Replace("'", "'\\''") + "'";
}

/// <summary>What <c>meic init</c> will create: the cluster record and any actor the promoter or secretariat adds.</summary>
public sealed record SetupPlan(Cluster Cluster, IReadOnlyList<Actor> NewActors);
