using Meic.Sdk.Model;

namespace Meic.Mapping.Domain;

/// <summary>
/// How the network changed between two survey waves: ties gained, lost and kept, the actors that joined (a tie in the
/// later wave, none in the earlier) and that left, each wave's figures and how many actors had no tie in it.
/// </summary>
public sealed record WaveComparison(NetworkMetrics From, NetworkMetrics To, IReadOnlyList<string> Gained, IReadOnlyList<string> Lost, int Kept)
{
    /// <summary>The actors with a tie in the later wave and none in the earlier, by id.</summary>
    public IReadOnlyList<string> Joined { get; init; } = [];

    /// <summary>The actors with a tie in the earlier wave and none in the later, by id.</summary>
    public IReadOnlyList<string> Left { get; init; } = [];

    /// <summary>How many of the map's actors had no tie in each wave.</summary>
    public (int From, int To) Isolated { get; init; }

    /// <summary>
    /// Compares the ties of wave <paramref name="from"/> with those of wave <paramref name="to"/>; each wave's figures
    /// are those <paramref name="only"/> asks for (density, centralisation and components always come).
    /// </summary>
    public static WaveComparison Of(IReadOnlyList<Actor> actors, IReadOnlyList<Relationship> ties, string from, string to, Metric only = Metric.All)
    {
        static string Key(Relationship t) => string.CompareOrdinal(t.Source, t.Target) < 0 || t.Directed ? $"{t.Source}|{t.Target}" : $"{t.Target}|{t.Source}";
        var before = ties.Where(t => t.Wave == from).Select(Key).ToHashSet();
        var after = ties.Where(t => t.Wave == to).Select(Key).ToHashSet();
        var m1 = MetricsCalculator.Compute(ActorGraph.Build(actors, ties, from), only: only);
        var m2 = MetricsCalculator.Compute(ActorGraph.Build(actors, ties, to), only: only);
        var tiedBefore = Tied(ties, from);
        var tiedAfter = Tied(ties, to);
        var known = actors.Select(a => a.Id).ToHashSet();
        return new WaveComparison(m1.Network, m2.Network, after.Except(before).Order().ToList(), before.Except(after).Order().ToList(), before.Intersect(after).Count())
        {
            Joined = tiedAfter.Except(tiedBefore).Where(known.Contains).Order().ToList(),
            Left = tiedBefore.Except(tiedAfter).Where(known.Contains).Order().ToList(),
            Isolated = (m1.Actors.Count(a => a.Degree == 0), m2.Actors.Count(a => a.Degree == 0)),
        };
    }

    private static HashSet<string> Tied(IEnumerable<Relationship> ties, string wave) =>
        ties.Where(t => t.Wave == wave).SelectMany(t => new[] { t.Source, t.Target }).ToHashSet();
}
