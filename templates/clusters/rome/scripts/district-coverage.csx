// Which of Rome's municipi the cluster reaches: actors and services per district, and the districts nobody covers.
// meic script run scripts/district-coverage.csx [--json]
#load "lib/common.csx"

var districts = Cluster.Districts;
var actors = Actors.All();
var rows = districts.Select(d => new
{
    district = d,
    actors = actors.Count(a => a.District == d),
    onBoard = actors.Count(a => a.District == d && OnBoard.Contains(a.Stage)),
    services = actors.Sum(a => a.Services.Count(s => s.District == d)),
}).ToList();
var uncovered = rows.Where(r => r.actors == 0 && r.services == 0).Select(r => r.district).ToList();
var unplaced = actors.Count(a => a.District is null);

if (Json)
{
    WriteJson(new { districts = rows, uncovered, unplaced });
    return;
}
var table = new Table().AddColumns("District", "Actors", "On board", "Services");
foreach (var r in rows) table.AddRow(new Text(r.district), new Text(r.actors.ToString()), new Text(r.onBoard.ToString()), new Text(r.services.ToString()));
Console.Write(table);
Console.WriteLine($"{districts.Count - uncovered.Count} of {districts.Count} districts covered; {unplaced} actors have no district.");
