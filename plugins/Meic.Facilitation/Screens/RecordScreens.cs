using System.Globalization;
using Meic.Facilitation.Commands;
using Meic.Facilitation.Model;
using Meic.Facilitation.Store;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Facilitation.Screens;

/// <summary>
/// A meeting's record: attendance marked row by row, and its decisions and action items, each added, changed or
/// deleted through a form written whole in one change (Esc discards it; nothing half-entered is kept).
/// </summary>
internal static class RecordScreens
{
    private sealed record Entry(Attendance Attendance);

    public static ListScreen Attendance(IMeicContext ctx, string meetingId)
    {
        var f = new Store.Facilitation(ctx);
        var t = f.T;
        ScreenAction Mark(string key, AttendanceMark mark, string label) => new()
        {
            Key = key, Label = label, NeedsRow = true,
            Command = row => row?.Item is Entry e ? Shell.Line(["meic", "meeting", "attend", meetingId, e.Attendance.ActorId,
                .. e.Attendance.Person is { } p ? new[] { "--person", p } : [], "--" + Names.Kebab(mark)]) : "",
            Run = (screen, row) =>
            {
                if (row?.Item is not Entry e) return;
                using var tx = ctx.Store.BeginTransaction();
                MeetingRecords.Mark(f, f.RequireMeeting(meetingId), e.Attendance.ActorId, e.Attendance.Person, mark);
                tx.Commit();
            },
        };
        return new ListScreen
        {
            Title = t["screen.attendance", f.RequireMeeting(meetingId).Title],
            Command = $"meic meeting show {meetingId}",
            Columns = [t["col.organisation"], t["col.person"], t["col.attendance"]],
            Empty = t["empty.attendance", meetingId],
            Rows = () => f.RequireMeeting(meetingId).Attendance.Select(a => new ListRow($"{a.ActorId}|{a.Person}",
                [f.ActorName(a.ActorId), a.Person ?? "", MeetingRecords.MarkOf(a) is { } mark ? FacilitationVocabularies.Label(mark, ctx.Language) : t["mark.none"]])
                { Item = new Entry(a), Keywords = a.ActorId }).ToList(),
            Actions = [Mark("p", AttendanceMark.Present, t["action.present"]), Mark("a", AttendanceMark.Absent, t["action.absent"]), Mark("g", AttendanceMark.Excused, t["action.excused"])],
        };
    }

    public static ListScreen Decisions(IMeicContext ctx, string meetingId)
    {
        var f = new Store.Facilitation(ctx);
        var t = f.T;
        var lang = ctx.Language;
        return new ListScreen
        {
            Title = t["screen.decisions", f.RequireMeeting(meetingId).Title],
            Command = $"meic meeting show {meetingId}",
            Columns = [t["col.method"], t["col.proposal"], t["col.outcome"], t["col.review"]],
            Empty = t["empty.decisions"],
            Rows = () => f.Decisions.Find(("meetingId", meetingId)).OrderBy(d => d.CreatedAt).Select(d => new ListRow(d.Id,
                [FacilitationVocabularies.Label(d.Method, lang), d.Proposal, d.Outcome, d.ReviewDate is { } r ? Sdk.Text.Dates.Format(r, lang) : ""]) { Item = d }).ToList(),
            Detail = row => row.Item is Decision d
                ? $"{FacilitationVocabularies.Label(d.Method, lang)}\n\n{t["col.proposal"]}: {d.Proposal}\n{t["col.outcome"]}: {d.Outcome}"
                  + (d.Objections is { } o ? $"\n{t["field.objections"]}: {o}" : "") : "",
            Actions =
            [
                ScreenAction.Opens("a", t["action.add"], _ => DecisionForm(ctx, meetingId, null), _ => $"meic meeting decision add {meetingId} --proposal …"),
                ScreenAction.Opens("e", t["action.edit"], row => row?.Item is Decision d ? DecisionForm(ctx, meetingId, d) : null, row => $"meic meeting decision edit {row?.Id} …", needsRow: true),
                new ScreenAction
                {
                    Key = "Delete", Label = t["action.remove"], NeedsRow = true,
                    Confirm = row => t["confirm.removeDecision", (row.Item as Decision)?.Proposal],
                    Command = row => $"meic meeting decision remove {row?.Id}",
                    Run = (screen, row) =>
                    {
                        if (row?.Item is not Decision d) return;
                        using var tx = ctx.Store.BeginTransaction();
                        MeetingRecords.RemoveDecision(f, d);
                        tx.Commit();
                        screen.Tell(t["decision.removed", d.Id]);
                    },
                },
            ],
        };
    }

    private static FormField ItemPicker(Store.Facilitation f, Meeting m, string? value) => new()
    {
        Id = "item", Label = f.T["field.item"], Kind = FieldKind.Choice, Value = value ?? "",
        Choices = m.Agenda.Select((a, i) => new Choice(a.Id, $"{i + 1}. {a.Title}")).ToList(),
    };

    public static FormScreen DecisionForm(IMeicContext ctx, string meetingId, Decision? existing)
    {
        var f = new Store.Facilitation(ctx);
        var t = f.T;
        var m = f.RequireMeeting(meetingId);
        var fields = new List<FormField>
        {
            FormField.Pick("method", t["field.method"], FacilitationVocabularies.Get(FacilitationVocabularies.DecisionMethod), ctx.Language,
                Names.Kebab(existing?.Method ?? DecisionMethod.Consent)),
            new() { Id = "proposal", Label = t["field.proposal"], Kind = FieldKind.LongText, Required = true, Value = existing?.Proposal ?? "" },
            new() { Id = "outcome", Label = t["field.outcome"], Kind = FieldKind.LongText, Value = existing?.Outcome ?? "" },
            new() { Id = "objections", Label = t["field.objections"], Kind = FieldKind.LongText, Value = existing?.Objections ?? "" },
            new() { Id = "review", Label = t["field.review"], Kind = FieldKind.Date, Value = existing?.ReviewDate is { } r ? Sdk.Text.Dates.Iso(r) : "" },
        };
        if (m.Agenda.Count > 0) fields.Add(ItemPicker(f, m, existing?.AgendaItemId ?? m.CurrentItemId));
        DecisionDraft Draft(FormValues v) => new(Names.TryParse<DecisionMethod>(v.Choice("method") ?? "", out var method) ? method : DecisionMethod.Consent,
            v["proposal"], v["outcome"], v.Text("objections"), v.Date("review"), v.Choice("item"));
        return new FormScreen
        {
            Title = existing is null ? t["screen.decision.add"] : t["screen.decision.edit"],
            Command = existing is null ? $"meic meeting decision add {meetingId}" : $"meic meeting decision edit {existing.Id}",
            Fields = fields,
            CommandFor = v =>
            {
                var d = Draft(v);
                return Shell.Line(["meic", "meeting", "decision", .. existing is null ? new[] { "add", meetingId } : ["edit", existing.Id],
                    "--method", Names.Kebab(d.Method), "--proposal", d.Proposal.Length == 0 ? "…" : d.Proposal,
                    .. d.Outcome.Length > 0 ? new[] { "--outcome", d.Outcome } : [], .. d.Objections is { } o ? new[] { "--objections", o } : [],
                    .. d.ReviewDate is { } r ? new[] { "--review", Sdk.Text.Dates.Iso(r) } : [], .. d.AgendaItemId is { } i ? new[] { "--item", i } : []]);
            },
            Save = v =>
            {
                var d = existing is null ? MeetingRecords.AddDecision(f, f.RequireMeeting(meetingId), Draft(v)) : MeetingRecords.UpdateDecision(f, existing, Draft(v));
                return FormResult.Ok(t["decision.saved", d.Id]);
            },
        };
    }

    public static ListScreen Actions(IMeicContext ctx, string meetingId)
    {
        var f = new Store.Facilitation(ctx);
        var t = f.T;
        var lang = ctx.Language;
        return new ListScreen
        {
            Title = t["screen.actions", f.RequireMeeting(meetingId).Title],
            Command = $"meic meeting show {meetingId}",
            Columns = [t["col.action"], t["col.owner"], t["col.due"], t["col.status"]],
            Empty = t["empty.actions"],
            Rows = () => f.Actions.Find(("meetingId", meetingId)).OrderBy(a => a.CreatedAt).Select(a => new ListRow(a.Id,
                [a.What, f.ActorName(a.OwnerActorId), a.Due is { } d ? Sdk.Text.Dates.Format(d, lang) : "", t[$"status.{Names.Kebab(a.Status)}"]]) { Item = a }).ToList(),
            Actions =
            [
                ScreenAction.Opens("a", t["action.add"], _ => ActionForm(ctx, meetingId, null), _ => $"meic meeting action add {meetingId} --what … --owner …"),
                ScreenAction.Opens("e", t["action.edit"], row => row?.Item is ActionItem a ? ActionForm(ctx, meetingId, a) : null, row => $"meic meeting action edit {row?.Id} …", needsRow: true),
                new ScreenAction
                {
                    Key = "Delete", Label = t["action.remove"], NeedsRow = true,
                    Confirm = row => t["confirm.removeAction", (row.Item as ActionItem)?.What],
                    Command = row => $"meic meeting action remove {row?.Id}",
                    Run = (screen, row) =>
                    {
                        if (row?.Item is not ActionItem a) return;
                        using var tx = ctx.Store.BeginTransaction();
                        MeetingRecords.RemoveAction(f, a);
                        tx.Commit();
                        screen.Tell(t["action.removed", a.Id]);
                    },
                },
            ],
        };
    }

    public static ScreenView ActionForm(IMeicContext ctx, string meetingId, ActionItem? existing)
    {
        var f = new Store.Facilitation(ctx);
        var t = f.T;
        var m = f.RequireMeeting(meetingId);
        var actors = f.ActorRecords.All().OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        if (actors.Count == 0) return new TextScreen { Title = t["screen.action.add"], Text = () => t["screen.noActors"], Command = "meic map actors add" };
        var fields = new List<FormField>
        {
            new() { Id = "what", Label = t["field.what"], Kind = FieldKind.LongText, Required = true, Value = existing?.What ?? "" },
            new() { Id = "owner", Label = t["field.owner"], Kind = FieldKind.Choice, Required = true, Value = existing?.OwnerActorId ?? "", Choices = actors.Select(a => new Choice(a.Id, a.Name)).ToList() },
            new() { Id = "due", Label = t["field.due"], Kind = FieldKind.Date, Value = existing?.Due is { } d ? Sdk.Text.Dates.Iso(d) : "" },
        };
        if (m.Agenda.Count > 0) fields.Add(ItemPicker(f, m, existing?.AgendaItemId ?? m.CurrentItemId));
        ActionDraft Draft(FormValues v) => new(v["what"], v.Choice("owner") ?? "", v.Date("due"), v.Choice("item"));
        return new FormScreen
        {
            Title = existing is null ? t["screen.action.add"] : t["screen.action.edit"],
            Command = existing is null ? $"meic meeting action add {meetingId}" : $"meic meeting action edit {existing.Id}",
            Fields = fields,
            CommandFor = v =>
            {
                var a = Draft(v);
                return Shell.Line(["meic", "meeting", "action", .. existing is null ? new[] { "add", meetingId } : ["edit", existing.Id],
                    "--what", a.What.Length == 0 ? "…" : a.What, "--owner", a.OwnerActorId.Length == 0 ? "…" : a.OwnerActorId,
                    .. a.Due is { } d ? new[] { "--due", Sdk.Text.Dates.Iso(d) } : [], .. a.AgendaItemId is { } i ? new[] { "--item", i } : []]);
            },
            Save = v =>
            {
                var a = existing is null ? MeetingRecords.AddAction(f, f.RequireMeeting(meetingId), Draft(v)) : MeetingRecords.UpdateAction(f, existing, Draft(v));
                return FormResult.Ok(t["action.saved", a.Id]);
            },
        };
    }
}
