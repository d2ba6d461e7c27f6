namespace Meic.FocusGroups.Agreement;

/// <summary>A coded span by one coder with one code.</summary>
public sealed record CodedSpan(string Coder, string Code, int Start, int End);

/// <summary>
/// Turns coded text into binary reliability data per code (1 = the coder applied the code to the unit, 0 = did not).
/// Units are segments (turns or paragraphs) or characters; runs of characters coded alike become one weighted unit,
/// so the result is exactly that of one unit per character.
/// </summary>
public static class CodingUnits
{
    /// <summary>Units are <paramref name="segments"/>; a coder applied a code to a segment when one of their spans overlaps it.</summary>
    public static ReliabilityData Segments(IReadOnlyList<string> coders, string code, IReadOnlyList<(string Id, int Start, int End)> segments, IReadOnlyList<CodedSpan> spans, bool codedOnly = false)
    {
        var data = new ReliabilityData(coders);
        var mine = spans.Where(s => s.Code == code).ToList();
        var values = new string?[coders.Count];
        foreach (var (id, start, end) in segments)
        {
            var any = false;
            for (var c = 0; c < coders.Count; c++)
            {
                var hit = mine.Any(s => s.Coder == coders[c] && s.Start < end && s.End > start && s.End > s.Start);
                values[c] = hit ? "1" : "0";
                any |= hit;
            }
            if (codedOnly && !any) continue;
            data.Add(id, values);
        }
        return data;
    }

    /// <summary>Units are the characters of <paramref name="domain"/> (non-overlapping spans of text).</summary>
    public static ReliabilityData Characters(IReadOnlyList<string> coders, string code, IReadOnlyList<(int Start, int End)> domain, IReadOnlyList<CodedSpan> spans, bool codedOnly = false)
    {
        var data = new ReliabilityData(coders);
        var mine = spans.Where(s => s.Code == code && s.End > s.Start).ToList();
        var cuts = new SortedSet<int>();
        foreach (var (s, e) in domain) { cuts.Add(s); cuts.Add(e); }
        foreach (var s in mine) { cuts.Add(s.Start); cuts.Add(s.End); }
        var points = cuts.ToArray();
        var byCoder = coders.Select(c => mine.Where(s => s.Coder == c).OrderBy(s => s.Start).ToList()).ToList();
        var values = new string?[coders.Count];
        var d = domain.OrderBy(x => x.Start).ToList();
        var di = 0;
        for (var i = 0; i + 1 < points.Length; i++)
        {
            int a = points[i], b = points[i + 1];
            while (di < d.Count && d[di].End <= a) di++;
            if (di >= d.Count || d[di].Start > a) continue;
            var any = false;
            for (var c = 0; c < coders.Count; c++)
            {
                var hit = byCoder[c].Any(s => s.Start <= a && s.End >= b);
                values[c] = hit ? "1" : "0";
                any |= hit;
            }
            if (codedOnly && !any) continue;
            data.Add($"{a}-{b}", values, b - a);
        }
        return data;
    }
}
