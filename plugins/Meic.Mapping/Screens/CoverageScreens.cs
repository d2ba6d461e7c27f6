using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Mapping.Screens;

/// <summary>The areas × sectors matrix (<c>meic map coverage</c>) in words, and its cells with the actors behind them.</summary>
internal sealed class CoverageScreens(IScreenContext screen)
{
    private readonly MapWords _w = new(screen.Meic);

    private CoverageReport Report()
    {
        var data = MapData.From(screen.Meic);
        return CoverageCalculator.Compute(data.Cluster, data.Actors.All(), data.Needs.All(), data.Population.All());
    }

    private static Sector SectorOf(string kebab) => Names.TryParse<Sector>(kebab, out var s) ? s : default;

    public static ScreenView Matrix(IScreenContext screen) => new CoverageScreens(screen).MatrixText();

    public static ScreenView Cells(IScreenContext screen) => new CoverageScreens(screen).CellList();

    public TextScreen MatrixText() => new()
    {
        Title = _w["ui.coverage.title"],
        Command = "meic map coverage",
        Help = _w["ui.coverage.help"],
        Text = () => Matrix(Report()),
        Actions = [ScreenAction.Opens("c", _w["ui.coverage.cells"], _ => CellList(), _ => "meic map coverage --json")],
    };

    internal string Matrix(CoverageReport r)
    {
        var lines = new List<string>();
        if (r.Areas.Count == 0) return _w["ui.coverage.noAreas"];
        var sectors = r.Sectors.Select(SectorOf).ToList();
        var areaWidth = Math.Min(32, r.Areas.Max(a => _w.Area(a).Length));
        string Cut(string s, int n) => s.Length <= n ? s.PadRight(n) : s[..(n - 1)] + "…";
        lines.Add(Cut(_w["col.area"], areaWidth) + " " + string.Join(" ", sectors.Select((_, i) => $"[{i + 1}]".PadLeft(4))) + "  " + _w["col.total"].PadLeft(6));
        foreach (var area in r.Areas)
        {
            var cells = sectors.Select(s => r.Cells.First(c => c.Area == area && c.Sector == Names.Kebab(s)))
                .Select(c => (c.Actors == 0 ? "·" : $"{c.Actors}/{c.Active}").PadLeft(4)); // four wide: the row fits 80 columns with the area named in full
            var total = r.Reference.First(x => x.Area == area);
            lines.Add(Cut(_w.Area(area), areaWidth) + " " + string.Join(" ", cells) + "  " + $"{total.Actors}/{total.Active}".PadLeft(6));
        }
        lines.Add("");
        lines.Add(_w["ui.coverage.legend"]);
        lines.Add(string.Join(" · ", sectors.Select((s, i) => $"[{i + 1}] {_w.Label(s)}")));
        lines.Add("");
        if (r.Cells.All(c => c.Actors == 0)) { lines.Add(_w["ui.coverage.noActors"]); return string.Join("\n", lines); }
        lines.Add(_w["ui.coverage.gapsTitle"]);
        foreach (var area in r.Areas)
        {
            var missing = r.Cells.Where(c => c.Area == area && c.Actors == 0).Select(c => _w.Label(SectorOf(c.Sector))).ToList();
            if (missing.Count > 0) lines.Add("  " + _w["ui.coverage.lacks", _w.Area(area), string.Join(", ", missing)]);
        }
        foreach (var area in r.AreasWithoutActivePartner) lines.Add("  " + _w["ui.coverage.noActive", _w.Area(area)]);
        foreach (var d in r.DistrictsWithoutActivePartner) lines.Add("  " + _w["ui.coverage.noActiveDistrict", d]);
        foreach (var g in r.Gaps) lines.Add("  " + _w["ui.coverage.need", _w.Area(g.Area) + (g.District is null ? "" : " / " + g.District), g.Description]);
        lines.Add("");
        lines.Add(_w["ui.coverage.duplicationsTitle"]);
        var names = MapData.From(screen.Meic).Actors.All().ToDictionary(a => a.Id, a => a.Name);
        if (r.Duplications.Count == 0) lines.Add("  " + _w["coverage.none"]);
        foreach (var d in r.Duplications)
            lines.Add("  " + _w["ui.coverage.duplication", d.Service, string.Join(", ", d.Actors.Select(a => names.GetValueOrDefault(a, a))), (d.Area is null ? "" : _w.Area(d.Area)) + (d.District is null ? "" : " / " + d.District)]);
        return string.Join("\n", lines);
    }

    public ListScreen CellList() => new()
    {
        Title = _w["ui.coverage.cellsTitle"],
        Command = "meic map coverage",
        Help = _w["ui.coverage.cellsHelp"],
        Columns = [_w["col.area"], _w["col.sector"], new ListColumn(_w["ui.col.actors"], Numeric: true), new ListColumn(_w["ui.col.active"], Numeric: true)],
        Rows = () => Report().Cells.Select(c => new ListRow($"{c.Area}|{c.Sector}",
            [_w.Area(c.Area), _w.Label(SectorOf(c.Sector)), c.Actors.ToString(), c.Active.ToString()]) { Item = c }).ToList(),
        Empty = _w["ui.coverage.noAreas"],
        Actions =
        [
            ScreenAction.Opens("Enter", _w["ui.coverage.open"], row =>
            {
                var c = (CoverageCell)row!.Item!;
                var sector = SectorOf(c.Sector);
                return new ActorScreens(screen).List((a => a.Sector == sector && a.Areas.Contains(c.Area), $"{row.Cells[0]} × {row.Cells[1]}",
                    new CommandLine("map", "actors", "list").Opt("--area", c.Area).Opt("--sector", c.Sector)));
            }, row => new CommandLine("map", "actors", "list").Opt("--area", ((CoverageCell)row!.Item!).Area).Opt("--sector", ((CoverageCell)row.Item!).Sector), needsRow: true),
        ],
    };
}
