using System.Reflection;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

/// <summary>
/// The vocabulary service: every controlled value of the toolkit by vocabulary name, with labels per language and
/// the parsing of what people type (see <see cref="Vocabulary"/>). <see cref="Shared"/> holds the SDK's own
/// vocabularies (sector, engagement stage, network kind, tie kind, tie intensity, tie source, phase) and those
/// plugins register (<see cref="Plugins.IPluginRegistry.AddVocabularies"/>); <see cref="ForCluster"/> layers a
/// cluster's areas and districts, with the synonyms its template declares, over it. Commands get the layered set
/// from <see cref="Plugins.IMeicContext.Vocabularies"/>. An enum's vocabulary is named after its type in kebab case
/// (<c>TieKind</c>: <c>tie-kind</c>) and its term ids are its values in kebab case (<c>information-exchange</c>).
/// Safe to read from several threads; adding replaces a vocabulary whole.
/// </summary>
public sealed class Vocabularies
{
    /// <summary>The name of a cluster's areas vocabulary (ids from <c>cluster.json</c>).</summary>
    public const string Area = "area";

    /// <summary>The name of a cluster's districts vocabulary (each district's name is its id).</summary>
    public const string District = "district";

    private static readonly Lazy<Vocabularies> SharedSet = new(() =>
    {
        var set = new Vocabularies(null);
        set.AddFrom(typeof(Vocabularies).Assembly, "Meic.Sdk.vocabulary.json");
        return set;
    });

    private readonly Vocabularies? _parent;
    private readonly Dictionary<string, Vocabulary> _own = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private Vocabularies(Vocabularies? parent) => _parent = parent;

    /// <summary>The process-wide set: the SDK's vocabularies and every loaded plugin's. Read on first use.</summary>
    public static Vocabularies Shared => SharedSet.Value;

    /// <summary>A new, empty set layered over <paramref name="parent"/>: its own vocabularies hide the parent's of the same name.</summary>
    public static Vocabularies Over(Vocabularies parent) => new(parent);

    /// <summary>Every vocabulary of this set and the sets under it, one per name.</summary>
    public IReadOnlyList<Vocabulary> All
    {
        get
        {
            var seen = new Dictionary<string, Vocabulary>(StringComparer.Ordinal);
            for (var set = this; set is not null; set = set._parent)
                lock (set._gate)
                    foreach (var (name, v) in set._own) seen.TryAdd(name, v);
            return seen.Values.OrderBy(v => v.Name, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Adds <paramref name="vocabulary"/>, replacing one of the same name in this set.</summary>
    public void Add(Vocabulary vocabulary)
    {
        lock (_gate) _own[vocabulary.Name] = vocabulary;
    }

    /// <summary>Adds the vocabularies defined in the JSON resource <paramref name="resourceName"/> of <paramref name="assembly"/> (the format is <see cref="Read"/>'s).</summary>
    /// <exception cref="InvalidDataException">The resource is missing or not a valid definition; the message names it and the line.</exception>
    public void AddFrom(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"The vocabulary resource {resourceName} is not in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        foreach (var v in Read(reader.ReadToEnd(), resourceName)) Add(v);
    }

    /// <summary>
    /// Adds <paramref name="synonyms"/> to the term <paramref name="id"/> of the vocabulary <paramref name="name"/>, in this set
    /// (a city's words for a sector, a template's for an area).
    /// </summary>
    /// <exception cref="ArgumentException">There is no such vocabulary or term.</exception>
    public void AddSynonyms(string name, string id, IEnumerable<string> synonyms)
    {
        var v = Find(name) ?? throw new ArgumentException($"There is no vocabulary '{name}'.", nameof(name));
        Add(v.WithSynonyms(id, synonyms));
    }

    /// <summary>The vocabulary named <paramref name="name"/>, or null.</summary>
    public Vocabulary? Find(string name)
    {
        for (var set = this; set is not null; set = set._parent)
            lock (set._gate)
                if (set._own.TryGetValue(name, out var v)) return v;
        return null;
    }

    /// <summary>The vocabulary named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No vocabulary has that name (a plugin did not register it).</exception>
    public Vocabulary Get(string name) => Find(name) ?? throw new KeyNotFoundException($"There is no vocabulary '{name}'.");

    /// <summary>The vocabulary of the enum <typeparamref name="T"/>, or null when none is registered.</summary>
    public Vocabulary? Of<T>() where T : struct, Enum => Find(NameOf<T>());

    /// <summary>The name of the vocabulary of the enum <typeparamref name="T"/>: its type name in kebab case (<c>tie-kind</c>).</summary>
    public static string NameOf<T>() where T : struct, Enum => Names.KebabOf(typeof(T).Name);

    /// <summary>The label of <paramref name="value"/> in <paramref name="language"/> (<c>Terzo settore</c>); its kebab id when no vocabulary has it.</summary>
    public string Label<T>(T value, string language) where T : struct, Enum
    {
        var id = Names.Kebab(value);
        return Of<T>() is { } v ? v.Label(id, language) : id;
    }

    /// <summary>The label of the term <paramref name="id"/> of the vocabulary <paramref name="name"/>; the id itself when either is unknown.</summary>
    public string Label(string name, string id, string language) => Find(name) is { } v ? v.Label(id, language) : id;

    /// <summary>Reads <paramref name="text"/> as a value of <typeparamref name="T"/>: its id, a label in any language or a synonym.</summary>
    public bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (Of<T>() is not { } v) return Names.TryParse(text, out value);
        return v.TryParse(text, out var term) && Names.TryParse(term.Id, out value);
    }

    /// <summary>Reads <paramref name="text"/> as a value of <typeparamref name="T"/>, or refuses it in <paramref name="language"/> with a did-you-mean (exit 2).</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="language">The user's language.</param>
    /// <param name="where">The file, line or option the text came from, when known.</param>
    public T Parse<T>(string text, string language, string? where = null) where T : struct, Enum
    {
        if (TryParse<T>(text, out var value)) return value;
        var v = Of<T>() ?? Fallback<T>();
        throw new InputException(v.Refusal(text, language), where);
    }

    /// <summary>Reads <paramref name="text"/> as a term of the vocabulary <paramref name="name"/> and returns its id, or refuses it (exit 2).</summary>
    /// <exception cref="KeyNotFoundException">No vocabulary has that name.</exception>
    public string Parse(string name, string text, string language, string? where = null) => Get(name).Parse(text, language, where).Id;

    // An enum nobody described still parses by its names; its refusal then lists the ids.
    private static Vocabulary Fallback<T>() where T : struct, Enum =>
        new(NameOf<T>(), new LocalizedText { ["en"] = Names.KebabOf(typeof(T).Name).Replace('-', ' ') },
            Enum.GetValues<T>().Select(e => new VocabularyTerm(Names.Kebab(e), new LocalizedText())));

    /// <summary>
    /// A set over this one with the cluster's own vocabularies: <see cref="Area"/> (each area's id, labels and
    /// <see cref="AreaDefinition.Synonyms"/>) and <see cref="District"/> (each district as the cluster spells it).
    /// </summary>
    public Vocabularies ForCluster(Cluster cluster)
    {
        var set = Over(this);
        var s = SdkText.Titles;
        set.Add(new Vocabulary(Area, s("area"), cluster.Areas.Select(a => new VocabularyTerm(a.Id, a.Label, a.Synonyms))));
        set.Add(new Vocabulary(District, s("district"), cluster.Districts.Select(d => new VocabularyTerm(d, new LocalizedText { ["en"] = d }))));
        return set;
    }

    /// <summary>
    /// Reads vocabulary definitions from JSON: an object of vocabulary name to
    /// <c>{ "title": { "it": …, "es": …, "en": … }, "terms": { "&lt;id&gt;": { "label": { "it": …, "es": …, "en": … }, "synonyms": [ … ] } } }</c>.
    /// Comments are allowed. <paramref name="source"/> names the text in errors.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not such an object; the message names the source and the line.</exception>
    public static IReadOnlyList<Vocabulary> Read(string json, string source) => VocabularyReader.Read(json, source);
}
