using System.Globalization;
using System.Text;
using Meic.FocusGroups.Commands;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Screens;

/// <summary>
/// Focus groups in the terminal application: sessions, their transcripts, the codebook with its forms, and coding a
/// transcript turn by turn (apply or remove a code on the selected turn). The coder is the workspace's user; each coder
/// sees only their own codes, as `meic focus code list` shows them.
/// </summary>
internal static class FocusScreens
{
    public const string KindVocabulary = "session-kind";
    private const string Resource = "Meic.FocusGroups.vocabulary.json";
    private static readonly object Gate = new();

    private static string KindLabel(IMeicContext ctx, SessionKind kind)
    {
        lock (Gate)
            if (Vocabularies.Shared.Find(KindVocabulary) is null) Vocabularies.Shared.AddFrom(typeof(FocusGroupsPlugin).Assembly, Resource);
        return Vocabularies.Shared.Label(kind, ctx.Language);
    }

    private static string Day(IMeicContext ctx, string? iso) => Sdk.Text.Dates.TryParse(iso, out var d) ? Sdk.Text.Dates.Format(d, ctx.Language) : iso ?? "";

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static ListScreen Sessions(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        return new ListScreen
        {
            Title = s["screen.sessions"],
            Command = "meic focus session list",
            Help = s["screen.sessions.help"],
            Columns = [s["col.kind"], s["col.topic"], s["col.date"], new ListColumn(s["col.participants"], true), new ListColumn(s["col.transcripts"], true)],
            Empty = s["empty.sessions"],
            Rows = () => fs.Sessions.All().OrderByDescending(x => x.Date).Select(x => new ListRow(x.Id,
                [KindLabel(ctx, x.Kind), x.Topic, Day(ctx, x.Date), Count(x.Participants.Count(p => !p.Withdrawn)), Count(fs.TranscriptsOf(x.Id).Count)])
                { Item = x, Keywords = x.Id + " " + x.Place }).ToList(),
            Detail = row => row.Item is FgSession x ? SessionDetail(ctx, s, x) : "",
            Actions = [ScreenAction.Opens("Enter", s["action.transcripts"], row => row?.Item is FgSession x ? Transcripts(ctx, x.Id) : null, row => $"meic focus session show {row?.Id}", needsRow: true)],
        };
    }

    private static string SessionDetail(IMeicContext ctx, Sdk.Text.Strings s, FgSession x)
    {
        var text = new StringBuilder().AppendLine($"{x.Topic} · {KindLabel(ctx, x.Kind)} · {Day(ctx, x.Date)}");
        if (x.Place is { Length: > 0 } place) text.AppendLine(place);
        if (x.GuideQuestions.Count > 0)
        {
            text.AppendLine().AppendLine(s["detail.guide"] + ":");
            foreach (var q in x.GuideQuestions) text.AppendLine("  • " + q);
        }
        text.AppendLine().AppendLine(s["detail.participants"] + ":");
        foreach (var p in x.Participants)
            text.AppendLine($"  {p.Pseudonym}" + (p.Role is { } r ? $" ({r})" : "") + (p.Withdrawn ? $" — {s["detail.withdrawn"]}" : ""));
        return text.ToString().TrimEnd();
    }

    /// <summary>The transcripts of one session (or of every session), each opened to be coded.</summary>
    public static ListScreen Transcripts(IMeicContext ctx, string? sessionId = null)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        return new ListScreen
        {
            Title = s["screen.transcripts"],
            Command = sessionId is null ? "meic focus session list" : $"meic focus session show {sessionId}",
            Columns = [s["col.session"], s["col.transcript"], new ListColumn(s["col.turns"], true), new ListColumn(s["col.coded"], true)],
            Empty = s["empty.transcripts"],
            Rows = () =>
            {
                var sessions = fs.Sessions.All().Where(x => sessionId is null || x.Id == sessionId).ToList();
                return sessions.SelectMany(x => fs.TranscriptsOf(x.Id).Select(t =>
                {
                    var turns = fs.TurnsOf(t.Id);
                    var mine = fs.Codings.Find(("transcriptId", t.Id), ("coder", ctx.User)).Select(c => c.TurnId).Where(id => id is not null).Distinct().Count();
                    return new ListRow(t.Id, [x.Topic, t.Name, Count(turns.Count), Count(mine)]) { Item = t };
                })).ToList();
            },
            Actions =
            [
                ScreenAction.Opens("Enter", s["action.code"], row => row?.Item is Transcript t ? CodingScreens.Open(ctx, t) : null,
                    row => row?.Item is Transcript t ? $"meic focus code list --session {t.SessionId}" : "", needsRow: true),
                ScreenAction.Opens("t", s["action.turnByTurn"], row => row?.Item is Transcript t ? Turns(ctx, t.Id) : null,
                    row => row?.Item is Transcript t ? $"meic focus transcript show {t.Id}" : "", needsRow: true),
            ],
        };
    }

    public static ListScreen Codebook(IMeicContext ctx)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        return new ListScreen
        {
            Title = s["screen.codebook"],
            Command = "meic focus codebook list",
            Columns = [s["col.code"], s["col.parent"], s["col.definition"], s["col.key"]],
            Empty = s["empty.codebook"],
            Rows = () =>
            {
                var codes = fs.Codes.All().ToDictionary(c => c.Id);
                return Ordered(codes.Values).Select(c => new ListRow(c.Id,
                    [Storage.Codebook.Label(c, ctx.Language), c.ParentId is { } p && codes.TryGetValue(p, out var parent) ? Storage.Codebook.Label(parent, ctx.Language) : "", c.Definition ?? "", c.Key ?? ""])
                    { Item = c, Keywords = c.Name + " " + string.Join(' ', c.Names.Values) + " " + c.Id }).ToList();
            },
            Detail = row => row.Item is Code c ? CodeDetail(ctx, s, c) : "",
            Actions =
            [
                ScreenAction.Opens("a", s["action.add"], _ => CodeForm(ctx, null), _ => "meic focus codebook add NAME …"),
                ScreenAction.Opens("e", s["action.edit"], row => row?.Item is Code c ? CodeForm(ctx, c) : null, row => $"meic focus codebook edit {row?.Id} …", needsRow: true),
            ],
        };
    }

    /// <summary>Parents before their children, siblings by name: the codebook's tree read top to bottom.</summary>
    private static IEnumerable<Code> Ordered(IEnumerable<Code> all)
    {
        var list = all.ToList();
        var ids = list.Select(c => c.Id).ToHashSet();
        IEnumerable<Code> Under(string? parent) =>
            list.Where(c => parent is null ? c.ParentId is null || !ids.Contains(c.ParentId) : c.ParentId == parent)
                .OrderBy(c => c.Name, StringComparer.CurrentCulture).SelectMany(c => Under(c.Id).Prepend(c));
        return Under(null);
    }

    private static string CodeDetail(IMeicContext ctx, Sdk.Text.Strings s, Code c)
    {
        var text = new StringBuilder().AppendLine(Storage.Codebook.Label(c, ctx.Language));
        void Line(string label, string? value) { if (!string.IsNullOrWhiteSpace(value)) text.AppendLine($"{label}: {value}"); }
        Line(s["field.definition"], c.Definition);
        Line(s["field.include"], c.Inclusion);
        Line(s["field.exclude"], c.Exclusion);
        Line(s["field.example"], c.Example);
        Line(s["field.key"], c.Key);
        return text.ToString().TrimEnd();
    }

    public static FormScreen CodeForm(IMeicContext ctx, Code? existing)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        var others = fs.Codes.All().Where(c => c.Id != existing?.Id).OrderBy(c => c.Name, StringComparer.CurrentCulture).ToList();
        var fields = new List<FormField>
        {
            new() { Id = "name", Label = s["field.name"], Required = true, Value = existing?.Name ?? "" },
            new() { Id = "parent", Label = s["field.parent"], Kind = FieldKind.Choice, Value = existing?.ParentId ?? "", Choices = others.Select(c => new Choice(c.Id, Storage.Codebook.Label(c, ctx.Language))).ToList() },
            new() { Id = "definition", Label = s["field.definition"], Kind = FieldKind.LongText, Value = existing?.Definition ?? "" },
            new() { Id = "include", Label = s["field.include"], Kind = FieldKind.LongText, Value = existing?.Inclusion ?? "" },
            new() { Id = "exclude", Label = s["field.exclude"], Kind = FieldKind.LongText, Value = existing?.Exclusion ?? "" },
            new() { Id = "example", Label = s["field.example"], Kind = FieldKind.LongText, Value = existing?.Example ?? "" },
            new() { Id = "color", Label = s["field.color"], Value = existing?.Color ?? "" },
            new() { Id = "key", Label = s["field.key"], Value = existing?.Key ?? "" },
        };
        CodeDraft Draft(FormValues v) => new(v["name"], v.Choice("parent"), v.Text("definition"), v.Text("include"), v.Text("exclude"), v.Text("example"),
            v.Text("color"), existing?.Sets, v.Text("key"));
        return new FormScreen
        {
            Title = existing is null ? s["screen.code.add"] : s["screen.code.edit", existing.Name],
            Command = existing is null ? "meic focus codebook add" : $"meic focus codebook edit {existing.Id}",
            Fields = fields,
            CommandFor = v =>
            {
                var d = Draft(v);
                var words = new List<string?> { "meic", "focus", "codebook" };
                if (existing is null) words.AddRange(["add", d.Name.Length == 0 ? "NAME" : d.Name]);
                else
                {
                    words.AddRange(["edit", existing.Id]);
                    if (d.Name != existing.Name) words.AddRange(["--name", d.Name]);
                }
                void Option(string option, string? value, string? old) { if (value is not null && value != old) words.AddRange([option, value]); }
                Option("--parent", d.ParentId, existing?.ParentId);
                Option("--definition", d.Definition, existing?.Definition);
                Option("--include", d.Inclusion, existing?.Inclusion);
                Option("--exclude", d.Exclusion, existing?.Exclusion);
                Option("--example", d.Example, existing?.Example);
                Option("--color", d.Color, existing?.Color);
                Option("--key", d.Key, existing?.Key);
                return Shell.Line([.. words]);
            },
            Save = v =>
            {
                try
                {
                    var code = existing is null ? Storage.Codebook.Add(fs, Draft(v), null, s) : Storage.Codebook.Update(fs, existing, Draft(v), s);
                    return FormResult.Ok(s[existing is null ? "code.added" : "code.edited", code.Id]);
                }
                catch (InputException e) when (e.Where is "--color" or "--parent")
                {
                    return FormResult.Refuse(e.Where.TrimStart('-'), Shell.Reason(e));
                }
            },
        };
    }

    /// <summary>A transcript's turns, each with its text and this coder's codes; apply or remove a code on the selected turn.</summary>
    public static ListScreen Turns(IMeicContext ctx, string transcriptId)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        var service = new CodingService(fs);
        var transcript = fs.Transcripts.Get(transcriptId) ?? throw new InputException(s["refuse.noTranscript", transcriptId], "ID");
        var session = fs.Session(transcript.SessionId);
        string Preview(string text) => text.Length <= 70 ? text.ReplaceLineEndings(" ") : text[..69].ReplaceLineEndings(" ") + "…";
        return new ListScreen
        {
            Title = s["screen.turns", $"{session.Topic} · {transcript.Name}"],
            Command = $"meic focus code list --session {session.Id}",
            Columns = [new ListColumn("#", true), s["col.speaker"], s["col.text"], s["col.codes"]],
            Empty = s["empty.turns"],
            Rows = () => fs.TurnsOf(transcriptId).Select(t => new ListRow(t.Id,
                [Count(t.Index), t.Speaker, Preview(t.Text), string.Join(", ", service.CodesOn(t, ctx.User).Select(c => Storage.Codebook.Label(c, ctx.Language)))])
                { Item = t, Keywords = t.Text }).ToList(),
            Detail = row =>
            {
                if (row.Item is not Turn t) return "";
                var turns = fs.TurnsOf(transcriptId);
                var i = turns.ToList().FindIndex(x => x.Id == t.Id);
                var text = new StringBuilder();
                if (i > 0) text.AppendLine($"{s["detail.before"]} — {turns[i - 1].Speaker}: {Preview(turns[i - 1].Text)}").AppendLine();
                text.AppendLine($"{t.Speaker}{(t.Time is null ? "" : $" [{t.Time}]")}:").AppendLine(t.Text).AppendLine();
                var codes = service.CodesOn(t, ctx.User);
                text.AppendLine($"{s["detail.codes"]}: {(codes.Count == 0 ? s["detail.none"] : string.Join(", ", codes.Select(c => Storage.Codebook.Label(c, ctx.Language))))}");
                if (i >= 0 && i + 1 < turns.Count) text.AppendLine().AppendLine($"{s["detail.after"]} — {turns[i + 1].Speaker}: {Preview(turns[i + 1].Text)}");
                return text.ToString().TrimEnd();
            },
            Actions =
            [
                ScreenAction.Opens("c", s["action.apply"], row => row?.Item is Turn t ? Apply(ctx, session, transcript, t) : null,
                    row => row?.Item is Turn t ? $"meic focus code apply --session {session.Id} --transcript {transcript.Id} --turn {t.Index} --code …" : "", needsRow: true),
                ScreenAction.Opens("x", s["action.unapply"], row => row?.Item is Turn t ? Unapply(ctx, session, transcript, t) : null,
                    row => row?.Item is Turn t ? $"meic focus code remove --session {session.Id} --transcript {transcript.Id} --turn {t.Index} --code …" : "", needsRow: true),
            ],
        };
    }

    private static ScreenView Apply(IMeicContext ctx, FgSession session, Transcript transcript, Turn turn)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        var codes = Ordered(fs.Codes.All()).ToList();
        if (codes.Count == 0) return new TextScreen { Title = s["screen.apply", turn.Index], Text = () => s["empty.noCodes"], Command = "meic focus codebook add NAME" };
        return new FormScreen
        {
            Title = s["screen.apply", turn.Index],
            Help = turn.Text,
            Command = "meic focus code apply",
            Fields = [new FormField { Id = "code", Label = s["field.code"], Kind = FieldKind.Choice, Required = true, Choices = codes.Select(c => new Choice(c.Id, Storage.Codebook.Label(c, ctx.Language))).ToList() }],
            CommandFor = v => Shell.Line(["meic", "focus", "code", "apply", "--session", session.Id, "--transcript", transcript.Id, "--turn", Count(turn.Index),
                "--code", v.Choice("code") ?? "…", "--coder", ctx.User]),
            Save = v =>
            {
                var code = fs.Code(v.Choice("code")!);
                using var tx = fs.Store.BeginTransaction();
                new Coders(ctx, fs).Remember(ctx.User);
                new CodingService(fs).Apply(transcript, code, ctx.User, (turn.TextStart, turn.End, turn.Id), "turn", ctx.Clock.Now.ToString("O"));
                new Passes(fs).Saw(transcript, ctx.User, [turn.Index], ctx.Clock.Now.ToString("O"));
                tx.Commit();
                return FormResult.Ok(s["turn.applied", Storage.Codebook.Label(code, ctx.Language), turn.Index]);
            },
        };
    }

    private static ScreenView Unapply(IMeicContext ctx, FgSession session, Transcript transcript, Turn turn)
    {
        var s = Ui.S(ctx);
        var fs = Ui.Fs(ctx);
        var applied = new CodingService(fs).CodesOn(turn, ctx.User);
        if (applied.Count == 0) return new TextScreen { Title = s["screen.unapply", turn.Index], Text = () => s["empty.noneApplied"], Command = $"meic focus code list --session {session.Id}" };
        return new FormScreen
        {
            Title = s["screen.unapply", turn.Index],
            Help = turn.Text,
            Command = "meic focus code remove",
            Fields = [new FormField { Id = "code", Label = s["field.code"], Kind = FieldKind.Choice, Required = true, Choices = applied.Select(c => new Choice(c.Id, Storage.Codebook.Label(c, ctx.Language))).ToList() }],
            CommandFor = v => Shell.Line(["meic", "focus", "code", "remove", "--session", session.Id, "--transcript", transcript.Id, "--turn", Count(turn.Index),
                "--code", v.Choice("code") ?? "…", "--coder", ctx.User]),
            Save = v =>
            {
                var code = fs.Code(v.Choice("code")!);
                new CodingService(fs).RemoveFromTurn(turn, code, ctx.User);
                return FormResult.Ok(s["turn.removed", Storage.Codebook.Label(code, ctx.Language), turn.Index]);
            },
        };
    }
}
