using System.Globalization;
using Meic.Facilitation.Model;
using Meic.Sdk.Text;

namespace Meic.Facilitation.Minutes;

/// <summary>Gathers a meeting's attendance, notes, decisions, actions and pulse into the minutes model.</summary>
internal static class MinutesBuilder
{
    public static MinutesModel Build(Store.Facilitation f, Meeting m, bool withNames)
    {
        var t = f.T;
        var lang = f.Context.Language;
        var formats = f.AllFormats().ToDictionary(x => x.Id, StringComparer.OrdinalIgnoreCase);
        var present = m.Attendance.Where(a => a.Present).ToList();
        var model = new MinutesModel
        {
            Id = m.Id,
            Title = m.Title,
            Kind = t[$"kind.{Names.Kebab(m.Kind)}"],
            Date = Dates.FormatWithWeekday(DateOnly.FromDateTime(f.Local(m.Start).DateTime), lang),
            From = f.Local(m.Start).ToString("HH:mm", CultureInfo.InvariantCulture),
            To = f.Local(m.End).ToString("HH:mm", CultureInfo.InvariantCulture),
            Place = m.Place.ToString(),
            // The facilitator and the note taker sign the minutes in their role: their names are not pseudonymised.
            Facilitator = NullIfEmpty(m.Facilitator),
            NoteTaker = NullIfEmpty(m.NoteTaker),
            Approved = m.MinutesApproved,
            Approval = !m.MinutesApproved ? t["minutes.draft"]
                // The meeting that approved them by its title, as people call it; without one, no empty "(riunione )".
                : m.ApprovedInMeetingId is { } by && f.Meetings.Get(by) is { } approving
                    ? t["minutes.approved", ApprovedOn(m, f, lang), approving.Title]
                    : t["minutes.approvedAlone", ApprovedOn(m, f, lang)],
            PeoplePresent = present.Count,
            Organisations = present.GroupBy(a => a.ActorId)
                .Select(g => new OrganisationLine(f.ActorName(g.Key),
                    g.Any(a => !string.IsNullOrWhiteSpace(a.Person)) ? string.Join(", ", g.Where(a => !string.IsNullOrWhiteSpace(a.Person)).Select(a => Person(a.Person, withNames))) : null))
                .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
        };
        var presentActors = present.Select(a => a.ActorId).ToHashSet();
        // Those who sent apologies are named apart from those simply absent, as minutes say it.
        var excusedActors = m.Attendance.Where(a => a.Excused).Select(a => a.ActorId).Where(id => !presentActors.Contains(id)).ToHashSet();
        var notPresent = m.Invited.Select(i => i.ActorId).Concat(m.Attendance.Select(a => a.ActorId)).Distinct()
            .Where(id => !presentActors.Contains(id)).ToList();
        var absent = notPresent.Where(id => !excusedActors.Contains(id)).Select(f.ActorName).Order().ToList();
        var excused = notPresent.Where(excusedActors.Contains).Select(f.ActorName).Order().ToList();
        model.Apologies = absent.Count > 0 ? string.Join(", ", absent) : null;
        model.Excused = excused.Count > 0 ? string.Join(", ", excused) : null;
        model.Items = m.Agenda.Select((item, i) => new ItemLine(i + 1, item.Title, item.Minutes,
            item.OwnerActorId is null ? null : f.ActorName(item.OwnerActorId),
            item.Format is null ? null : formats.TryGetValue(item.Format, out var fm) ? fm.NameIn(lang) : item.Format,
            NullIfEmpty(f.Note(m.Id, item.Id)))).ToList();
        model.Decisions = f.Decisions.Find(("meetingId", m.Id)).OrderBy(d => d.CreatedAt)
            .Where(d => d.Proposal.Length > 0 || d.Outcome.Length > 0)
            .Select(d => new DecisionLine(t[$"method.{Names.Kebab(d.Method)}"], d.Proposal, d.Outcome, NullIfEmpty(d.Objections),
                d.ReviewDate is { } review ? Dates.Format(review, lang) : null)).ToList();
        model.Actions = f.Actions.Find(("meetingId", m.Id)).OrderBy(a => a.CreatedAt)
            .Where(a => a.What.Length > 0)
            .Select(a => new ActionLine(a.What, f.ActorName(a.OwnerActorId), a.Due is { } due ? Dates.Format(due, lang) : null,
                t[$"status.{Names.Kebab(a.Status)}"])).ToList();
        if (m.Pulse.Count > 0)
        {
            string Avg(Func<PulseEntry, int> pick) => Numbers.Format(m.Pulse.Average(pick), lang, 1);
            var remarks = m.Pulse.Select(p => p.Remark).Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
            model.Pulse = new PulseLine(t.Plural("minutes.responses", m.Pulse.Count), Avg(p => p.Openness), Avg(p => p.Balance), Avg(p => p.Usefulness), Avg(p => p.Trust),
                remarks.Count > 0 ? string.Join(" · ", remarks) : null);
        }
        return model;
    }

    /// <summary>People's names are personal data: minutes carry initials unless names are asked for.</summary>
    public static string? Person(string? name, bool withNames)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        if (withNames) return name;
        return string.Join(" ", name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => System.Globalization.StringInfo.GetNextTextElement(w) + "."));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string ApprovedOn(Meeting m, Store.Facilitation f, string lang) =>
        m.ApprovedAt is { } a ? Dates.Format(DateOnly.FromDateTime(f.Local(a).DateTime), lang) : "";
}
