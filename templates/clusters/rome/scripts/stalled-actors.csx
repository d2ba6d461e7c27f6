// Actors contacted or interested for longer than N days (default 60): who to call this week.
// meic script run scripts/stalled-actors.csx [DAYS]
#load "lib/common.csx"

var days = Args.Count > 0 && int.TryParse(Args[0], out var d) ? d : 60;
var today = DateOnly.FromDateTime(Now.Date);
var stalled = Actors.All()
    .Where(a => a.Stage is EngagementStage.Contacted or EngagementStage.Interested)
    .Select(a => (actor: a, since: StageSince(a)))
    .Where(x => x.since is null || today.DayNumber - x.since.Value.DayNumber >= days)
    .OrderBy(x => x.since)
    .ToList();
if (stalled.Count == 0)
{
    Console.WriteLine($"No actor has been waiting {days} days or more.");
    return;
}
foreach (var (actor, since) in stalled)
    Console.WriteLine($"{actor.Name} — {actor.Stage} since {(since?.ToString("yyyy-MM-dd") ?? "unknown")}");
Console.WriteLine($"{stalled.Count} actors waiting {days} days or more.");
