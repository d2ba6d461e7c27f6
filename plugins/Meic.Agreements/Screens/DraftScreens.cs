using Meic.Agreements.Commands;
using Meic.Agreements.Library;
using Meic.Agreements.Rendering;
using Meic.Agreements.Services;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Agreements.Screens;

/// <summary>The templates with their clauses (<c>meic agreement templates</c>, <c>clauses show</c>) and the drafting form (<c>meic agreement draft</c>).</summary>
internal sealed class DraftScreens(IScreenContext screen)
{
    private readonly AgreementWords _w = new(screen.Meic);

    public static ScreenView Open(IScreenContext screen) => new DraftScreens(screen).Templates(pick: false);

    private static IEnumerable<VariableDef> Variables(TemplateCatalog catalog, AgreementTemplate t) =>
        (catalog.Library(t.Library, t.Language)?.Variables.Values.AsEnumerable() ?? []).Concat(t.Variables.Values).GroupBy(v => v.Name).Select(g => g.Last());

    /// <summary>The templates; with <paramref name="pick"/>, the first step of drafting (Enter opens the form).</summary>
    public ListScreen Templates(bool pick) => new()
    {
        Title = pick ? _w["ui.draft.pickTemplate"] : _w["ui.templates.title"],
        Command = "meic agreement templates",
        Help = pick ? _w["ui.draft.pickHelp"] : _w["ui.templates.help"],
        Columns = [_w["ui.col.title"], _w["ui.col.language"], new ListColumn(_w["ui.col.clauses"], true), _w["ui.col.source"]],
        Rows = () => _w.Cli.Catalog().Templates.Values.OrderBy(t => t.Language == _w.Language ? 0 : 1).ThenBy(t => t.Title, StringComparer.CurrentCultureIgnoreCase)
            .Select(t => new ListRow(t.Id, [_w.Cli.TemplateTitle(t.Title), t.Language, t.Clauses.Count.ToString(), Library.LibrarySource.Words(t.Source, _w.Cli.S)]) { Item = t, Keywords = t.Id + " " + t.Description })
            .ToList(),
        Detail = row => Detail((AgreementTemplate)row.Item!),
        Empty = _w["ui.templates.empty"],
        Actions =
        [
            ScreenAction.Opens("Enter", _w["ui.draft"], row => DraftForm(row!.Id), row => new CommandLine("agreement", "draft").Opt("--template", row!.Id).Opt("--party", "ACTOR"), needsRow: true),
        ],
    };

    private string Detail(AgreementTemplate t)
    {
        var catalog = _w.Cli.Catalog();
        var library = catalog.LibraryOf(t, _w.Cli.S);
        var lines = new List<string> { _w.Cli.TemplateTitle(t.Title) };
        if (t.Description.Length > 0) lines.Add(t.Description);
        lines.Add("");
        lines.Add(_w["ui.template.variables"]);
        var described = TemplateCatalog.Descriptions(catalog, library, t, _w.Language);
        foreach (var v in Variables(catalog, t))
            lines.Add($"  {v.Name}" + (described.GetValueOrDefault(v.Name) is { } what ? $": {what}" : "") + (v.Default is { Length: > 0 } d ? " " + _w["ui.template.default", d] : ""));
        lines.Add("");
        var n = 0;
        foreach (var c in t.Clauses)
        {
            if (!library.Clauses.TryGetValue(c.Id, out var clause)) continue;
            var kind = clause.Required ? _w["ui.clause.required"] : c.OnByDefault ? _w["ui.clause.optionalOn"] : _w["ui.clause.optionalOff"];
            lines.Add($"{++n}. {clause.Title} [{kind}]");
            lines.Add(clause.Text.Trim());
            lines.Add("");
        }
        return string.Join("\n", lines);
    }

    /// <summary>
    /// The drafting form for <paramref name="templateId"/>: the parties picked from the map (with their roles), the
    /// variables with their defaults and descriptions, the optional clauses, the dates. Saved through the draft
    /// command's own service, with the .md and .docx written into the workspace.
    /// </summary>
    public ScreenView DraftForm(string templateId)
    {
        var data = _w.Cli.Data();
        var actors = data.Actors.All().OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        if (actors.Count == 0) return new TextScreen { Title = _w["ui.draft"], Text = () => _w["ui.agreements.emptyNoActors"] };
        var catalog = _w.Cli.Catalog();
        var template = catalog.Template(templateId, _w.Cli.S);
        var library = catalog.LibraryOf(template, _w.Cli.S);
        var variables = Variables(catalog, template).ToList();
        var described = TemplateCatalog.Descriptions(catalog, library, template, _w.Language);
        var optional = template.Clauses.Where(c => library.Clauses.TryGetValue(c.Id, out var d) && !d.Required).ToList();
        var onByDefault = optional.Where(c => c.OnByDefault).Select(c => c.Id).ToList();
        IReadOnlyList<FormField> fields =
        [
            new FormField
            {
                Id = "parties", Label = _w["ui.col.parties"], Kind = FieldKind.Choices, Required = true,
                Choices = actors.Select(a => new Choice(a.Id, a.Name)).ToList(), Hint = _w["ui.hint.parties"],
            },
            new FormField { Id = "roles", Label = _w["ui.field.roles"], Kind = FieldKind.LongText, Hint = _w["ui.hint.roles"] },
            .. variables.Select(v => new FormField { Id = "var." + v.Name, Label = v.Name, Value = v.Default ?? "", Hint = described.GetValueOrDefault(v.Name) }),
            new FormField
            {
                Id = "clauses", Label = _w["ui.field.optionalClauses"], Kind = FieldKind.Choices, Value = string.Join(",", onByDefault),
                Choices = optional.Select(c => new Choice(c.Id, library.Clauses[c.Id].Title)).ToList(),
            },
            new FormField { Id = "starts", Label = _w["ui.col.starts"], Kind = FieldKind.Date, Hint = _w["ui.hint.date"] },
            new FormField { Id = "expires", Label = _w["ui.col.expires"], Kind = FieldKind.Date, Hint = _w["ui.hint.date"] },
            new FormField { Id = "id", Label = _w["ui.field.id"], Hint = _w["ui.hint.id"], Check = id => Placeholders.IsClauseId(id) ? null : _w["ui.id.invalid"] },
        ];
        IReadOnlyList<PartyInput> Parties(FormValues v)
        {
            var chosen = v.ChoiceIds("parties");
            var roles = Roles(v["roles"], chosen.Select(id => actors.First(a => a.Id == id)).Select(a => (a.Id, a.Name)).ToList());
            return chosen.Select(id => new PartyInput(id, roles.GetValueOrDefault(id).Role, roles.GetValueOrDefault(id).Representative)).ToList();
        }
        Dictionary<string, string> Changed(FormValues v) =>
            variables.Where(x => v["var." + x.Name] != (x.Default ?? "")).ToDictionary(x => x.Name, x => v["var." + x.Name]);
        string Command(FormValues v)
        {
            var line = new CommandLine("agreement", "draft").Opt("--template", template.Id).Opt("--id", v["id"]);
            foreach (var p in Parties(v)) line.Opt("--party", p.ActorId + (p.Role is null && p.Representative is null ? "" : ":" + p.Role) + (p.Representative is null ? "" : ":" + p.Representative));
            foreach (var (name, value) in Changed(v)) line.Opt("--var", $"{name}={value}");
            var picked = v.ChoiceIds("clauses");
            foreach (var c in picked.Except(onByDefault)) line.Opt("--with", c);
            foreach (var c in onByDefault.Except(picked)) line.Opt("--without", c);
            return line.Opt("--starts", v["starts"]).Opt("--expires", v["expires"]);
        }
        FormResult Save(FormValues v)
        {
            IReadOnlyList<PartyInput> parties;
            try { parties = Parties(v); }
            catch (Meic.Sdk.Errors.InputException e) { return FormResult.Refuse("roles", e.Message); }
            var picked = v.ChoiceIds("clauses");
            var changes = new DraftChanges
            {
                Variables = Changed(v), Parties = [.. parties],
                With = picked.Except(onByDefault).ToList(), Without = onByDefault.Except(picked).ToList(),
                StartsOn = v.Date("starts"), ExpiresOn = v.Date("expires"),
            };
            try
            {
                var (agreement, rendered) = _w.Cli.Service().Draft(template.Id, v.Text("id"), changes);
                var files = OutputFiles.Write(agreement, rendered, screen.Meic.WorkspaceDirectory, _w.Cli.S);
                return FormResult.Ok(_w["draft.done", agreement.Id, agreement.Clauses.Count, agreement.Parties.Count] + $"\n  {files.Markdown}\n  {files.Docx}");
            }
            catch (MissingVariablesException missing)
            {
                return FormResult.Refuse(missing.Missing.ToDictionary(m => "var." + m.Name, m => _w["ui.draft.missing", m.Description ?? m.Name]));
            }
        }
        return new FormScreen { Title = _w["ui.draft.title", _w.Cli.TemplateTitle(template.Title)], Help = _w["ui.draft.help"], Fields = fields, Save = Save, CommandFor = Command };
    }

    /// <summary>Reads "part of a name: role[: representative]" lines against the chosen parties.</summary>
    private Dictionary<string, (string? Role, string? Representative)> Roles(string text, IReadOnlyList<(string Id, string Name)> parties)
    {
        var result = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        foreach (var line in text.Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split(':', 3, StringSplitOptions.TrimEntries);
            var who = parts[0];
            var words = new Vocabulary("party", new Meic.Sdk.Model.LocalizedText(), parties.Select(p => new VocabularyTerm(p.Id, new Meic.Sdk.Model.LocalizedText { ["en"] = p.Name })));
            var hits = words.TryParse(who, out var exact) ? [exact.Id]
                : parties.Where(p => p.Name.Contains(who, StringComparison.CurrentCultureIgnoreCase) || p.Id == who).Select(p => p.Id).ToList();
            if (hits.Count != 1) throw new Meic.Sdk.Errors.InputException(_w["ui.roles.unknown", who, string.Join(", ", parties.Select(p => p.Name))]);
            result[hits[0]] = (parts.ElementAtOrDefault(1) is { Length: > 0 } r ? r : null, parts.ElementAtOrDefault(2) is { Length: > 0 } rep ? rep : null);
        }
        return result;
    }
}
