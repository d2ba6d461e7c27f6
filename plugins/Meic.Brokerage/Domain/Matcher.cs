using Meic.Brokerage.Model;

namespace Meic.Brokerage.Domain;

/// <summary>One service proposed for one need, with its score and the reasons for it.</summary>
public sealed record Candidate(Service Service, int Score, IReadOnlyList<string> Reasons);

/// <summary>The proposals for one need; a gap when there are none.</summary>
public sealed record NeedMatches(Need Need, IReadOnlyList<Candidate> Candidates)
{
    public bool IsGap => Candidates.Count == 0;
}

/// <summary>
/// Proposes services for needs: same area, same district (or city-wide), a target group that
/// covers the need's, words in common, and capacity left. A full or closed service is never proposed.
/// </summary>
public static class Matcher
{
    public const int MinimumScore = 4;

    public static IReadOnlyList<NeedMatches> Match(IEnumerable<Need> needs, IReadOnlyList<Service> services, int perNeed = 5) =>
        needs.Select(n => new NeedMatches(n, Candidates(n, services).Ordered().Take(perNeed).ToList())).ToList();

    public static IEnumerable<Candidate> Candidates(Need need, IReadOnlyList<Service> services)
    {
        var needWords = TextMatch.Words(need.Description);
        foreach (var s in services)
        {
            if (s.Status != "active" || s.Capacity == 0) continue;
            var reasons = new List<string>(); var score = 0;
            var sameArea = need.Area is not null && s.Area is not null && string.Equals(need.Area, s.Area, StringComparison.OrdinalIgnoreCase);
            if (sameArea) { score += 3; reasons.Add("area"); }
            if (need.District is not null)
            {
                if (s.District is null) { score += 1; reasons.Add("city-wide"); }
                else if (string.Equals(TextMatch.Fold(s.District), TextMatch.Fold(need.District), StringComparison.Ordinal)) { score += 2; reasons.Add("district"); }
                else score -= 1;
            }
            if (need.ForWhom.Count > 0)
            {
                if (s.ForWhom.Count == 0) score += 1;
                else if (need.ForWhom.Any(g => s.ForWhom.Any(h => TextMatch.SameGroup(g, h)))) { score += 2; reasons.Add("target group"); }
                else continue; // the service is reserved for other groups
            }
            var common = TextMatch.Words($"{s.Name} {s.Description}").Count(needWords.Contains);
            if (common > 0) { score += Math.Min(common, 3); reasons.Add($"{common} word(s) in common"); }
            if (s.Capacity > 0) { score += 1; reasons.Add($"capacity {s.Capacity}"); }
            if (!sameArea && common < 2) continue;
            if (score >= MinimumScore) yield return new Candidate(s, score, reasons);
        }
    }

    public static IEnumerable<Candidate> Ordered(this IEnumerable<Candidate> candidates) =>
        candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Service.Name, StringComparer.Ordinal);

    /// <summary>A short stable id for the match of a need and a service.</summary>
    public static string MatchId(string needId, string serviceId)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(needId + "\n" + serviceId));
        return "M" + Convert.ToHexString(hash, 0, 4).ToLowerInvariant();
    }
}
