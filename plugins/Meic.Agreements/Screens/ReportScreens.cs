using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Sdk.Screens;

namespace Meic.Agreements.Screens;

/// <summary>The free-riding report (<c>meic agreement freeriding</c>) and the conflict register (<c>meic agreement conflict list</c>).</summary>
internal sealed class ReportScreens(IScreenContext screen)
{
    private readonly AgreementWords _w = new(screen.Meic);

    public static ScreenView Conflicts(IScreenContext screen) => new ReportScreens(screen).ConflictList();

    public TextScreen FreeRiding(string id) => new()
    {
        Title = _w["ui.freeriding.title", _w.Cli.Data().Agreement(id).Title],
        Command = new CommandLine("agreement", "freeriding").Arg(id),
        Text = () =>
        {
            var data = _w.Cli.Data();
            var a = data.Agreement(id);
            var report = FreeRidingReport.Compute(a, data.CommitmentsOf(a.Id), data.ContributionsOf(a.Id), data.Meetings.All(), data.ActorName, data.Today);
            var lines = new List<string>
            {
                _w["ui.freeriding.head", _w.Day(report.On), Math.Round(report.ElapsedShare * 100)],
                report.AttendanceAvailable ? _w["freeriding.meetings", report.MeetingsCounted] : _w["freeriding.noMeetings"],
                "",
            };
            if (data.CommitmentsOf(a.Id).Count == 0) lines.Add(_w["ui.freeriding.noCommitments"]);
            else if (report.Shortfalls.Count == 0) lines.Add(_w["freeriding.none"]);
            foreach (var s in report.Shortfalls)
                lines.Add(_w["ui.freeriding.shortfall", s.Party, s.What, s.Actual, s.Expected, s.Unit ?? "", s.Article is { } n ? $"{n}. {s.ClauseTitle}" : s.Clause]);
            return string.Join("\n", lines);
        },
    };

    public ListScreen ConflictList() => new()
    {
        Title = _w["ui.conflicts.title"],
        Command = "meic agreement conflict list --all",
        Help = _w["ui.conflicts.help"],
        Columns = [_w["ui.col.agreement"], _w["ui.col.subject"], _w["ui.col.stage"], _w["ui.col.deadline"], _w["ui.col.state"]],
        Rows = () =>
        {
            var data = _w.Cli.Data();
            var titles = data.Agreements.All().ToDictionary(a => a.Id, a => a.Title);
            return data.Conflicts.All().OrderBy(c => c.Status).ThenBy(c => c.StageDeadline)
                .Select(c => new ListRow(c.Id,
                [
                    titles.GetValueOrDefault(c.AgreementId, c.AgreementId), c.Subject, _w.Label(c.Stage), _w.Day(c.StageDeadline),
                    _w.Label(c.Status) + (ConflictService.Overdue(c, data.Today) ? " · " + _w["ui.conflict.overdue"] : ""),
                ]) { Item = c })
                .ToList();
        },
        Detail = row =>
        {
            var data = _w.Cli.Data();
            var c = new ConflictService(data).Get(row.Id);
            var (notes, withheld) = new ConflictService(data).NotesFor(c);
            var lines = new List<string>
            {
                c.Subject,
                _w["ui.conflict.detail", string.Join(", ", c.Parties.Select(data.ActorName)), c.Clause ?? "—", _w.Day(c.RaisedOn)],
                "",
            };
            foreach (var step in c.Steps)
                lines.Add($"  {_w.Label(step.Stage)}: {_w.Day(step.From)} → {_w.Day(step.Deadline)}" + (step.Left is { } l ? " " + _w["ui.conflict.leftOn", _w.Day(l)] : ""));
            if (c.Outcome is not null) lines.Add(_w["conflict.outcome", c.Outcome]);
            foreach (var n in notes) lines.Add($"  [{_w.Day(n.On)} {n.By}] {n.Text}");
            if (withheld > 0) lines.Add(_w["conflict.withheld", withheld]);
            return string.Join("\n", lines);
        },
        Empty = _w["ui.conflicts.empty"],
        Actions =
        [
            ScreenAction.Opens("n", _w["ui.conflict.advance"], row => AdvanceForm(row!.Id), row => new CommandLine("agreement", "conflict", "advance").Arg(row!.Id), needsRow: true),
            ScreenAction.Opens("r", _w["ui.conflict.resolve"], row => ResolveForm(row!.Id), row => new CommandLine("agreement", "conflict", "resolve").Arg(row!.Id).Opt("--outcome", "…"), needsRow: true),
        ],
    };

    private FormScreen AdvanceForm(string id) => new()
    {
        Title = _w["ui.conflict.advance"],
        Fields =
        [
            new FormField { Id = "note", Label = _w["ui.field.note"], Kind = FieldKind.LongText },
            new FormField { Id = "confidential", Label = _w["conflict.confidential"], Kind = FieldKind.Flag, Value = "false" },
        ],
        CommandFor = v => new CommandLine("agreement", "conflict", "advance").Arg(id).Opt("--note", v["note"]) + (v.Flag("confidential") ? " --confidential" : ""),
        Save = v =>
        {
            var c = new ConflictService(_w.Cli.Data()).Advance(id, v.Text("note"), v.Flag("confidential"));
            return FormResult.Ok(_w["ui.conflict.at", _w.Label(c.Stage), _w.Day(c.StageDeadline)]);
        },
    };

    private FormScreen ResolveForm(string id) => new()
    {
        Title = _w["ui.conflict.resolve"],
        Fields = [new FormField { Id = "outcome", Label = _w["ui.field.outcome"], Kind = FieldKind.LongText, Required = true }],
        CommandFor = v => new CommandLine("agreement", "conflict", "resolve").Arg(id).Opt("--outcome", v["outcome"]),
        Save = v =>
        {
            var c = new ConflictService(_w.Cli.Data()).Resolve(id, v["outcome"]);
            return FormResult.Ok(_w["conflict.resolved", c.Subject, c.Outcome]);
        },
    };
}
