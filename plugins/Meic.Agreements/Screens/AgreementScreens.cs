using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Agreements.Screens;

/// <summary>The agreements (<c>meic agreement list|show</c>) and what can happen to one: circulate, sign, amend, accession, exit.</summary>
internal sealed class AgreementScreens(IScreenContext screen)
{
    private readonly AgreementWords _w = new(screen.Meic);

    public static ScreenView Open(IScreenContext screen) => new AgreementScreens(screen).List();

    private AgreementStore Data() => _w.Cli.Data();
    private AgreementService Service(bool catalog = false) => _w.Cli.Service(withCatalog: catalog);

    /// <summary>Runs <paramref name="act"/>, telling the user its result or its refusal (in the shell's dialog).</summary>
    private static void Attempt(IScreenContext s, Func<string> act)
    {
        try { s.Tell(act()); }
        catch (InputException e) { s.Tell(e.Message); }
    }

    public ListScreen List() => new()
    {
        Title = _w["ui.agreements.title"],
        Command = "meic agreement list",
        Help = _w["ui.agreements.help"],
        Columns = [_w["ui.col.title"], _w["ui.col.state"], new ListColumn(_w["ui.col.parties"], true), _w["ui.col.starts"], _w["ui.col.expires"]],
        Rows = () => Data().Agreements.All().OrderByDescending(a => a.CreatedOn).ThenBy(a => a.Title)
            .Select(a => new ListRow(a.Id, [a.Title, _w.Label(a.Status), a.Parties.Count(p => p.Active).ToString(), _w.Day(a.StartsOn), _w.Day(a.ExpiresOn)]) { Item = a, Keywords = a.Id })
            .ToList(),
        Detail = row => Detail(Data().Agreement(row.Id)),
        Empty = Data().Actors.All().Count == 0 ? _w["ui.agreements.emptyNoActors"] : _w["ui.agreements.empty"],
        Actions =
        [
            ScreenAction.Opens("d", _w["ui.draft"], _ => new DraftScreens(screen).Templates(pick: true), _ => "meic agreement templates"),
            new ScreenAction
            {
                Key = "c", Label = _w["ui.circulate"], NeedsRow = true,
                Command = row => new CommandLine("agreement", "circulate").Arg(row!.Id),
                Confirm = row => _w["ui.circulate.confirm", row.Cells[0]],
                Run = (s, row) => Attempt(s, () => { var a = Service().Circulate(row!.Id); return _w["status.now", a.Title, _w.Label(a.Status)]; }),
            },
            ScreenAction.Opens("s", _w["ui.sign"], row => SignForm(Data().Agreement(row!.Id)), row => new CommandLine("agreement", "sign").Arg(row!.Id).Opt("--party", "ACTOR").Opt("--by", "NAME"), needsRow: true),
            ScreenAction.Opens("m", _w["ui.amend"], row => AmendForm(Data().Agreement(row!.Id)), row => new CommandLine("agreement", "amend").Arg(row!.Id).Opt("--note", "…"), needsRow: true),
            ScreenAction.Opens("j", _w["ui.accede"], row => AccedeForm(Data().Agreement(row!.Id)), row => new CommandLine("agreement", "accede").Arg(row!.Id).Opt("--party", "ACTOR"), needsRow: true),
            ScreenAction.Opens("x", _w["ui.exit"], row => ExitForm(Data().Agreement(row!.Id)), row => new CommandLine("agreement", "exit").Arg(row!.Id).Opt("--party", "ACTOR"), needsRow: true),
            ScreenAction.Opens("t", _w["ui.text"], row => TextOf(row!.Id), row => new CommandLine("agreement", "show").Arg(row!.Id) + " --text", needsRow: true),
            ScreenAction.Opens("v", _w["ui.diff"], row => DiffOf(row!.Id), row => DiffCommand(Data().Agreement(row!.Id)), needsRow: true),
            ScreenAction.Opens("f", _w["ui.freeriding"], row => new ReportScreens(screen).FreeRiding(row!.Id), row => new CommandLine("agreement", "freeriding").Arg(row!.Id), needsRow: true),
        ],
    };

    private string Detail(Agreement a)
    {
        var data = Data();
        var lines = new List<string>
        {
            a.Title,
            _w["ui.agreement.head", _w.Label(a.Status), a.Edition, a.Template, _w.Day(a.StartsOn), _w.Day(a.ExpiresOn)],
            "",
            _w["ui.agreement.parties"],
        };
        foreach (var p in a.Parties)
        {
            var state = p.ExitedOn is { } left ? _w["ui.party.left", _w.Day(left)]
                : p.ExitEffectiveOn is { } eff ? _w["ui.party.notice", _w.Day(p.ExitNoticeOn), _w.Day(eff)]
                : p.SignedOn is { } on ? _w["ui.party.signed", p.SignedBy ?? "—", _w.Day(on)] : _w["ui.party.unsigned"];
            lines.Add($"  {data.ActorName(p.ActorId)}{(p.Role is { Length: > 0 } r ? $" ({r})" : "")}{(p.ByAccession ? " *" : "")} — {state}");
        }
        var conflicts = data.Conflicts.Find(("agreementId", a.Id)).Where(c => c.Status == ConflictStatus.Open).ToList();
        lines.Add("");
        lines.Add(conflicts.Count == 0 ? _w["show.noConflicts"] : _w["show.conflicts", conflicts.Count]);
        foreach (var c in conflicts)
            lines.Add($"  {c.Subject} — {_w.Label(c.Stage)}, {_w["ui.conflict.by", _w.Day(c.StageDeadline)]}{(ConflictService.Overdue(c, data.Today) ? " · " + _w["ui.conflict.overdue"] : "")}");
        lines.Add("");
        lines.Add(_w["ui.agreement.history"]);
        foreach (var e in a.History) lines.Add($"  {_w.Day(e.On)} {e.What} ({e.By}, v{e.Edition}){(e.Note is { Length: > 0 } n ? " — " + n : "")}");
        return string.Join("\n", lines);
    }

    private FormField Date(string id, string label, DateOnly? value, bool required = true) =>
        new() { Id = id, Label = label, Kind = FieldKind.Date, Required = required, Value = value is { } d ? Dates.FormatShort(d, _w.Language) : "", Hint = _w["ui.hint.date"] };

    private static FormField PickOf(string id, string label, IEnumerable<Choice> choices, string? value = null) =>
        new() { Id = id, Label = label, Kind = FieldKind.Choice, Required = true, Choices = choices.ToList(), Value = value ?? "" };

    public ScreenView SignForm(Agreement a)
    {
        var data = Data();
        var unsigned = a.Parties.Where(p => p.Active && p.SignedOn is null).ToList();
        if (unsigned.Count == 0) return new TextScreen { Title = _w["ui.sign"], Text = () => _w["ui.sign.none", a.Title] };
        return new FormScreen
        {
            Title = _w["ui.sign.title", a.Title],
            Help = a.Status == AgreementStatus.Draft ? _w["ui.sign.draft"] : null,
            Fields =
            [
                PickOf("party", _w["ui.col.party"], unsigned.Select(p => new Choice(p.ActorId, data.ActorName(p.ActorId))), unsigned.Count == 1 ? unsigned[0].ActorId : null),
                new FormField { Id = "by", Label = _w["ui.field.signedBy"], Required = true, Value = unsigned.Count == 1 ? unsigned[0].Representative ?? "" : "" },
                new FormField { Id = "role", Label = _w["ui.field.signerRole"] },
                Date("on", _w["ui.field.signedOn"], _w.Today),
            ],
            CommandFor = v => new CommandLine("agreement", "sign").Arg(a.Id).Opt("--party", v.Choice("party") ?? v["party"]).Opt("--by", v["by"]).Opt("--role", v["role"]).Opt("--on", v["on"]),
            Save = v =>
            {
                var signed = Service().Sign(a.Id, v.Choice("party")!, v.Text("by"), v.Text("role"), v.Date("on")!.Value);
                return FormResult.Ok(_w["sign.done", Data().ActorName(v.Choice("party")!), signed.Title, signed.Parties.Count(p => p.SignedOn is not null), signed.Parties.Count, _w.Label(signed.Status)]);
            },
        };
    }

    public FormScreen AmendForm(Agreement a)
    {
        var names = a.Variables.Keys.Order(StringComparer.Ordinal).ToList();
        var revision = a.Version;
        Dictionary<string, string> Changed(FormValues v) => names.Where(n => v["var." + n] != a.Variables[n]).ToDictionary(n => n, n => v["var." + n]);
        return new FormScreen
        {
            Title = _w["ui.amend.title", a.Title],
            Help = _w["ui.amend.help"],
            Fields =
            [
                new FormField { Id = "note", Label = _w["ui.field.amendNote"], Kind = FieldKind.LongText, Required = true, Hint = _w["ui.hint.amendNote"] },
                Date("expires", _w["ui.col.expires"], a.ExpiresOn, required: false),
                .. names.Select(n => new FormField { Id = "var." + n, Label = n, Value = a.Variables[n] }),
            ],
            CommandFor = v =>
            {
                var line = new CommandLine("agreement", "amend").Arg(a.Id);
                foreach (var (n, value) in Changed(v)) line.Opt("--var", $"{n}={value}");
                if (v.Date("expires") != a.ExpiresOn) line.Opt("--expires", v["expires"]);
                return line.Opt("--note", v["note"]);
            },
            Save = v =>
            {
                var changes = new DraftChanges { Variables = Changed(v), ExpiresOn = v.Date("expires") != a.ExpiresOn ? v.Date("expires") : null, Note = v.Text("note") };
                var (amended, _) = Service(catalog: true).Amend(a.Id, changes, revision);
                return FormResult.Ok(_w["ui.amend.done", amended.Title, amended.Edition]);
            },
        };
    }

    public ScreenView AccedeForm(Agreement a)
    {
        var data = Data();
        var outside = data.Actors.All().Where(x => a.Party(x.Id) is not { Active: true }).OrderBy(x => x.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        if (outside.Count == 0) return new TextScreen { Title = _w["ui.accede"], Text = () => _w["ui.accede.none"] };
        return new FormScreen
        {
            Title = _w["ui.accede.title", a.Title],
            Fields =
            [
                PickOf("actor", _w["ui.col.party"], outside.Select(x => new Choice(x.Id, x.Name))),
                new FormField { Id = "role", Label = _w["ui.field.role"] },
                new FormField { Id = "by", Label = _w["ui.field.signedBy"], Required = true },
                Date("on", _w["ui.field.signedOn"], _w.Today),
            ],
            CommandFor = v => new CommandLine("agreement", "accede").Arg(a.Id)
                .Opt("--party", (v.Choice("actor") ?? v["actor"]) + (v.Text("role") is { } r ? ":" + r : "")).Opt("--by", v["by"]).Opt("--on", v["on"]),
            Save = v =>
            {
                var joined = Service().Accede(a.Id, new PartyInput(v.Choice("actor")!, v.Text("role"), null), v.Text("by"), v.Date("on")!.Value, []);
                return FormResult.Ok(_w["accede.done", Data().ActorName(v.Choice("actor")!), joined.Title, joined.Edition]);
            },
        };
    }

    public ScreenView ExitForm(Agreement a)
    {
        var data = Data();
        var active = a.Parties.Where(p => p.Active && p.ExitNoticeOn is null).ToList();
        if (active.Count == 0) return new TextScreen { Title = _w["ui.exit"], Text = () => _w["ui.exit.none"] };
        return new FormScreen
        {
            Title = _w["ui.exit.title", a.Title],
            Help = _w["ui.exit.help", Inputs.Days(a, "notice_days", 90)],
            Fields =
            [
                PickOf("party", _w["ui.col.party"], active.Select(p => new Choice(p.ActorId, data.ActorName(p.ActorId)))),
                Date("on", _w["ui.field.noticeOn"], _w.Today),
                new FormField { Id = "reason", Label = _w["ui.field.reason"], Kind = FieldKind.LongText },
            ],
            CommandFor = v => new CommandLine("agreement", "exit").Arg(a.Id).Opt("--party", v.Choice("party") ?? v["party"]).Opt("--on", v["on"]).Opt("--reason", v["reason"]),
            Save = v =>
            {
                var (after, p, pending) = Service().NoticeExit(a.Id, v.Choice("party")!, v.Date("on")!.Value, v.Text("reason"));
                var message = _w["ui.exit.done", Data().ActorName(p.ActorId), after.Title, _w.Day(p.ExitEffectiveOn)];
                if (pending.Count > 0) message += "\n" + _w["exit.pending"] + "\n" + string.Join("\n", pending.Select(x => $"  - {_w.Label(x.Commitment.Kind)}: {x.Commitment.Description}"));
                return FormResult.Ok(message);
            },
        };
    }

    public TextScreen TextOf(string id) => new()
    {
        Title = Data().Agreement(id).Title,
        Command = new CommandLine("agreement", "show").Arg(id) + " --text",
        Text = () =>
        {
            var a = Data().Agreement(id);
            return Data().Versions.Get(AgreementVersion.IdOf(a.Id, a.Edition))?.Markdown ?? _w["ui.text.none"];
        },
    };

    private static string DiffCommand(Agreement a) => a.Edition < 2 ? $"meic agreement show {a.Id} --text" : $"meic agreement diff {a.Id}@{a.Edition - 1} {a.Id}@{a.Edition}";

    /// <summary>What the last amendment changed: the lines removed (−) and added (+) between the two versions.</summary>
    public TextScreen DiffOf(string id)
    {
        var a = Data().Agreement(id);
        return new TextScreen
        {
            Title = _w["ui.diff.title", a.Title],
            Command = DiffCommand(a),
            Text = () =>
            {
                var now = Data().Agreement(id);
                if (now.Edition < 2) return _w["ui.diff.none"];
                var before = Data().Versions.Get(AgreementVersion.IdOf(id, now.Edition - 1))?.Markdown ?? "";
                var after = Data().Versions.Get(AgreementVersion.IdOf(id, now.Edition))?.Markdown ?? "";
                var changed = TextDiff.Lines(before, after).Where(l => l.Kind != DiffKind.Same).Select(l => (l.Kind == DiffKind.Added ? "+ " : "− ") + l.Text).ToList();
                return changed.Count == 0 ? _w["ui.diff.same"] : _w["ui.diff.head", now.Edition - 1, now.Edition] + "\n\n" + string.Join("\n", changed);
            },
        };
    }
}
