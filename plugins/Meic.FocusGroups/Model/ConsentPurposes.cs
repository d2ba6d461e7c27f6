using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Model;

/// <summary>
/// What a participant consented to, as the <c>consent-purpose</c> vocabulary's ids (research, quotation, recording,
/// report), typed as an id, a label in any language or a synonym. Stored purposes written before they were controlled
/// (free words such as "ricerca" or "Quotes") are read through the same vocabulary; a word it does not know grants nothing.
/// </summary>
public static class ConsentPurposes
{
    public const string Research = "research", Quotation = "quotation", Recording = "recording", Report = "report";

    /// <summary>Why a participant's words are not quoted.</summary>
    public const string NoConsent = "no-consent", NoQuotation = "no-quotation", UnknownSpeaker = "unknown-speaker";

    public static Vocabulary Vocabulary(Vocabularies? set = null) => FocusVocabularies.Get(FocusVocabularies.ConsentPurpose, set);

    /// <summary>
    /// The purposes typed (<c>--purpose</c>, repeatable or comma-separated) as ids in the vocabulary's order; every word
    /// it does not know is refused in one message, with the nearest term, in <paramref name="s"/>'s language (exit 2).
    /// </summary>
    public static List<string> Parse(IEnumerable<string> typed, Strings s, Vocabularies? set = null, string where = "--purpose")
    {
        var v = Vocabulary(set);
        var words = Split(typed);
        var unknown = words.Where(w => !v.TryParse(w, out _)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var valid = string.Join(", ", v.Terms.Select(t => v.Show(t, s.Language)));
        if (unknown.Count == 1)
            throw new InputException(v.Refusal(unknown[0], s.Language) + " " + s["consent.notRecorded"], where);
        if (unknown.Count > 1)
            throw new InputException(s["refuse.purposes", string.Join(", ", unknown.Select(w => v.Suggest(w) is { } near
                ? s["refuse.purposeNear", w, v.Show(near, s.Language)] : s["refuse.purposeWord", w])), valid], where);
        if (words.Count == 0) throw new InputException(s["refuse.noPurpose", valid], where);
        var ids = words.Select(w => { v.TryParse(w, out var t); return t.Id; }).ToHashSet(StringComparer.Ordinal);
        return v.Terms.Select(t => t.Id).Where(ids.Contains).ToList();
    }

    /// <summary>The stored purposes as ids (old free words mapped through the vocabulary), and the words it does not know, kept as written.</summary>
    public static (IReadOnlyList<string> Ids, IReadOnlyList<string> Unknown) Read(Consent? consent, Vocabularies? set = null)
    {
        if (consent is null) return ([], []);
        var v = Vocabulary(set);
        var ids = new List<string>();
        var unknown = new List<string>();
        foreach (var word in Split(consent.Purposes))
        {
            if (v.TryParse(word, out var t)) { if (!ids.Contains(t.Id)) ids.Add(t.Id); }
            else if (!unknown.Contains(word, StringComparer.OrdinalIgnoreCase)) unknown.Add(word);
        }
        var order = v.Terms.Select(t => t.Id).ToList();
        return (ids.OrderBy(order.IndexOf).ToList(), unknown);
    }

    /// <summary>The purposes as the user reads them: labels in <paramref name="language"/>, unknown old words as written.</summary>
    public static string Labels(Consent? consent, string language, Vocabularies? set = null)
    {
        var (ids, unknown) = Read(consent, set);
        var v = Vocabulary(set);
        return string.Join(", ", ids.Select(id => v.Label(id, language)).Concat(unknown.Select(u => $"'{u}'")));
    }

    /// <summary>Null when the participant's words may be quoted; otherwise why not (<see cref="NoConsent"/>, <see cref="NoQuotation"/>, <see cref="UnknownSpeaker"/>).</summary>
    public static string? WhyNotQuoted(Participant? p, Vocabularies? set = null) => p switch
    {
        null => UnknownSpeaker,
        { Withdrawn: true } or { Consent: null } => NoConsent,
        _ => Read(p.Consent, set).Ids.Contains(Quotation) ? null : NoQuotation,
    };

    private static List<string> Split(IEnumerable<string> words) =>
        words.SelectMany(x => (x ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
