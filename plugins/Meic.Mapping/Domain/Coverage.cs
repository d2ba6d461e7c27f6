using Meic.Mapping.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Domain;

public sealed record CoverageCell(string Area, string Sector, int Actors, int Active);
public sealed record Duplication(string Service, string? Area, string? District, IReadOnlyList<string> Actors);
public sealed record Gap(string NeedId, string Area, string? District, string Description, string Source, IReadOnlyList<string> ForWhom);
public sealed record AreaReference(string Area, int Actors, int Active, int? MappedReference, string? Note);

public sealed record CoverageReport(
    IReadOnlyList<string> Areas, IReadOnlyList<string> Sectors, IReadOnlyList<CoverageCell> Cells, IReadOnlyList<AreaReference> Reference,
    IReadOnlyList<string> AreasWithoutActivePartner, IReadOnlyList<string> DistrictsWithoutActivePartner,
    IReadOnlyList<Duplication> Duplications, IReadOnlyList<Gap> Gaps, IReadOnlyList<PopulationFigure> Population);

/// <summary>The matrix of thematic areas × sectors, where active partners are missing, where services pile up, and needs no one answers.</summary>
public static class CoverageCalculator
{
    /// <summary>Members and signatories are active partners.</summary>
    public static bool Active(Actor a) => a.Stage is EngagementStage.Member or EngagementStage.Signatory;

    public static CoverageReport Compute(Cluster cluster, IReadOnlyList<Actor> actors, IReadOnlyList<Need> needs, IReadOnlyList<PopulationFigure> population, int duplicationThreshold = 2)
    {
        var areas = cluster.Areas.Select(a => a.Id).Concat(actors.SelectMany(a => a.Areas)).Distinct().ToList();
        var sectors = Enum.GetValues<Sector>().Select(s => Names.Kebab(s)).ToList();
        var cells = (from area in areas
                     from s in Enum.GetValues<Sector>()
                     let inCell = actors.Where(a => a.Sector == s && a.Areas.Contains(area)).ToList()
                     select new CoverageCell(area, Names.Kebab(s), inCell.Count, inCell.Count(Active))).ToList();
        var reference = areas.Select(area =>
        {
            var def = cluster.Areas.FirstOrDefault(a => a.Id == area);
            var inArea = actors.Where(a => a.Areas.Contains(area)).ToList();
            return new AreaReference(area, inArea.Count, inArea.Count(Active), def?.MappedReference, def?.ReferenceNote);
        }).ToList();
        var noActiveAreas = areas.Where(area => !actors.Any(a => Active(a) && a.Areas.Contains(area))).ToList();
        var noActiveDistricts = cluster.Districts.Where(d => !actors.Any(a => Active(a) && (a.District == d || a.Services.Any(s => s.District == d)))).ToList();
        var offers = actors.Where(a => a.Stage is not EngagementStage.Exited)
            .SelectMany(a => a.Services.Select(s => (Actor: a, Service: s, Key: NameKey.Of(s.What), Area: s.Area ?? a.Areas.FirstOrDefault(), District: s.District ?? a.District)))
            .ToList();
        var duplications = offers.GroupBy(o => (o.Key, o.Area, o.District))
            .Where(g => g.Select(o => o.Actor.Id).Distinct().Count() >= duplicationThreshold)
            .Select(g => new Duplication(g.First().Service.What, g.Key.Area, g.Key.District, g.Select(o => o.Actor.Id).Distinct().Order().ToList()))
            .OrderBy(d => d.Area).ThenBy(d => d.Service).ToList();
        var gaps = needs.Where(n => !offers.Any(o => Answers(o.Service.What, o.Area, o.District, n))).Select(n => new Gap(n.Id, n.Area, n.District, n.Description, n.Source, n.ForWhom)).ToList();
        return new CoverageReport(areas, sectors, cells, reference, noActiveAreas, noActiveDistricts, duplications, gaps, population);
    }

    /// <summary>A service answers a need in its area (and district, when the need names one) if it mentions one of the need's keywords, or any service does when the need has none.</summary>
    public static bool Answers(string what, string? area, string? district, Need need)
    {
        if (area != need.Area) return false;
        if (need.District is not null && district is not null && district != need.District) return false;
        if (need.Keywords.Count == 0) return true;
        var w = NameKey.Of(what);
        return need.Keywords.Any(k => w.Contains(NameKey.Of(k), StringComparison.Ordinal));
    }
}
