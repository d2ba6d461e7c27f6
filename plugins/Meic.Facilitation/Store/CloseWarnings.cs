using Meic.Facilitation.Model;

namespace Meic.Facilitation.Store;

/// <summary>
/// What a facilitator should look at before closing a meeting: items without notes, decisions recorded as consensus
/// although objections were written down, actions without an owner or already past due, nobody marked present.
/// Warnings only: the meeting closes if they say so.
/// </summary>
internal static class CloseWarnings
{
    public static IReadOnlyList<string> For(Facilitation f, Meeting m)
    {
        var t = f.T;
        var warnings = new List<string>();
        var empty = m.Agenda.Where(a => NoteText.Of(f, m.Id, a.Id).Trim().Length == 0).Select(a => a.Title).ToList();
        if (empty.Count > 0) warnings.Add(t["warn.noNotes", string.Join(", ", empty)]);
        foreach (var d in f.Decisions.Find(("meetingId", m.Id)))
            if (d.Method == DecisionMethod.Consensus && !string.IsNullOrWhiteSpace(d.Objections) && !NoObjection(t, d.Objections))
                warnings.Add(t["warn.consensusObjections", d.Proposal]);
        foreach (var a in f.Actions.Find(("meetingId", m.Id)))
        {
            if (string.IsNullOrWhiteSpace(a.OwnerActorId)) warnings.Add(t["warn.noOwner", a.What]);
            if (a.Status == ActionStatus.Open && a.Due is { } due && due < f.Today) warnings.Add(t["warn.pastDue", a.What, Sdk.Text.Dates.Format(due, f.Context.Language)]);
        }
        if (!m.Attendance.Any(a => a.Present)) warnings.Add(t["warn.nobodyPresent"]);
        return warnings;
    }

    // "none" / "nessuna" / "ninguna" written in the objections field is not an objection.
    private static bool NoObjection(Sdk.Text.Strings t, string objections) =>
        t["answer.none"].Split('|').Any(w => string.Equals(w, objections.Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase));
}
