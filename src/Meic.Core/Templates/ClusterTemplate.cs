using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Templates;

/// <summary>A cluster starter: its identity, areas, actors and ties, read and checked from a template folder.</summary>
public sealed class ClusterTemplate
{
    /// <summary>The template's name.</summary>
    public required string Name { get; init; }
    /// <summary>Its folder.</summary>
    public required string Directory { get; init; }
    /// <summary>The cluster identity (cluster.json).</summary>
    public required Cluster Cluster { get; init; }
    /// <summary>The name per language (from cluster.json).</summary>
    public required LocalizedText DisplayName { get; init; }
    /// <summary>The actors (actors.json).</summary>
    public required List<Actor> Actors { get; init; }
    /// <summary>The ties (relationships.json).</summary>
    public required List<Relationship> Relationships { get; init; }

    /// <summary>The folder of template <paramref name="nameOrPath"/>: a name under <paramref name="templatesRoot"/>, or a folder path.</summary>
    public static string Locate(string nameOrPath, string templatesRoot)
    {
        var builtIn = Path.Combine(templatesRoot, nameOrPath);
        if (!nameOrPath.Contains('/') && !nameOrPath.Contains('\\') && System.IO.Directory.Exists(builtIn)) return builtIn;
        if (System.IO.Directory.Exists(nameOrPath) && File.Exists(Path.Combine(nameOrPath, "cluster.json"))) return Path.GetFullPath(nameOrPath);
        var known = System.IO.Directory.Exists(templatesRoot)
            ? string.Join(", ", System.IO.Directory.GetDirectories(templatesRoot).Select(Path.GetFileName).Order())
            : null;
        throw Meic.Core.Hosting.Worded.Input("init.unknownTemplate", "--template", nameOrPath, known ?? "-");
    }

    /// <summary>Reads and checks the template in <paramref name="directory"/>.</summary>
    /// <exception cref="InputException">A file is missing or malformed; the message names the file and field.</exception>
    public static ClusterTemplate Load(string directory)
    {
        var clusterFile = Path.Combine(directory, "cluster.json");
        var root = ReadJson(clusterFile) as JObject ?? throw Meic.Core.Hosting.Worded.Input("template.notObject", clusterFile);
        var displayName = Convert<LocalizedText>(root["name"], clusterFile, "$.name");
        root.Remove("name");
        var cluster = Convert<Cluster>(root, clusterFile, "$");
        if (!Strings.SupportedLanguages.Contains(cluster.Language))
            throw Meic.Core.Hosting.Worded.Input("init.badLanguage", $"{clusterFile}: $.language", cluster.Language);
        var areaIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (area, i) in cluster.Areas.Select((a, i) => (a, i)))
        {
            if (string.IsNullOrWhiteSpace(area.Id)) throw Meic.Core.Hosting.Worded.Input("template.areaNoId", $"{clusterFile}: $.areas[{i}]");
            if (!areaIds.Add(area.Id)) throw Meic.Core.Hosting.Worded.Input("template.areaTwice", $"{clusterFile}: $.areas[{i}]", area.Id);
        }

        var actorsFile = Path.Combine(directory, "actors.json");
        var actors = File.Exists(actorsFile) ? Convert<List<Actor>>(ReadJson(actorsFile), actorsFile, "$") : new();
        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (actor, i) in actors.Select((a, i) => (a, i)))
        {
            var at = $"{actorsFile}: $[{i}]";
            if (string.IsNullOrWhiteSpace(actor.Id) || string.IsNullOrWhiteSpace(actor.Name)) throw Meic.Core.Hosting.Worded.Input("template.actorNoId", at);
            if (!actorIds.Add(actor.Id)) throw Meic.Core.Hosting.Worded.Input("template.actorTwice", at, actor.Id);
            foreach (var area in actor.Areas.Where(a => !areaIds.Contains(a)))
                throw Meic.Core.Hosting.Worded.Input("template.unknownArea", $"{at}.areas", area, Suggest(area, areaIds));
        }

        var tiesFile = Path.Combine(directory, "relationships.json");
        var ties = File.Exists(tiesFile) ? Convert<List<Relationship>>(ReadJson(tiesFile), tiesFile, "$") : new();
        foreach (var (tie, i) in ties.Select((t, i) => (t, i)))
        {
            var at = $"{tiesFile}: $[{i}]";
            if (!actorIds.Contains(tie.Source)) throw Meic.Core.Hosting.Worded.Input("template.noSource", at, tie.Source);
            if (!actorIds.Contains(tie.Target)) throw Meic.Core.Hosting.Worded.Input("template.noTarget", at, tie.Target);
            if (tie.Source == tie.Target) throw Meic.Core.Hosting.Worded.Input("template.selfTie", at);
        }

        return new ClusterTemplate
        {
            Name = Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)),
            Directory = Path.GetFullPath(directory),
            Cluster = cluster, DisplayName = displayName, Actors = actors, Relationships = ties,
        };
    }

    private static Meic.Core.Hosting.Words Suggest(string text, IEnumerable<string> valid) =>
        Names.Nearest(text, valid) is { } n ? new("template.didYouMean", n) : new("template.oneOf", string.Join(", ", valid));

    private static JToken ReadJson(string file)
    {
        if (!File.Exists(file)) throw Meic.Core.Hosting.Worded.Input("template.missing", file);
        try { return JToken.Parse(File.ReadAllText(file)); }
        catch (JsonReaderException e) { throw Meic.Core.Hosting.Worded.Input(e, "template.badJson", file, e.LineNumber, e.LinePosition); }
    }

    private static T Convert<T>(JToken? token, string file, string path)
    {
        if (token is null) throw Meic.Core.Hosting.Worded.Input("template.valueMissing", $"{file}: {path}");
        var serializer = JsonSerializer.Create(Json.Settings);
        serializer.MissingMemberHandling = MissingMemberHandling.Error;
        try { return token.ToObject<T>(serializer) ?? throw Meic.Core.Hosting.Worded.Input("template.valueNull", $"{file}: {path}"); }
        catch (JsonException e)
        {
            var where = e is JsonSerializationException { Path: { Length: > 0 } p } ? $"{file}: $.{p}" : $"{file}: {path}";
            var line = e is JsonSerializationException { LineNumber: > 0 } s ? $" (line {s.LineNumber})" : "";
            throw new InputException(FirstSentence(e.Message) + line, where, e);
        }
    }

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". Path", StringComparison.Ordinal);
        return i > 0 ? message[..(i + 1)] : message;
    }
}
