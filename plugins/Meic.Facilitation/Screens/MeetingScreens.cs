using System.Globalization;
using System.Text;
using Meic.Facilitation.Commands;
using Meic.Facilitation.Minutes;
using Meic.Facilitation.Model;
using Meic.Facilitation.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Facilitation.Screens;

/// <summary>
/// Meetings in the terminal application: the list with each meeting's record, the plan form, closing and approving
/// (confirmed with a yes/no dialog), and the meeting's attendance, decisions and actions (<see cref="RecordScreens"/>).
/// Everything goes through the classes `meic meeting …` uses.
/// </summary>
internal static class MeetingScreens
{
    public static string When(Store.Facilitation f, DateTimeOffset instant)
    {
        var local = f.Local(instant);
        return $"{Sdk.Text.Dates.Format(DateOnly.FromDateTime(local.DateTime), f.Context.Language)}, {local:HH:mm}";
    }

    public static string Kind(Store.Facilitation f, MeetingKind kind) => FacilitationVocabularies.Label(kind, f.Context.Language);

    public static ListScreen Meetings(IMeicContext ctx)
    {
        var f = new Store.Facilitation(ctx);
        var t = f.T;
        return new ListScreen
        {
            Title = t["screen.title"],
            Command = "meic meeting list",
            Help = t["screen.meetings.help"],
            Columns = [t["col.date"], t["col.kind"], t["col.title"], t["col.status"]],
            Empty = t["list.none"],
            Rows = () => f.Meetings.All().OrderBy(m => m.Start).Select(m => new ListRow(m.Id, [When(f, m.Start), Kind(f, m.Kind), m.Title, ListCommand.StatusText(f, m)])
                { Item = m, Keywords = m.Id + " " + m.Place }).ToList(),
            Detail = row => row.Item is Meeting m ? Detail(f, f.Meetings.Get(m.Id) ?? m) : "",
            Actions =
            [
                ScreenAction.Opens("n", t["action.plan"], _ => Plan(ctx), _ => "meic meeting plan --title … --start …"),
                ScreenAction.Opens("r", t["action.run"], row => row?.Item is Meeting m ? LiveScreen.Create(ctx, m.Id) : null, row => $"meic meeting run {row?.Id}", needsRow: true),
                ScreenAction.Opens("p", t["action.attendance"], row => row?.Item is Meeting m ? RecordScreens.Attendance(ctx, m.Id) : null, row => $"meic meeting show {row?.Id}", needsRow: true),
                ScreenAction.Opens("d", t["action.decisions"], row => row?.Item is Meeting m ? RecordScreens.Decisions(ctx, m.Id) : null, row => $"meic meeting show {row?.Id}", needsRow: true),
                ScreenAction.Opens("a", t["action.actions"], row => row?.Item is Meeting m ? RecordScreens.Actions(ctx, m.Id) : null, row => $"meic meeting show {row?.Id}", needsRow: true),
                ScreenAction.Opens("v", t["action.minutes"], row => row?.Item is Meeting m ? Minutes(ctx, m.Id) : null, row => $"meic meeting minutes {row?.Id}", needsRow: true),
                new ScreenAction
                {
                    Key = "c", Label = t["action.close"], NeedsRow = true,
                    Confirm = row => t["confirm.close", (row.Item as Meeting)?.Title],
                    Command = row => $"meic meeting close {row?.Id}",
                    Run = (screen, row) =>
                    {
                        if (row?.Item is not Meeting seen) return;
                        string file;
                        using (var tx = ctx.Store.BeginTransaction())
                        {
                            file = MeetingLifecycle.Close(f, f.RequireMeeting(seen.Id), false);
                            tx.Commit();
                        }
                        screen.Tell(t["close.done", seen.Title, Path.GetRelativePath(ctx.WorkspaceDirectory, file)]);
                    },
                },
                new ScreenAction
                {
                    Key = "m", Label = t["action.approve"], NeedsRow = true,
                    Confirm = row => Previous(f, row) is { } p ? t["confirm.approve", p.Title, When(f, p.Start)] : t["run.nothingToApprove"],
                    Command = row => Previous(f, row) is { } p ? $"meic meeting approve {p.Id} --at {row?.Id}" : "meic meeting approve ID --at NEXT",
                    Run = (screen, row) =>
                    {
                        if (row?.Item is not Meeting seen) return;
                        if (Previous(f, row) is not { } previous) { screen.Tell(t["run.nothingToApprove"]); return; }
                        using (var tx = ctx.Store.BeginTransaction())
                        {
                            MeetingLifecycle.Approve(f, previous, f.RequireMeeting(seen.Id));
                            tx.Commit();
                        }
                        screen.Tell(t["approve.done", previous.Title, seen.Title]);
                    },
                },
            ],
        };
    }

    /// <summary>The meeting before the selected one, when it is closed and its minutes still a draft.</summary>
    private static Meeting? Previous(Store.Facilitation f, ListRow? row) =>
        row?.Item is Meeting m && f.Previous(f.Meetings.Get(m.Id) ?? m) is { Status: MeetingStatus.Closed, MinutesApproved: false } p ? p : null;

    private static string Detail(Store.Facilitation f, Meeting m)
    {
        var t = f.T;
        var text = new StringBuilder();
        text.AppendLine(m.Title);
        text.AppendLine($"{Kind(f, m.Kind)} · {When(f, m.Start)}–{f.Local(m.End):HH:mm} · {ListCommand.StatusText(f, m)}");
        if (m.Place.ToString() is { Length: > 0 } place) text.AppendLine($"{t["col.place"]}: {place}");
        text.AppendLine().AppendLine(t["col.agenda"] + ":");
        foreach (var (item, i) in m.Agenda.Select((a, i) => (a, i)))
            text.AppendLine($"  {i + 1}. {item.Title} ({item.Minutes} min)" + (item.OwnerActorId is null ? "" : $" — {f.ActorName(item.OwnerActorId)}"));
        if (m.Agenda.Count == 0) text.AppendLine("  " + t["run.noAgenda"]);
        if (m.Attendance.Count > 0)
        {
            text.AppendLine().AppendLine(ShowCommand.AttendanceLine(f, m));
            var excused = m.Attendance.Where(a => a.Excused).Select(a => f.ActorName(a.ActorId)).Distinct().ToList();
            if (excused.Count > 0) text.AppendLine($"{t["action.excused"]}: {string.Join(", ", excused)}");
        }
        var decisions = f.Decisions.Find(("meetingId", m.Id)).OrderBy(d => d.CreatedAt).ToList();
        if (decisions.Count > 0)
        {
            text.AppendLine().AppendLine(t["detail.decisions"] + ":");
            foreach (var d in decisions) text.AppendLine($"  • {d.Proposal}" + (d.Outcome.Length > 0 ? $" → {d.Outcome}" : "") + $" ({FacilitationVocabularies.Label(d.Method, f.Context.Language)})");
        }
        var actions = f.Actions.Find(("meetingId", m.Id)).OrderBy(a => a.CreatedAt).ToList();
        if (actions.Count > 0)
        {
            text.AppendLine().AppendLine(t["detail.actions"] + ":");
            foreach (var a in actions)
                text.AppendLine($"  • {a.What} — {f.ActorName(a.OwnerActorId)}" + (a.Due is { } due ? $", {Sdk.Text.Dates.Format(due, f.Context.Language)}" : "") + $" ({t[$"status.{Names.Kebab(a.Status)}"]})");
        }
        return text.ToString().TrimEnd();
    }

    public static TextScreen Minutes(IMeicContext ctx, string meetingId)
    {
        var f = new Store.Facilitation(ctx);
        return new TextScreen
        {
            Title = f.T["screen.minutes", f.RequireMeeting(meetingId).Title],
            Command = $"meic meeting minutes {meetingId}",
            Text = () => MinutesRenderer.Render(MinutesBuilder.Build(f, f.RequireMeeting(meetingId), false), ctx.Language, ctx.WorkspaceDirectory),
        };
    }

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>The plan form: title, kind, day and time in the cluster's zone, length, place, who facilitates, who is invited.</summary>
    public static ScreenView Plan(IMeicContext ctx)
    {
        var f = new Store.Facilitation(ctx);
        var t = f.T;
        var actors = f.ActorRecords.All().OrderBy(a => a.Name, StringComparer.CurrentCulture).ToList();
        var fields = new List<FormField>
        {
            new() { Id = "title", Label = t["field.title"], Required = true },
            FormField.Pick("kind", t["field.kind"], FacilitationVocabularies.Get(FacilitationVocabularies.MeetingKind), ctx.Language, "plenary"),
            new() { Id = "day", Label = t["field.day"], Kind = FieldKind.Date, Required = true },
            new() { Id = "time", Label = t["field.time"], Required = true, Hint = t["field.time.hint"], Check = x => TryTime(x, out _) ? null : t["error.time", x] },
            new() { Id = "minutes", Label = t["field.minutes"], Kind = FieldKind.Number, Value = "120" },
            new() { Id = "place", Label = t["field.place"] },
            new() { Id = "link", Label = t["field.link"] },
            new() { Id = "facilitator", Label = t["field.facilitator"] },
        };
        if (actors.Count > 0)
            fields.Add(new FormField { Id = "invite", Label = t["field.invite"], Kind = FieldKind.Choices, Choices = actors.Select(a => new Choice(a.Id, a.Name)).ToList() });

        string Start(FormValues v) => v.Date("day") is { } d && TryTime(v["time"], out var time) ? $"{Sdk.Text.Dates.Iso(d)} {time:HH:mm}" : "…";
        int Minutes(FormValues v) => v.Number("minutes") is { } n && n > 0 ? (int)n : 120;
        return new FormScreen
        {
            Title = t["screen.plan"],
            Command = "meic meeting plan",
            Fields = fields,
            CommandFor = v => Shell.Line(["meic", "meeting", "plan", "--title", v.Text("title") ?? "…", "--kind", v.Choice("kind") ?? "plenary",
                "--start", Start(v), "--minutes", Minutes(v).ToString(CultureInfo.InvariantCulture),
                .. v.Text("place") is { } p ? new[] { "--place", p } : [], .. v.Text("link") is { } l ? new[] { "--link", l } : [],
                .. v.Text("facilitator") is { } who ? new[] { "--facilitator", who } : [],
                .. v.ChoiceIds("invite") is { Count: > 0 } invited ? new[] { "--invite", string.Join(",", invited) } : []]),
            Save = v =>
            {
                var start = f.ParseInstant(Start(v), "--start");
                IReadOnlyList<Meeting> planned;
                try
                {
                    planned = MeetingPlanner.Plan(f, new PlanRequest(v["title"], Names.TryParse<MeetingKind>(v.Choice("kind") ?? "plenary", out var k) ? k : MeetingKind.Plenary,
                        start, start.AddMinutes(Minutes(v)), v.Text("place"), v.Text("link"), v.Text("facilitator"), null, null, v.ChoiceIds("invite")));
                }
                catch (InputException e) when (e.Where is "--start" or "--end") { return FormResult.Refuse(e.Where == "--start" ? "day" : "minutes", Shell.Reason(e)); }
                catch (InputException e) when (e.Where is "--link") { return FormResult.Refuse("link", Shell.Reason(e)); }
                var m = planned[0];
                return FormResult.Ok(t["plan.done", m.Id, f.Show(m.Start), f.Show(m.End)]);
            },
        };
    }
}
