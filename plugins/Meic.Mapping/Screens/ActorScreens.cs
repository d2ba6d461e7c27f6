using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Mapping.Screens;

/// <summary>The actors: a list with their detail, and forms to add, edit, move through the stages, merge and remove them.</summary>
internal sealed class ActorScreens(IScreenContext screen)
{
    private readonly MapWords _w = new(screen.Meic);
    private MapEdits Edits() => new(screen.Meic);

    public static ScreenView Open(IScreenContext screen) => new ActorScreens(screen).List(null);

    /// <summary>Every actor, or those <paramref name="only"/> keeps (a coverage cell's).</summary>
    public ListScreen List((Func<Actor, bool> Keep, string Title, string Command)? only)
    {
        // What every row's detail reads — the names, the ties — read once per reading of the rows, not once per
        // keypress: with 1,000 actors, reading them all again made each move down the list slow. The metrics take
        // seconds on a large map, so they are computed in the background from what was read, and the detail shows
        // them once they are there.
        Around? around = null;
        Dictionary<string, ActorMetrics>? metrics = null;
        return new ListScreen
        {
            Title = only?.Title ?? _w["ui.actors.title"],
            Command = only?.Command ?? "meic map actors list",
            Help = _w["ui.actors.help"],
            Columns = [_w["col.name"], _w["col.sector"], _w["col.areas"], _w["col.stage"], _w["col.network"], _w["col.district"]],
            Rows = () =>
            {
                around = Around.Read(Edits().Data);
                metrics = null;
                return around.Actors.Where(a => only?.Keep(a) ?? true)
                    .OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
                    .Select(a => new ListRow(a.Id, [a.Name, _w.Label(a.Sector), _w.Areas(a.Areas), _w.Label(a.Stage), _w.Label(a.NetworkKind), a.District ?? ""])
                    { Item = a, Keywords = string.Join(" ", a.Tags) })
                    .ToList();
            },
            Detail = row =>
            {
                around ??= Around.Read(Edits().Data);
                return Detail((Actor)row.Item!, around, metrics);
            },
            Background = work =>
            {
                var read = around ?? throw new InvalidOperationException("the rows are read before the work starts");
                var report = MetricsCalculator.Compute(ActorGraph.Build(read.Actors, read.Ties), only: MetricsScreens.Shown, progress: work.Report, cancel: work.Cancellation);
                metrics = report.Actors.ToDictionary(m => m.Id);
                return null;
            },
            Working = _w["ui.metrics.working"],
            Empty = only is null ? _w["ui.actors.empty"] : _w["ui.actors.emptyCell"],
            Actions =
            [
                ScreenAction.Opens("a", _w["ui.add"], _ => Form(null), _ => "meic map actors add NAME --sector SECTOR --area AREA"),
                ScreenAction.Opens("e", _w["ui.edit"], row => Form((Actor)row!.Item!), row => new CommandLine("map", "actors", "edit").Arg(row!.Id), needsRow: true),
                ScreenAction.Opens("s", _w["ui.stage"], row => StageForm((Actor)row!.Item!), row => new CommandLine("map", "actors", "edit").Arg(row!.Id).Opt("--stage", "STAGE").Opt("--date", "DATE"), needsRow: true),
                ScreenAction.Opens("m", _w["ui.merge"], row => MergePick((Actor)row!.Item!), row => new CommandLine("map", "actors", "merge").Arg("DUPLICATE").Arg(row!.Id), needsRow: true),
                ScreenAction.Opens("t", _w["ui.ties"], row => new TieScreens(screen).List((Actor)row!.Item!), row => new CommandLine("map", "ties", "list").Opt("--actor", row!.Id), needsRow: true),
                new ScreenAction
                {
                    Key = "Delete", Label = _w["ui.remove"], NeedsRow = true,
                    Command = row => new CommandLine("map", "actors", "remove").Arg(row!.Id),
                    Confirm = row => _w["ui.remove.confirm", row.Cells[0]],
                    Run = (s, row) =>
                    {
                        var edits = Edits();
                        var actor = edits.Data.Actors.Get(row!.Id);
                        if (actor is null) return;
                        s.Tell(_w["actor.removed", actor.Name, edits.Remove(actor)]);
                    },
                },
            ],
        };
    }

    /// <summary>The actors, their names and the ties, as one reading of the map.</summary>
    private sealed record Around(IReadOnlyList<Actor> Actors, Dictionary<string, string> Names, IReadOnlyList<Relationship> Ties)
    {
        public static Around Read(MapData data)
        {
            var actors = data.Actors.All();
            return new(actors, actors.ToDictionary(x => x.Id, x => x.Name), data.Ties.All());
        }
    }

    private string Detail(Actor a, Around around, Dictionary<string, ActorMetrics>? metrics)
    {
        var lines = new List<string> { a.Name, $"{_w.Label(a.Sector)} · {_w.Areas(a.Areas)} · {a.District ?? "-"}", _w["ui.detail.stage", _w.Label(a.Stage), _w.Label(a.NetworkKind) is { Length: > 0 } n ? n : "-"] };
        if (a.Mandate is { Length: > 0 } m) lines.Add(_w["show.mandate", m]);
        lines.Add(""); lines.Add(_w["ui.detail.services"]);
        if (a.Services.Count == 0) lines.Add("  " + _w["coverage.none"]);
        foreach (var s in a.Services)
            lines.Add($"  {s.What}" + (s.ForWhom.Count > 0 ? $" — {string.Join(", ", s.ForWhom)}" : "") + (s.Area is { } ar ? $" · {_w.Area(ar)}" : "") + (s.District is { } d ? $" · {d}" : ""));
        lines.Add(_w["ui.detail.contacts"]);
        if (a.Contacts.Count == 0) lines.Add("  " + _w["coverage.none"]);
        foreach (var c in a.Contacts) lines.Add($"  {c.Name}" + (c.Role is { Length: > 0 } r ? $" ({r})" : "") + (c.Email is { Length: > 0 } e ? $" · {e}" : "") + (c.Phone is { Length: > 0 } p ? $" · {p}" : ""));
        lines.Add(_w["ui.detail.history"]);
        foreach (var h in a.StageHistory) lines.Add($"  {_w.Day(h.Date)} {_w.Label(h.Stage)}" + (h.Note is { Length: > 0 } note ? $" — {_w.StageNote(note)}" : ""));
        var names = around.Names;
        var ties = around.Ties.Where(t => t.Source == a.Id || t.Target == a.Id).ToList();
        lines.Add(_w["ui.detail.ties", ties.Count]);
        foreach (var t in ties)
        {
            var other = t.Source == a.Id ? t.Target : t.Source;
            var arrow = !t.Directed ? "—" : t.Source == a.Id ? "→" : "←";
            lines.Add($"  {arrow} {names.GetValueOrDefault(other, other)}: {_w.Label(t.Kind)}, {_w.Label(t.Intensity)}");
        }
        if (metrics?.GetValueOrDefault(a.Id) is { } mm)
            lines.Add(_w["ui.detail.metrics", mm.Degree, _w.Number(mm.Betweenness), _w.Number(mm.Closeness), _w.Number(mm.Constraint)]);
        return string.Join("\n", lines);
    }

    /// <summary>The form to add an actor (<paramref name="actor"/> null) or edit one, prefilled.</summary>
    public FormScreen Form(Actor? actor)
    {
        var adding = actor is null;
        return new FormScreen
        {
            Title = adding ? _w["ui.actor.addTitle"] : _w["ui.actor.editTitle", actor!.Name],
            Help = _w["ui.actor.formHelp"],
            Fields =
            [
                new FormField { Id = "name", Label = _w["col.name"], Required = true, Value = actor?.Name ?? "" },
                _w.Pick<Sector>("sector", _w["col.sector"], actor?.Sector),
                _w.PickCluster("areas", _w["col.areas"], Vocabularies.Area, string.Join(",", actor?.Areas ?? []), many: true),
                _w.Pick<EngagementStage>("stage", _w["col.stage"], actor?.Stage ?? EngagementStage.Mapped),
                _w.Pick<NetworkKind>("network", _w["col.network"], actor?.NetworkKind, required: false),
                _w.PickCluster("district", _w["col.district"], Vocabularies.District, actor?.District ?? "", many: false),
            ],
            CommandFor = v => (adding ? new CommandLine("map", "actors", "add").Arg(v["name"]) : new CommandLine("map", "actors", "edit").Arg(actor!.Id).Opt("--name", v["name"] == actor.Name ? null : v["name"]))
                .Opt("--sector", v["sector"]).Opt("--area", v["areas"]).Opt("--stage", v["stage"]).Opt("--network", v["network"]).Opt("--district", v["district"]),
            Save = v =>
            {
                var edits = Edits();
                var words = new Vocabulary(edits.Data.Cluster, edits.Data.Text);
                var today = DateOnly.FromDateTime(screen.Meic.Clock.Now.Date);
                var target = adding ? new Actor() : edits.Data.Actors.Get(actor!.Id) ?? throw new Meic.Sdk.Errors.InputException(_w["ui.gone"]);
                target.Name = v["name"];
                target.Sector = Vocabulary.Parse<Sector>(v.Choice("sector")!, "sector", _w.Language);
                target.Areas = v.ChoiceIds("areas") is { Count: > 0 } picked ? [.. picked] : words.Areas(v.Text("areas"), "areas");
                target.NetworkKind = v.Choice("network") is { } n ? Vocabulary.Parse<NetworkKind>(n, "network", _w.Language) : null;
                target.District = v.Choice("district") ?? words.District(v.Text("district"), "district");
                MapEdits.ChangeStage(target, Vocabulary.Parse<EngagementStage>(v.Choice("stage")!, "stage", _w.Language), today, null);
                if (!adding) { edits.Update(target); return FormResult.Ok(_w["actor.updated", target.Name]); }
                var twins = edits.Add(target, null, today);
                return FormResult.Ok(string.Join("\n", new[] { _w["actor.added", target.Name, target.Id] }.Concat(twins.Select(t => _w["actor.duplicate", target.Name, t.Name, t.Id]))));
            },
        };
    }

    /// <summary>The form to move an actor to another stage, on a date, with a note.</summary>
    public FormScreen StageForm(Actor actor) => new()
    {
        Title = _w["ui.stage.title", actor.Name],
        Fields =
        [
            _w.Pick<EngagementStage>("stage", _w["col.stage"], actor.Stage),
            new FormField { Id = "date", Label = _w["ui.field.date"], Kind = FieldKind.Date, Required = true, Value = _w.Day(DateOnly.FromDateTime(screen.Meic.Clock.Now.Date)), Hint = _w["ui.hint.date"] },
            new FormField { Id = "note", Label = _w["ui.field.note"], Kind = FieldKind.LongText },
        ],
        CommandFor = v => new CommandLine("map", "actors", "edit").Arg(actor.Id).Opt("--stage", v["stage"]).Opt("--date", v["date"]).Opt("--note", v["note"]),
        Save = v =>
        {
            var edits = Edits();
            var target = edits.Data.Actors.Get(actor.Id) ?? throw new Meic.Sdk.Errors.InputException(_w["ui.gone"]);
            MapEdits.ChangeStage(target, Vocabulary.Parse<EngagementStage>(v.Choice("stage")!, "stage", _w.Language), v.Date("date")!.Value, v.Text("note"));
            edits.Update(target);
            return FormResult.Ok(_w["actor.updated", target.Name]);
        },
    };

    /// <summary>The other actors, to pick the duplicate of <paramref name="keep"/> by typing part of its name.</summary>
    public ListScreen MergePick(Actor keep) => new()
    {
        Title = _w["ui.merge.pickTitle", keep.Name],
        Help = _w["ui.merge.pickHelp", keep.Name],
        Command = "meic map actors merge --suggest",
        Columns = [_w["col.name"], _w["col.sector"], _w["col.areas"], _w["col.stage"]],
        Rows = () => Edits().Data.Actors.All().Where(a => a.Id != keep.Id).OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(a => new ListRow(a.Id, [a.Name, _w.Label(a.Sector), _w.Areas(a.Areas), _w.Label(a.Stage)]) { Item = a }).ToList(),
        Empty = _w["ui.merge.none"],
        Actions =
        [
            ScreenAction.Opens("Enter", _w["ui.merge"], row => MergeForm((Actor)row!.Item!, keep),
                row => new CommandLine("map", "actors", "merge").Arg(row!.Id).Arg(keep.Id), needsRow: true),
        ],
    };

    /// <summary>The two records side by side: for each field that differs, which value to keep.</summary>
    public FormScreen MergeForm(Actor duplicate, Actor keep)
    {
        var values = new (string Field, string Label, Func<Actor, string> Show)[]
        {
            ("name", _w["col.name"], a => a.Name),
            ("sector", _w["col.sector"], a => _w.Label(a.Sector)),
            ("areas", _w["col.areas"], a => _w.Areas(a.Areas)),
            ("district", _w["col.district"], a => a.District ?? "-"),
            ("stage", _w["col.stage"], a => _w.Label(a.Stage)),
            ("network", _w["col.network"], a => _w.Label(a.NetworkKind) is { Length: > 0 } n ? n : "-"),
            ("mandate", _w["ui.field.mandate"], a => a.Mandate ?? "-"),
        };
        var differing = values.Where(f => f.Show(keep) != f.Show(duplicate)).ToList();
        return new FormScreen
        {
            Title = _w["ui.merge.title", duplicate.Name, keep.Name],
            Help = _w["ui.merge.help", duplicate.Name, keep.Name],
            Fields = differing.Select(f => new FormField
            {
                Id = f.Field, Label = f.Label, Kind = FieldKind.Choice, Required = true, Value = "keep",
                Choices = [new Choice("keep", $"{f.Show(keep)} ({keep.Name})"), new Choice("take", $"{f.Show(duplicate)} ({duplicate.Name})")],
            }).ToList(),
            CommandFor = v => new CommandLine("map", "actors", "merge").Arg(duplicate.Id).Arg(keep.Id)
                .Opt("--take", string.Join(",", differing.Where(f => v.Choice(f.Field) == "take").Select(f => f.Field))),
            Save = v =>
            {
                var edits = Edits();
                var dup = edits.Data.Actors.Get(duplicate.Id) ?? throw new Meic.Sdk.Errors.InputException(_w["ui.gone"]);
                var kept = edits.Data.Actors.Get(keep.Id) ?? throw new Meic.Sdk.Errors.InputException(_w["ui.gone"]);
                var moved = edits.Merge(dup, kept, differing.Where(f => v.Choice(f.Field) == "take").Select(f => f.Field).ToList());
                return FormResult.Ok(_w["actor.merged", dup.Name, kept.Name, moved]);
            },
        };
    }
}
