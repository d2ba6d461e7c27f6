using Meic.FocusGroups.Storage;
using Meic.FocusGroups.Transcripts;

namespace Meic.FocusGroups.Agreement;

/// <summary>One code's agreement between coders over the chosen unit.</summary>
public sealed record CodeAgreement(string Code, long Units, double Percent, double? CohenKappa, double FleissKappa, double Alpha);

/// <summary>
/// Agreement between coders on the store's codings. For each code, each unit (turn, paragraph or character of the
/// spoken text of the transcripts the coders coded) is 1 when a coder applied the code to it and 0 otherwise.
/// The pooled row treats every (unit, code) pair as one unit.
/// </summary>
public sealed class StoreAgreement(FocusStore fs)
{
    public (IReadOnlyList<string> Coders, IReadOnlyList<CodeAgreement> Rows) Compute(string unit, IReadOnlyList<string>? coders, string? sessionId, bool codedOnly)
    {
        var codings = (sessionId is null ? fs.Codings.All() : fs.Codings.Find(("sessionId", sessionId))).ToList();
        var who = coders is { Count: > 0 } ? coders.ToList() : codings.Select(c => c.Coder).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (who.Count < 2) throw new Meic.Sdk.Errors.InputException(fs.S["refuse.twoCoders", who.Count, string.Join(", ", who)], "--coder");
        codings = codings.Where(c => who.Contains(c.Coder)).ToList();
        var transcriptIds = codings.Select(c => c.TranscriptId).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToList();
        var codes = fs.Codes.All().ToDictionary(c => c.Id, c => c.Name);
        var codeIds = codings.Select(c => c.CodeId).Distinct().OrderBy(c => codes.GetValueOrDefault(c, c), StringComparer.CurrentCulture).ToList();
        var perCode = codeIds.ToDictionary(c => c, _ => new List<ReliabilityData>());
        foreach (var tid in transcriptIds)
        {
            var transcript = fs.Transcripts.Get(tid);
            if (transcript is null) continue;
            var turns = fs.TurnsOf(tid);
            var spans = codings.Where(c => c.TranscriptId == tid).Select(c => new CodedSpan(c.Coder, c.CodeId, c.Start, c.End)).ToList();
            foreach (var code in codeIds)
            {
                var data = unit switch
                {
                    "turn" => CodingUnits.Segments(who, code, turns.Select(t => (t.Id, t.TextStart, t.End)).ToList(), spans, codedOnly),
                    "paragraph" => CodingUnits.Segments(who, code, Paragraphs.Of(transcript.Text, turns).Select(p => ($"{tid}#{p.Number}", p.Start, p.End)).ToList(), spans, codedOnly),
                    "character" => CodingUnits.Characters(who, code, turns.Select(t => (t.TextStart, t.End)).ToList(), spans, codedOnly),
                    _ => throw Commands.Ui.OneOf(fs.S, unit, "--unit", "turn", "paragraph", "character"),
                };
                perCode[code].Add(data);
            }
        }
        var rows = new List<CodeAgreement>();
        var pooled = new ReliabilityData(who);
        pooled.ValueIndex("0"); pooled.ValueIndex("1");
        foreach (var code in codeIds)
        {
            var merged = new ReliabilityData(who);
            merged.ValueIndex("0"); merged.ValueIndex("1");
            foreach (var d in perCode[code])
                foreach (var u in d.Units)
                {
                    var values = u.Values.Select(v => v < 0 ? null : d.Values[v]).ToArray();
                    merged.Add($"{code}:{u.Id}", values, u.Weight);
                    pooled.Add($"{code}:{u.Id}", values, u.Weight);
                }
            rows.Add(Row(codes.GetValueOrDefault(code, code), merged, who.Count));
        }
        rows.Add(Row("*", pooled, who.Count));
        return (who, rows);
    }

    private static CodeAgreement Row(string name, ReliabilityData data, int coders) => new(name,
        data.Units.Sum(u => u.Weight),
        PercentAgreement.Compute(data).Value,
        coders == 2 ? CohenKappa.Compute(data).Value : null,
        FleissKappa.Compute(data).Value,
        KrippendorffAlpha.Compute(data, Metric.Nominal).Value);
}
