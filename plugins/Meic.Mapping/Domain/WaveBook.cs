using Meic.Mapping.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;

namespace Meic.Mapping.Domain;

/// <summary>One survey wave with how many actors and ties it recorded.</summary>
public sealed record WaveEntry(Wave Wave, int Actors, int Ties);

/// <summary>
/// The survey waves, for <c>meic map waves …</c> and the waves screen alike: listed by date with their counts, added
/// with the same checks, compared with another wave or with the one before.
/// </summary>
public sealed class WaveBook(MapData data)
{
    public MapData Data { get; } = data;

    /// <summary>Every wave by date, with the actors that have a tie recorded in it and its ties.</summary>
    public IReadOnlyList<WaveEntry> List(IReadOnlyList<Relationship>? ties = null)
    {
        ties ??= Data.Ties.All();
        var byWave = ties.Where(t => t.Wave is not null).GroupBy(t => t.Wave!).ToDictionary(g => g.Key, g => g.ToList());
        return Data.Waves.All().OrderBy(w => w.Date).ThenBy(w => w.Id, StringComparer.Ordinal)
            .Select(w => byWave.TryGetValue(w.Id, out var own)
                ? new WaveEntry(w, own.SelectMany(t => new[] { t.Source, t.Target }).Distinct().Count(), own.Count)
                : new WaveEntry(w, 0, 0))
            .ToList();
    }

    /// <summary>
    /// The id a wave called <paramref name="label"/> on <paramref name="date"/> gets: readable words from the label
    /// (<c>primavera-2027</c>), the date when the label has none, made unique among the waves there are.
    /// </summary>
    public string IdFor(string label, DateOnly? date)
    {
        var key = NameKey.Of(label);
        var slug = key.Trim().Length > 0 ? NameKey.SlugOfKey(key) : date is { } d ? $"wave-{d:yyyy-MM-dd}" : "wave";
        var taken = Data.Waves.All().Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        var id = slug;
        for (var n = 2; taken.Contains(id); n++) id = $"{slug}-{n}";
        return id;
    }

    /// <summary>Records a wave; refuses an id already taken (exit 2, nothing written).</summary>
    public Wave Add(string id, DateOnly date, string? label, string? note)
    {
        id = id.Trim();
        if (id.Length == 0) throw new InputException(Data.Text["err.waveIdEmpty"], "WAVE");
        if (Data.Waves.Get(id) is not null) throw new InputException(Data.Text["err.waveExists", id], "WAVE");
        return Data.Waves.Insert(new Wave
        {
            Id = id, Date = date, Label = string.IsNullOrWhiteSpace(label) ? id : label.Trim(),
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
    }

    /// <summary>The wave <paramref name="id"/>, or a refusal naming it (exit 2).</summary>
    public Wave Get(string id, string where) => Data.Waves.Get(id) ?? throw new InputException(Data.Text["err.noWave", id], where);

    /// <summary>The wave dated just before <paramref name="wave"/>, or null for the first.</summary>
    public Wave? Previous(Wave wave, IReadOnlyList<WaveEntry>? list = null)
    {
        var waves = (list ?? List()).Select(e => e.Wave).ToList();
        var at = waves.FindIndex(w => w.Id == wave.Id);
        return at > 0 ? waves[at - 1] : null;
    }

    /// <summary>How the network changed from wave <paramref name="from"/> to wave <paramref name="to"/>, both checked.</summary>
    public WaveComparison Compare(string from, string to, Metric only = Metric.All, IReadOnlyList<Actor>? actors = null, IReadOnlyList<Relationship>? ties = null)
    {
        Get(from, "FROM");
        Get(to, "TO");
        return WaveComparison.Of(actors ?? Data.Actors.All(), ties ?? Data.Ties.All(), from, to, only);
    }
}
