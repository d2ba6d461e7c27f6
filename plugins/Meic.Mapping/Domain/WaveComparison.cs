using Meic.Sdk.Model;

namespace Meic.Mapping.Domain;

/// <summary>How the network changed between two survey waves: ties gained, lost and kept, and each wave's figures.</summary>
public sealed record WaveComparison(NetworkMetrics From, NetworkMetrics To, IReadOnlyList<string> Gained, IReadOnlyList<string> Lost, int Kept)
{
    /// <summary>Compares the ties of wave <paramref name="from"/> with those of wave <paramref name="to"/>.</summary>
    public static WaveComparison Of(IReadOnlyList<Actor> actors, IReadOnlyList<Relationship> ties, string from, string to)
    {
        static string Key(Relationship t) => string.CompareOrdinal(t.Source, t.Target) < 0 || t.Directed ? $"{t.Source}|{t.Target}" : $"{t.Target}|{t.Source}";
        var before = ties.Where(t => t.Wave == from).Select(Key).ToHashSet();
        var after = ties.Where(t => t.Wave == to).Select(Key).ToHashSet();
        var m1 = MetricsCalculator.Compute(ActorGraph.Build(actors, ties, from)).Network;
        var m2 = MetricsCalculator.Compute(ActorGraph.Build(actors, ties, to)).Network;
        return new WaveComparison(m1, m2, after.Except(before).Order().ToList(), before.Except(after).Order().ToList(), before.Intersect(after).Count());
    }
}
