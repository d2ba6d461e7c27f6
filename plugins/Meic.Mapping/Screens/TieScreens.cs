using Meic.Mapping.Domain;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Mapping.Screens;

/// <summary>The ties between actors: a list, and forms to record, edit and remove them.</summary>
internal sealed class TieScreens(IScreenContext screen)
{
    private readonly MapWords _w = new(screen.Meic);
    private MapEdits Edits() => new(screen.Meic);

    public static ScreenView Open(IScreenContext screen) => new TieScreens(screen).List(null);

    /// <summary>Every tie, or <paramref name="of"/>'s.</summary>
    public ListScreen List(Actor? of) => new()
    {
        Title = of is null ? _w["ui.ties.title"] : _w["ui.ties.of", of.Name],
        Command = of is null ? "meic map ties list" : new CommandLine("map", "ties", "list").Opt("--actor", of.Id),
        Help = _w["ui.ties.help"],
        Columns = [_w["ui.col.from"], _w["ui.col.to"], _w["col.kind"], _w["col.intensity"], new ListColumn(_w["col.trust"], Numeric: true), _w["ui.field.date"], _w["ui.field.origin"]],
        Rows = () =>
        {
            var data = Edits().Data;
            var names = data.Actors.All().ToDictionary(a => a.Id, a => a.Name);
            return data.Ties.All().Where(t => of is null || t.Source == of.Id || t.Target == of.Id)
                .Select(t => new ListRow(t.Id,
                [
                    names.GetValueOrDefault(t.Source, t.Source) + (t.Directed ? " →" : ""), names.GetValueOrDefault(t.Target, t.Target),
                    _w.Label(t.Kind), _w.Label(t.Intensity), t.Trust is { } tr ? _w.Number(tr, 0) : "", _w.Day(t.Since), _w.Label(t.Origin),
                ]) { Item = t })
                .OrderBy(r => r.Cells[0], StringComparer.CurrentCultureIgnoreCase).ToList();
        },
        Detail = row =>
        {
            var t = (Relationship)row.Item!;
            return string.Join("\n", new[]
            {
                $"{row.Cells[0]} {(t.Directed ? "" : "—")} {row.Cells[1]}",
                $"{_w["col.kind"]}: {row.Cells[2]} · {_w["col.intensity"]}: {row.Cells[3]}",
                $"{_w["col.trust"]}: {_w.Number(t.Trust, 0)} · {_w["col.value"]}: {_w.Number(t.Value, 0)} · {_w["ui.field.weight"]}: {_w.Number(t.Weight, 2)}",
                $"{_w["ui.field.date"]}: {(t.Since is null ? "-" : _w.Day(t.Since))} · {_w["ui.field.origin"]}: {row.Cells[6]}" + (t.Wave is null ? "" : $" · {_w["col.wave"]}: {t.Wave}"),
                t.Note ?? "",
            });
        },
        Empty = Edits().Data.Actors.All().Count < 2 ? _w["ui.ties.emptyNoActors"] : _w["ui.ties.empty"],
        Actions =
        [
            ScreenAction.Opens("a", _w["ui.add"], _ => Form(null, of), _ => "meic map ties add SOURCE TARGET --kind KIND"),
            ScreenAction.Opens("e", _w["ui.edit"], row => Form((Relationship)row!.Item!, of), row => new CommandLine("map", "ties", "edit").Arg(row!.Id), needsRow: true),
            new ScreenAction
            {
                Key = "Delete", Label = _w["ui.remove"], NeedsRow = true,
                Command = row => new CommandLine("map", "ties", "remove").Arg(row!.Id),
                Confirm = row => _w["ui.tie.removeConfirm", row.Cells[0], row.Cells[1]],
                Run = (s, row) =>
                {
                    var edits = Edits();
                    if (edits.Data.Ties.Get(row!.Id) is not { } tie) return;
                    edits.RemoveTie(tie);
                    s.Tell(_w["tie.removed", tie.Id]);
                },
            },
        ],
    };

    /// <summary>The form to record a tie (<paramref name="tie"/> null) or edit one.</summary>
    public FormScreen Form(Relationship? tie, Actor? of)
    {
        var actors = Edits().Data.Actors.All();
        var adding = tie is null;
        string? ScoreCheck(string text) => Numbers.TryParse(text, out var n) && n is < 1 or > 4 ? _w["err.score"] : null;
        return new FormScreen
        {
            Title = adding ? _w["ui.tie.addTitle"] : _w["ui.tie.editTitle"],
            Help = _w["ui.tie.formHelp"],
            Fields =
            [
                _w.PickActor("from", _w["ui.col.from"], actors, tie?.Source ?? of?.Id),
                _w.PickActor("to", _w["ui.col.to"], actors, tie?.Target),
                _w.Pick<TieKind>("kind", _w["col.kind"], tie?.Kind ?? TieKind.InformationExchange),
                _w.Pick<TieIntensity>("intensity", _w["col.intensity"], tie?.Intensity ?? TieIntensity.Awareness),
                new FormField { Id = "directed", Label = _w["ui.field.directed"], Kind = FieldKind.Flag, Value = (tie?.Directed ?? false) ? "true" : "false" },
                new FormField { Id = "trust", Label = _w["col.trust"], Kind = FieldKind.Number, Value = tie?.Trust is { } t ? _w.Number(t, 0) : "", Hint = _w["ui.hint.score"], Check = ScoreCheck },
                new FormField { Id = "value", Label = _w["col.value"], Kind = FieldKind.Number, Value = tie?.Value is { } v ? _w.Number(v, 0) : "", Hint = _w["ui.hint.score"], Check = ScoreCheck },
                new FormField { Id = "date", Label = _w["ui.field.date"], Kind = FieldKind.Date, Value = _w.Day(tie?.Since), Hint = _w["ui.hint.date"] },
                _w.Pick<TieSource>("origin", _w["ui.field.origin"], tie?.Origin ?? TieSource.Manual),
            ],
            CommandFor = v =>
            {
                var line = adding ? new CommandLine("map", "ties", "add").Arg(v["from"]).Arg(v["to"])
                    : new CommandLine("map", "ties", "edit").Arg(tie!.Id).Opt("--source", v["from"]).Opt("--target", v["to"]);
                line.Opt("--kind", v["kind"]).Opt("--intensity", v["intensity"]);
                if (adding) line.Flag("--directed", v.Flag("directed"));
                else line.Opt("--directed", v.Flag("directed") ? "true" : "false");
                return line
                    .Opt("--trust", v["trust"].Replace(',', '.')).Opt("--value", v["value"].Replace(',', '.')).Opt("--since", v["date"]).Opt("--origin", v["origin"]);
            },
            Save = v =>
            {
                var edits = Edits();
                var target = adding ? new Relationship() : edits.Data.Ties.Get(tie!.Id) ?? throw new InputException(_w["ui.gone"]);
                target.Source = v.Choice("from")!;
                target.Target = v.Choice("to")!;
                if (target.Source == target.Target) return FormResult.Refuse("to", _w["err.selfLoop"]);
                target.Kind = Vocabulary.Parse<TieKind>(v.Choice("kind")!, "kind", _w.Language);
                target.Intensity = Vocabulary.Parse<TieIntensity>(v.Choice("intensity")!, "intensity", _w.Language);
                target.Directed = v.Flag("directed");
                target.Trust = v.Number("trust") is { } t ? (double)t : null;
                target.Value = v.Number("value") is { } n ? (double)n : null;
                target.Since = v.Date("date");
                target.Origin = Vocabulary.Parse<TieSource>(v.Choice("origin")!, "origin", _w.Language);
                var names = edits.Data.Actors.All().ToDictionary(a => a.Id, a => a.Name);
                if (!adding) { edits.UpdateTie(target); return FormResult.Ok(_w["tie.updated", target.Id]); }
                target = edits.AddTie(target);
                return FormResult.Ok(_w["tie.added", target.Id, names[target.Source], names[target.Target]]);
            },
        };
    }
}
