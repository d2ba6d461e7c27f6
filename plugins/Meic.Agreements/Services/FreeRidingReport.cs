using System.Globalization;
using Meic.Agreements.Model;

namespace Meic.Agreements.Services;

/// <summary>A party falling short of what the agreement says, with the clause it falls short of.</summary>
public sealed record Shortfall(string ActorId, string Party, string What, decimal Expected, decimal Actual, string? Unit, string Clause, int? Article, string? ClauseTitle);

/// <summary>The free-riding report of one agreement.</summary>
public sealed record FreeRidingResult(string AgreementId, DateOnly On, decimal ElapsedShare, bool AttendanceAvailable, int MeetingsCounted, IReadOnlyList<Shortfall> Shortfalls);

/// <summary>
/// Compares each party's contributions and meeting attendance with its commitments. Amounts are expected pro rata of the
/// agreement's elapsed term; attendance is read from the facilitation plugin's <c>meetings</c> (closed or past meetings in the term).
/// </summary>
public static class FreeRidingReport
{
    public static FreeRidingResult Compute(Agreement agreement, IReadOnlyList<Commitment> commitments, IReadOnlyList<Contribution> contributions,
        IReadOnlyList<MeetingRecord> meetings, Func<string, string> actorName, DateOnly today)
    {
        var share = ElapsedShare(agreement, today);
        var article = agreement.Clauses.Select((c, i) => (c, i + 1)).ToDictionary(x => x.c.Id, x => (Number: x.Item2, x.c.Title));
        var result = new List<Shortfall>();
        var progress = CommitmentProgress.For(agreement, commitments, contributions);
        var active = agreement.Parties.Where(p => p.Active).ToList();
        foreach (var p in progress.Where(x => x.Commitment.Kind != CommitmentKind.Attendance && active.Any(a => a.ActorId == x.Commitment.ActorId)))
        {
            var c = p.Commitment;
            var expected = c.Amount is { } a ? Math.Round(a * share, 2) : (share >= 0.25m ? 1 : 0);
            var actual = c.Amount is null ? p.Count : p.Contributed;
            if (actual < expected)
                result.Add(Make(c.ActorId, actorName(c.ActorId), c.Description, expected, actual, c.Amount is null ? "contributions" : c.Unit, c.Clause, article));
        }

        var window = Relevant(meetings, agreement, today);
        var available = meetings.Count > 0;
        if (available)
        {
            var attendanceClause = agreement.Clauses.FirstOrDefault(c => c.Text.Contains("{{attendance_min}}", StringComparison.Ordinal))?.Id ?? "interaction";
            decimal? general = agreement.Variables.TryGetValue("attendance_min", out var v) && decimal.TryParse(v.TrimEnd('%', ' '), NumberStyles.Number, CultureInfo.InvariantCulture, out var m) ? m : null;
            foreach (var party in active)
            {
                var own = commitments.FirstOrDefault(c => c.ActorId == party.ActorId && c.Kind == CommitmentKind.Attendance);
                var threshold = own?.Amount ?? general;
                if (threshold is null) continue;
                var invited = window.Where(m => m.Kind == "plenary" || m.Attendance.Any(a => a.ActorId == party.ActorId))
                    .Where(m => !party.ByAccession || party.JoinedOn is null || Day(m) >= party.JoinedOn).ToList();
                if (invited.Count == 0) continue;
                var present = invited.Count(m => m.Attendance.Any(a => a.ActorId == party.ActorId && a.Present));
                var rate = Math.Round(100m * present / invited.Count, 1);
                if (rate < threshold)
                    result.Add(Make(party.ActorId, actorName(party.ActorId), $"attendance: present at {present} of {invited.Count} meetings", threshold.Value, rate, "%",
                        own?.Clause ?? attendanceClause, article));
            }
        }
        return new FreeRidingResult(agreement.Id, today, share, available, window.Count, result.OrderBy(s => s.Party, StringComparer.CurrentCulture).ToList());
    }

    private static Shortfall Make(string actorId, string party, string what, decimal expected, decimal actual, string? unit, string clause,
        Dictionary<string, (int Number, string Title)> article) =>
        new(actorId, party, what, expected, actual, unit, clause,
            article.TryGetValue(clause, out var a) ? a.Number : null, article.TryGetValue(clause, out var t) ? t.Title : null);

    /// <summary>The share of the agreement's term that has run (1 when the end date is unknown).</summary>
    public static decimal ElapsedShare(Agreement agreement, DateOnly today)
    {
        if (agreement.StartsOn is not { } start || agreement.ExpiresOn is not { } end || end <= start) return 1m;
        var total = end.DayNumber - start.DayNumber;
        var run = Math.Clamp(today.DayNumber - start.DayNumber, 0, total);
        return Math.Round((decimal)run / total, 4);
    }

    private static List<MeetingRecord> Relevant(IReadOnlyList<MeetingRecord> meetings, Agreement agreement, DateOnly today) =>
        meetings.Where(m => Day(m) is { } d && d <= today
                            && (agreement.StartsOn is null || d >= agreement.StartsOn)
                            && (agreement.ExpiresOn is null || d <= agreement.ExpiresOn)
                            && m.Status != "planned" && m.Attendance.Count > 0).ToList();

    private static DateOnly? Day(MeetingRecord m) =>
        DateTimeOffset.TryParse(m.Start, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? DateOnly.FromDateTime(at.Date) : null;
}
