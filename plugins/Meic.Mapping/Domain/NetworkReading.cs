using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

/// <summary>An actor that lies on many shortest paths, with the sectors of the actors it links.</summary>
public sealed record Broker(string ActorId, string Name, double Betweenness, IReadOnlyList<Sector> Bridges);

/// <summary>What the figures say, for a plain-language reading: who brokers between which sectors, who is isolated, which area lacks which sector.</summary>
public sealed record NetworkReading(IReadOnlyList<Broker> Brokers, IReadOnlyList<string> Isolated, IReadOnlyList<(string Area, IReadOnlyList<Sector> Missing)> MissingSectors)
{
    /// <summary>Reads <paramref name="metrics"/> and <paramref name="coverage"/> over <paramref name="actors"/> and <paramref name="ties"/>; at most <paramref name="brokers"/> brokers.</summary>
    public static NetworkReading Of(IReadOnlyList<Actor> actors, IReadOnlyList<Relationship> ties, MetricsReport metrics, CoverageReport coverage, int brokers = 3)
    {
        var byId = actors.ToDictionary(a => a.Id);
        var found = metrics.Actors.Where(m => m.Betweenness is > 0).OrderByDescending(m => m.Betweenness).ThenBy(m => m.Name)
            .Select(m =>
            {
                var sectors = ties.Where(t => t.Source == m.Id || t.Target == m.Id).Select(t => t.Source == m.Id ? t.Target : t.Source)
                    .Where(byId.ContainsKey).Select(id => byId[id].Sector).Distinct().Order().ToList();
                return new Broker(m.Id, m.Name, m.Betweenness!.Value, sectors);
            })
            .Where(b => b.Bridges.Count >= 2).Take(brokers).ToList();
        var isolated = metrics.Actors.Where(m => m.Degree == 0).Select(m => m.Name).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
        var missing = coverage.Areas
            .Select(area => (area, (IReadOnlyList<Sector>)coverage.Cells.Where(c => c.Area == area && c.Actors == 0)
                .Select(c => Names.TryParse<Sector>(c.Sector, out var s) ? s : default).ToList()))
            .Where(x => x.Item2.Count > 0).ToList();
        return new NetworkReading(found, isolated, missing);
    }
}
