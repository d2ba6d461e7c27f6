using Meic.Mapping.Domain;
using Meic.Mapping.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;

namespace Meic.Mapping.Screens;

/// <summary>
/// The survey waves (<c>meic map waves …</c>): the list with how many actors and ties each recorded, a form to add one,
/// and each wave compared in plain words with the one before — ties added and lost, actors that joined or left, how
/// the density and the actors without ties changed. The same <see cref="WaveBook"/> as the commands.
/// </summary>
internal sealed class WaveScreens(IScreenContext screen)
{
    private readonly MapWords _w = new(screen.Meic);
    private WaveBook Book() => new(MapData.From(screen.Meic));

    public static ScreenView Open(IScreenContext screen) => new WaveScreens(screen).List();

    /// <summary>How a wave is called: its label, else its id.</summary>
    public static string Name(Wave w) => w.Label is { Length: > 0 } l ? l : w.Id;

    public ListScreen List()
    {
        // What the comparisons read — the actors, the ties, the waves — read once per reading of the rows, not at every
        // move down the list; each comparison is kept once made.
        Around? around = null;
        var said = new Dictionary<string, string>(StringComparer.Ordinal);
        return new ListScreen
        {
            Title = _w["ui.waves.title"],
            Command = "meic map waves list",
            Help = _w["ui.waves.help"],
            Columns = [_w["col.name"], _w["ui.field.date"], new ListColumn(_w["ui.waves.actors"], true), new ListColumn(_w["ui.waves.ties"], true)],
            Rows = () =>
            {
                var book = Book();
                var actors = book.Data.Actors.All();
                var ties = book.Data.Ties.All();
                var list = book.List(ties);
                around = new Around(book, actors, ties, list);
                said.Clear();
                return list.Select(e => new ListRow(e.Wave.Id, [Name(e.Wave), _w.Day(e.Wave.Date), e.Actors.ToString(), e.Ties.ToString()]) { Item = e, Keywords = e.Wave.Id })
                    .ToList();
            },
            Detail = row =>
            {
                if (around is null) return "";
                var entry = (WaveEntry)row.Item!;
                if (!said.TryGetValue(entry.Wave.Id, out var text)) said[entry.Wave.Id] = text = Comparison(entry, around);
                return text;
            },
            Empty = _w["ui.waves.empty"],
            Actions =
            [
                ScreenAction.Opens("a", _w["ui.add"], _ => Form(), _ => "meic map waves add WAVE --date DATE --label NAME"),
                ScreenAction.Opens("c", _w["ui.waves.compare"], row => CompareText((WaveEntry)row!.Item!, around!), row => CompareCommand((WaveEntry)row!.Item!, around), needsRow: true),
            ],
        };
    }

    /// <summary>The form to record a wave: its name, its date and a note; the id is made from the name.</summary>
    public FormScreen Form() => new()
    {
        Title = _w["ui.waves.addTitle"],
        Help = _w["ui.waves.formHelp"],
        Fields =
        [
            new FormField { Id = "label", Label = _w["col.name"], Required = true, Hint = _w["ui.waves.labelHint"] },
            new FormField { Id = "date", Label = _w["ui.field.date"], Kind = FieldKind.Date, Required = true, Hint = _w["ui.hint.date"] },
            new FormField { Id = "note", Label = _w["col.note"], Kind = FieldKind.LongText },
        ],
        CommandFor = v => new CommandLine("map", "waves", "add").Arg(v["label"].Length > 0 ? Book().IdFor(v["label"], v.Date("date")) : "WAVE")
            .Opt("--date", v["date"].Length > 0 ? v["date"] : "DATE").Opt("--label", v["label"]).Opt("--note", v["note"]),
        Save = v =>
        {
            var book = Book();
            var date = v.Date("date")!.Value;
            var wave = book.Add(book.IdFor(v["label"], date), date, v["label"], v.Text("note"));
            return FormResult.Ok(_w["ui.waves.added", Name(wave), _w.Day(wave.Date), wave.Id]);
        },
    };

    private TextScreen CompareText(WaveEntry entry, Around around) => new()
    {
        Title = _w["ui.waves.compareTitle", Name(entry.Wave)],
        Command = CompareCommand(entry, around),
        Text = () => Comparison(entry, around, whole: true),
    };

    private string CompareCommand(WaveEntry entry, Around? around) =>
        around?.Book.Previous(entry.Wave, around.Waves) is { } before
            ? new CommandLine("map", "waves", "compare").Arg(before.Id).Arg(entry.Wave.Id)
            : "meic map waves list";

    /// <summary>
    /// The wave against the one before it, in plain words, what changed first (the detail pane under the list shows
    /// five lines at 80 columns); <paramref name="whole"/> starts with the wave itself and names every actor.
    /// </summary>
    private string Comparison(WaveEntry entry, Around around, bool whole = false)
    {
        var w = entry.Wave;
        var lines = new List<string>();
        if (whole) lines.Add($"{Name(w)} · {_w.Day(w.Date)} · {_w.Text.Plural("ui.waves.actorsCount", entry.Actors)} · {_w.Text.Plural("ui.waves.tiesCount", entry.Ties)}");
        if (w.Note is { Length: > 0 } note) lines.Add(note);
        if (around.Book.Previous(w, around.Waves) is not { } before)
        {
            lines.Add(_w["ui.waves.first"]);
            return string.Join("\n", lines);
        }
        var c = around.Book.Compare(before.Id, w.Id, Metric.None, around.Actors, around.Ties);
        var most = whole ? int.MaxValue : 6;
        lines.Add(_w["ui.waves.since", Name(before), _w.Day(before.Date)] + " " + _w.Text.Plural("ui.waves.gained", c.Gained.Count) + " "
            + _w.Text.Plural("ui.waves.lost", c.Lost.Count) + " " + _w.Text.Plural("ui.waves.kept", c.Kept));
        lines.Add(c.Joined.Count == 0 ? _w["ui.waves.noneJoined"] : _w["ui.waves.joined", Names(c.Joined, around, most)]);
        if (c.Left.Count > 0) lines.Add(_w["ui.waves.left", Names(c.Left, around, most)]);
        var density = Math.Round(c.To.Density, 4).CompareTo(Math.Round(c.From.Density, 4));
        lines.Add(_w[density > 0 ? "ui.waves.densityUp" : density < 0 ? "ui.waves.densityDown" : "ui.waves.densitySame", _w.Number(c.From.Density), _w.Number(c.To.Density)]
            + " " + _w["ui.waves.isolated", c.Isolated.From, c.Isolated.To]);
        return string.Join("\n", lines);
    }

    // The names, in order; past <paramref name="most"/> the rest counted ("… e altri 12").
    private string Names(IReadOnlyList<string> ids, Around around, int most)
    {
        var names = ids.Select(id => around.Names.GetValueOrDefault(id, id)).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
        var said = string.Join(", ", names.Take(most));
        return names.Count > most ? said + " " + _w.Text.Plural("ui.waves.more", names.Count - most) : said;
    }

    /// <summary>The map as read with the rows: what every comparison on the page is made from.</summary>
    private sealed class Around(WaveBook book, IReadOnlyList<Actor> actors, IReadOnlyList<Relationship> ties, IReadOnlyList<WaveEntry> waves)
    {
        public WaveBook Book { get; } = book;
        public IReadOnlyList<Actor> Actors { get; } = actors;
        public IReadOnlyList<Relationship> Ties { get; } = ties;
        public IReadOnlyList<WaveEntry> Waves { get; } = waves;
        public Dictionary<string, string> Names { get; } = actors.ToDictionary(a => a.Id, a => a.Name);
    }
}
