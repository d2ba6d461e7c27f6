using System.Globalization;
using System.Text;
using Meic.FocusGroups.Model;

namespace Meic.FocusGroups.Transcripts;

/// <summary>
/// Finds the participant of each speaker label of a transcript, adding the ones nobody matches. In order:
/// a name registered in the key (or a withdrawn person's name hash), a pseudonym (P1, MOD), the name the session
/// records as its facilitator; then a label naming who leads the session (<see cref="SpeakerLabels"/>), which is never
/// a P-number: with a registered full name after the word, that person; with part of one leader's registered name
/// ("Moderatrice Anna" for Anna Verdi), that leader; with a number N ≥ 2, the leader MODN (INTN in an interview);
/// otherwise the session's facilitator, added (MOD, or INT in an interview) when the session has none. Two different
/// names that no leader is registered under are two people: the first is the session's facilitator when it has no
/// registered name, the next ones new leaders. Anything else is a new participant (P1, P2…), its label registered as a name.
/// </summary>
internal sealed class SpeakerResolver(FgSession session, PseudonymKey key)
{
    public sealed record Link(Participant Participant, SpeakerMatch How);

    public sealed record Result(IReadOnlyDictionary<string, Link> ByLabel, IReadOnlyList<string> Order, IReadOnlyList<Participant> Created, IReadOnlyList<EarlierLink> Earlier);

    private readonly List<Participant> _created = new();
    private readonly Dictionary<string, Link> _links = new(StringComparer.OrdinalIgnoreCase);

    public Result Resolve(IEnumerable<string> speakers)
    {
        var order = speakers.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var roles = FocusVocabularies.Get(FocusVocabularies.SpeakerRole);
        var leaderLabels = new List<(string Label, ConductorLabel Leader)>();
        var legacy = new Dictionary<string, Participant>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in order)
        {
            var known = Registered(label);
            var leader = SpeakerLabels.Conductor(label, roles);
            if (known is not null && (leader is null || known.Withdrawn || SpeakerLabels.Leads(known.Role))) { Set(label, known, SpeakerMatch.RegisteredName); continue; }
            if (session.Participants.FirstOrDefault(p => string.Equals(p.Pseudonym, label.Trim(), StringComparison.OrdinalIgnoreCase)) is { } byPseudonym)
            { Set(label, byPseudonym, SpeakerMatch.Pseudonym); continue; }
            if (leader is not null)
            {
                leaderLabels.Add((label, leader));
                // An earlier import turned this label into a participant of its own (P3 "Moderatore"): said, not merged.
                if (known is not null) legacy[label] = known;
                continue;
            }
            if (FacilitatorByName(label) is { } facilitator) { Set(label, facilitator, SpeakerMatch.FacilitatorName); continue; }
            Set(label, Created(Participants.Add(session, key, label, null, null)), SpeakerMatch.New);
        }
        ResolveLeaders(leaderLabels);
        var earlier = legacy.Select(kv => new EarlierLink(kv.Key, kv.Value.Pseudonym, _links[kv.Key].Participant.Pseudonym)).ToList();
        // Listed as the transcript first gives them a voice, whichever step added them.
        var first = _created.ToDictionary(p => p, p => order.FindIndex(l => ReferenceEquals(_links[l].Participant, p)));
        return new Result(_links, order, _created.OrderBy(p => first[p]).ToList(), earlier);
    }

    private void ResolveLeaders(List<(string Label, ConductorLabel Leader)> labels)
    {
        var unresolved = new List<(string Label, string Name)>();
        foreach (var (label, leader) in labels.Where(l => l.Leader.Name is not null))
        {
            var name = leader.Name!;
            if (Registered(name) is { } person) Set(label, person, SpeakerMatch.Leader);
            else if (LeaderNamed(name) is { } partly) Set(label, partly, SpeakerMatch.Leader);
            else unresolved.Add((label, name));
        }
        // Different names nobody is registered under are different people; the same name, however written, one.
        var byName = new Dictionary<string, Participant>(StringComparer.Ordinal);
        foreach (var (label, name) in unresolved)
        {
            var folded = string.Join(' ', Words(name));
            if (!byName.TryGetValue(folded, out var person))
            {
                var lead = Lead();
                if (lead is not null && byName.Count == 0 && RegisteredNameOf(lead) is null)
                {
                    key.Entries.Add(new KeyEntry { ParticipantId = lead.Id, Name = name.Trim(), Pseudonym = lead.Pseudonym });
                    person = lead;
                }
                else person = NewLeader(name, null);
                byName[folded] = person;
            }
            Set(label, person, SpeakerMatch.Leader);
        }
        foreach (var (label, _) in labels.Where(l => l.Leader.Name is null && l.Leader.Number is null or 1))
            Set(label, Lead() ?? NewLeader(null, null), SpeakerMatch.Leader);
        foreach (var (label, leader) in labels.Where(l => l.Leader.Name is null && l.Leader.Number > 1).OrderBy(l => l.Leader.Number))
        {
            var stem = Lead() is { } lead ? new string(lead.Pseudonym.TakeWhile(char.IsLetter).ToArray()) : "";
            if (stem.Length == 0) stem = Participants.LeaderStem(Participants.LeaderRole(session.Kind));
            var pseudonym = $"{stem}{leader.Number}";
            var person = session.Participants.FirstOrDefault(p => p.Pseudonym == pseudonym) ?? NewLeader(null, pseudonym);
            Set(label, person, SpeakerMatch.Leader);
        }
    }

    private void Set(string label, Participant p, SpeakerMatch how) => _links[label] = new Link(p, how);

    private Participant Created(Participant p)
    {
        _created.Add(p);
        return p;
    }

    private Participant NewLeader(string? name, string? pseudonym)
    {
        var p = Created(Participants.Add(session, key, name ?? "", null, Participants.LeaderRole(session.Kind), pseudonym));
        if (session.Facilitator is null || session.Participants.All(x => x.Pseudonym != session.Facilitator)) session.Facilitator = p.Pseudonym;
        return p;
    }

    private Participant? Registered(string name)
    {
        var entry = key.Entries.FirstOrDefault(e => e.Matches(name));
        return entry is null ? null : session.Participants.FirstOrDefault(p => p.Id == entry.ParticipantId);
    }

    private string? RegisteredNameOf(Participant p) => key.Entries.FirstOrDefault(e => e.ParticipantId == p.Id && e.Name.Length > 0)?.Name;

    /// <summary>The session's facilitator: the participant <see cref="FgSession.Facilitator"/> names, else the first who leads.</summary>
    private Participant? Lead() =>
        session.Participants.FirstOrDefault(p => p.Pseudonym == session.Facilitator)
        ?? session.Participants.FirstOrDefault(p => SpeakerLabels.Leads(p.Role));

    /// <summary>The one leader whose registered name holds every word of <paramref name="name"/> (Anna for Anna Verdi); null when none or several.</summary>
    private Participant? LeaderNamed(string name)
    {
        var words = Words(name);
        if (words.Count == 0) return null;
        var matches = session.Participants.Where(p => SpeakerLabels.Leads(p.Role) && RegisteredNameOf(p) is { } full && words.All(Words(full).Contains)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>A session whose facilitator field holds a name rather than a pseudonym (written by hand or by a script) still links that name.</summary>
    private Participant? FacilitatorByName(string label)
    {
        if (session.Facilitator is not { } f || session.Participants.Any(p => p.Pseudonym == f)) return null;
        if (!string.Equals(f.Trim(), label.Trim(), StringComparison.OrdinalIgnoreCase)) return null;
        var lead = session.Participants.FirstOrDefault(p => SpeakerLabels.Leads(p.Role));
        if (lead is not null)
        {
            if (!key.Entries.Any(e => e.ParticipantId == lead.Id && e.Matches(label)))
                key.Entries.Add(new KeyEntry { ParticipantId = lead.Id, Name = label.Trim(), Pseudonym = lead.Pseudonym });
            session.Facilitator = lead.Pseudonym;
            return lead;
        }
        session.Facilitator = null;
        return NewLeader(label, null);
    }

    /// <summary>The words of a name, lower case and without accents, for comparing "Anna" with "anna" and "José" with "Jose".</summary>
    internal static List<string> Words(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
