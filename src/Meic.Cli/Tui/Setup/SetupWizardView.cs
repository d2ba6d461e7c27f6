using System.Collections.ObjectModel;
using Meic.Core.Setup;
using Meic.Core.Templates;
using Meic.Sdk.Model;
using Meic.Sdk.Text;
using Terminal.Gui.Configuration;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Cli.Tui.Setup;

/// <summary>
/// The setup wizard's views over a <see cref="ClusterSetup"/>: template, place (language, city, country, time zone),
/// name and promoter, thematic areas, and a last step that shows the <c>meic</c> commands it stands for. Each step is
/// checked with <see cref="ClusterSetup.Plan"/> before moving on; the problems are shown on the step, in the user's
/// language. Built without an application so tests can drive it headless.
/// </summary>
internal sealed class SetupWizardView : IDisposable
{
    private static readonly string[] Templates = ["rome", "madrid", "blank"];
    private readonly ClusterSetup _setup;
    private readonly Strings _t;
    private readonly Func<string, Strings, ClusterTemplate> _load;
    private readonly Dictionary<string, ClusterTemplate> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<TextField, string> _prefilled = new();
    private readonly ObservableCollection<string> _areaRows = new();
    private readonly ObservableCollection<string> _actorRows = new();
    private List<Actor> _actors = new();
    private List<AreaDefinition> _areas = new();
    private string? _areasOf;

    public SetupWizardView(ClusterSetup setup, Strings strings, Func<string, Strings, ClusterTemplate> loadTemplate)
    {
        _setup = setup; _t = strings; _load = loadTemplate;
        Wizard = new Wizard { Title = _t["setup.w.title"], Width = Dim.Fill(), Height = Dim.Fill() };

        TemplateList = new ListView { X = 0, Y = 2, Width = Dim.Fill(), Height = 4 };
        TemplateList.SetSource(new ObservableCollection<string>([_t["setup.w.tpl.rome"], _t["setup.w.tpl.madrid"], _t["setup.w.tpl.blank"], _t["setup.w.tpl.folder"]]));
        TemplateList.SelectedItem = setup.Template switch { "rome" => 0, "madrid" => 1, "blank" => 2, _ => 3 };
        FolderField = Field(Array.IndexOf(Templates, setup.Template) < 0 ? setup.Template : "");
        TemplateStep = Step("setup.w.step.template", "setup.w.help.template");
        TemplateStep.Add(TemplateList, Caption("setup.w.tpl.folderPath", 7), At(FolderField, 7));

        LanguageList = new ListView { X = 20, Y = 2, Width = Dim.Fill(), Height = 3 };
        LanguageList.SetSource(new ObservableCollection<string>(Strings.SupportedLanguages.Select(l => _t["lang." + l])));
        LanguageList.SelectedItem = Math.Max(0, Strings.SupportedLanguages.ToList().IndexOf(ClusterWords.Language(setup.Language) ?? _t.Language));
        CityField = Field(setup.City ?? "");
        CountryField = Field(setup.Country ?? "");
        TimeZoneField = Field(setup.TimeZone ?? "");
        PlaceStep = Step("setup.w.step.place", "setup.w.help.place");
        PlaceStep.Add(Caption("cluster.field.language", 2), LanguageList,
            Caption("cluster.field.city", 6), At(CityField, 6),
            Caption("cluster.field.country", 8), At(CountryField, 8),
            Caption("cluster.field.timezone", 10), At(TimeZoneField, 10));
        CountryField.TextChanged += (_, _) => Prefill(TimeZoneField, CurrentTemplate() is { } tpl ? Collect(tpl).EffectiveTimeZone(tpl) : TimeZoneField.Text);

        NameField = Field(setup.Name ?? "");
        PromoterField = Field(setup.Promoter ?? "");
        ActorList = new ListView { X = 0, Y = 9, Width = Dim.Fill(), Height = Dim.Fill(2) };
        ActorList.SetSource(_actorRows);
        ActorList.ValueChanged += (_, e) => { if (e.NewValue is int i && i < _actors.Count) PromoterField.Text = _actors[i].Name; };
        IdentityStep = Step("setup.w.step.identity", "setup.w.help.identity");
        IdentityStep.Add(Caption("cluster.field.name", 2), At(NameField, 2),
            Caption("cluster.field.promoter", 4), At(PromoterField, 4),
            new Label { X = 0, Y = 7, Width = Dim.Fill(), Text = _t["setup.w.promoterPick"] }, ActorList);

        AreaList = new ListView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(10) };
        AreaList.SetSource(_areaRows);
        AreaIdField = Field("");
        AreaLabelFields = Strings.SupportedLanguages.ToDictionary(l => l, _ => Field(""));
        AreaList.ValueChanged += (_, e) => ShowArea(e.NewValue);
        // Above the line where problems are shown.
        var add = new Button { X = 0, Y = Pos.AnchorEnd(3), Text = _t["setup.w.areaAdd"] };
        var apply = new Button { X = Pos.Right(add) + 2, Y = Pos.AnchorEnd(3), Text = _t["setup.w.areaApply"] };
        var remove = new Button { X = Pos.Right(apply) + 2, Y = Pos.AnchorEnd(3), Text = _t["setup.w.areaRemove"] };
        add.Accepting += (_, e) => { AddArea(); e.Handled = true; };
        apply.Accepting += (_, e) => { ApplyArea(); e.Handled = true; };
        remove.Accepting += (_, e) => { RemoveArea(); e.Handled = true; };
        AreasStep = Step("setup.w.step.areas", "setup.w.help.areas");
        AreasStep.Add(AreaList, new Label { X = 0, Y = Pos.AnchorEnd(8), Text = _t["cluster.areaId"] + ":" }, AtBottom(AreaIdField, 8));
        var row = 7;
        foreach (var (lang, field) in AreaLabelFields)
        {
            AreasStep.Add(new Label { X = 0, Y = Pos.AnchorEnd(row), Text = _t["setup.w.label", lang] + ":" }, AtBottom(field, row));
            row--;
        }
        AreasStep.Add(add, apply, remove);

        CommandView = new Label { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(1), Text = "" };
        ConfirmStep = Step("setup.w.step.confirm", "setup.w.help.confirm");
        ConfirmStep.NextButtonText = _t["setup.w.finish"];
        ConfirmStep.Add(CommandView);

        foreach (var step in new[] { TemplateStep, PlaceStep, IdentityStep, AreasStep, ConfirmStep }) Wizard.AddStep(step);
        Wizard.StepChanged += (_, e) => Entered(e.NewValue);
        Wizard.MovingNext += (_, e) => e.Cancel = !StepIsRight(Wizard.CurrentStep);
        Wizard.Accepting += (_, e) =>
        {
            if (Wizard.CurrentStep != ConfirmStep) return;
            if (!StepIsRight(ConfirmStep)) { e.Handled = true; return; }
            Accepted = true;
        };
    }

    /// <summary>The wizard to run.</summary>
    public Wizard Wizard { get; }
    /// <summary>Whether the person pressed Create on a setup without problems.</summary>
    public bool Accepted { get; private set; }

    public WizardStep TemplateStep { get; }
    public WizardStep PlaceStep { get; }
    public WizardStep IdentityStep { get; }
    public WizardStep AreasStep { get; }
    public WizardStep ConfirmStep { get; }
    public ListView TemplateList { get; }
    public TextField FolderField { get; }
    public ListView LanguageList { get; }
    public TextField CityField { get; }
    public TextField CountryField { get; }
    public TextField TimeZoneField { get; }
    public TextField NameField { get; }
    public TextField PromoterField { get; }
    public ListView ActorList { get; }
    public ListView AreaList { get; }
    public TextField AreaIdField { get; }
    public Dictionary<string, TextField> AreaLabelFields { get; }
    /// <summary>The commands the wizard stands for, wrapped for the screen (shell continuation lines).</summary>
    public Label CommandView { get; }
    /// <summary>The problems the last check found, as shown.</summary>
    public List<SetupProblem> Problems { get; private set; } = new();

    private readonly Dictionary<WizardStep, Label> _problemLabels = new();

    private WizardStep Step(string title, string help)
    {
        var step = new WizardStep { Title = _t[title] };
        step.BackButtonText = _t["setup.w.back"];
        step.NextButtonText = _t["setup.w.next"];
        step.Add(new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = _t[help] });
        var problems = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Height = 1, Text = "", SchemeName = SchemeManager.SchemesToSchemeName(Schemes.Error) };
        _problemLabels[step] = problems;
        step.Add(problems);
        return step;
    }

    private Label Caption(string key, int y) => new() { X = 0, Y = y, Width = 19, Text = _t[key] + ":" };

    private static TextField Field(string text) => new() { Width = Dim.Fill(), Text = text };

    private static TextField At(TextField field, int y) { field.X = 20; field.Y = y; return field; }

    private static TextField AtBottom(TextField field, int fromEnd) { field.X = 20; field.Y = Pos.AnchorEnd(fromEnd); return field; }

    private string SelectedTemplate() =>
        TemplateList.SelectedItem is int i && i < Templates.Length ? Templates[i] : FolderField.Text.Trim();

    private ClusterTemplate? CurrentTemplate()
    {
        var name = SelectedTemplate();
        if (name.Length == 0) return null;
        if (_templates.TryGetValue(name, out var tpl)) return tpl;
        try { return _templates[name] = _load(name, _t); }
        catch (Meic.Sdk.Errors.MeicException) { return null; }
    }

    /// <summary>Reads every field into the setup; a field left as the wizard filled it keeps the default (null).</summary>
    public ClusterSetup Collect(ClusterTemplate template)
    {
        _setup.Template = SelectedTemplate();
        _setup.Language = LanguageList.SelectedItem is int l ? Strings.SupportedLanguages[l] : null;
        _setup.City = Typed(CityField);
        _setup.Country = Typed(CountryField);
        _setup.TimeZone = Typed(TimeZoneField);
        _setup.Name = Typed(NameField);
        _setup.Promoter = Typed(PromoterField);
        if (_areasOf == template.Name) _setup.Areas = SameAreas(_areas, template.Cluster.Areas) ? null : _areas.ToList();
        return _setup;
    }

    // A field the wizard filled and the person did not touch is a default: it follows the other fields.
    private string? Typed(TextField field) =>
        _prefilled.TryGetValue(field, out var filled) && field.Text == filled || field.Text.Trim().Length == 0 ? null : field.Text;

    private void Prefill(TextField field, string value)
    {
        if (_prefilled.TryGetValue(field, out var filled) ? field.Text != filled : field.Text.Length > 0) return; // the person's own text stays
        field.Text = value;
        _prefilled[field] = value;
    }

    private void Entered(WizardStep? step)
    {
        var tpl = CurrentTemplate();
        if (tpl is null) return;
        var setup = Collect(tpl);
        if (step == PlaceStep)
        {
            Prefill(CityField, setup.EffectiveCity(tpl));
            Prefill(CountryField, setup.EffectiveCountry(tpl));
            Prefill(TimeZoneField, Collect(tpl).EffectiveTimeZone(tpl));
        }
        else if (step == IdentityStep)
        {
            Prefill(NameField, setup.EffectiveName(tpl));
            Prefill(PromoterField, setup.EffectivePromoter(tpl));
            _actors = tpl.Actors.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
            _actorRows.Clear();
            foreach (var a in _actors) _actorRows.Add($"{a.Name}  [{a.Id}]");
        }
        else if (step == AreasStep && _areasOf != tpl.Name)
        {
            _areasOf = tpl.Name;
            _areas = tpl.Cluster.Areas.Select(Copy).ToList();
            RefreshAreas();
        }
        else if (step == ConfirmStep)
        {
            var (_, problems) = setup.Plan(tpl, _t);
            CommandView.Text = string.Join(Environment.NewLine, setup.Commands(tpl).Select(c => Wrap(c, 74)))
                + (problems.Count == 0 ? "" : Environment.NewLine + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => $"{p.Field}: {p.Message}")));
        }
    }

    /// <summary>Checks the fields of <paramref name="step"/>; shows the first problem on it and says whether there is none.</summary>
    public bool StepIsRight(WizardStep? step)
    {
        if (step is null) return true;
        var label = _problemLabels[step];
        var tpl = CurrentTemplate();
        if (tpl is null)
        {
            Problems = [new SetupProblem("template", _t["setup.err.template", SelectedTemplate()])];
            label.Text = Problems[0].Message;
            return false;
        }
        var fields = step == TemplateStep ? new[] { "template", "dir" }
            : step == PlaceStep ? new[] { "lang", "city", "country", "timezone" }
            : step == IdentityStep ? new[] { "name", "promoter", "secretariat" }
            : step == AreasStep ? new[] { "areas" }
            : null;
        var (_, problems) = Collect(tpl).Plan(tpl, _t);
        Problems = problems.Where(p => fields is null || fields.Any(f => p.Field == f || p.Field.StartsWith(f + "[", StringComparison.Ordinal))).ToList();
        label.Text = Problems.Count == 0 ? "" : Problems[0].Message;
        return Problems.Count == 0;
    }

    /// <summary>A long command split at spaces into lines ending in " \\", as a shell reads it back.</summary>
    public static string Wrap(string command, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in Words(command))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line + " \\"); line = "    " + word; }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        return string.Join(Environment.NewLine, lines);
    }

    // Split at spaces outside single quotes, so a quoted name stays on one line.
    private static IEnumerable<string> Words(string command)
    {
        var word = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in command)
        {
            if (c == '\'') quoted = !quoted;
            if (c == ' ' && !quoted) { if (word.Length > 0) yield return word.ToString(); word.Clear(); }
            else word.Append(c);
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private void ShowArea(int? index)
    {
        if (index is not int i || i >= _areas.Count) return;
        AreaIdField.Text = _areas[i].Id;
        foreach (var (lang, field) in AreaLabelFields) field.Text = _areas[i].Label.TryGetValue(lang, out var v) ? v : "";
    }

    private LocalizedText TypedLabels()
    {
        var label = new LocalizedText();
        foreach (var (lang, field) in AreaLabelFields)
            if (field.Text.Trim().Length > 0) label[lang] = field.Text.Trim();
        return label;
    }

    /// <summary>Adds an area from the id and label fields (the id from the label when left empty).</summary>
    public void AddArea()
    {
        var label = TypedLabels();
        if (label.Count == 0) { _problemLabels[AreasStep].Text = _t["cluster.err.labelMissing"]; return; }
        var id = AreaIdField.Text.Trim();
        if (id.Length == 0 || _areas.Any(a => a.Id == id)) id = AreaIds.Slug(label.For(_t.Language));
        _areas.Add(new AreaDefinition { Id = id, Label = label });
        RefreshAreas();
        AreaList.SelectedItem = _areas.Count - 1;
    }

    /// <summary>Replaces the selected area's id and labels with the fields'.</summary>
    public void ApplyArea()
    {
        if (AreaList.SelectedItem is not int i || i >= _areas.Count) return;
        var label = TypedLabels();
        if (label.Count == 0) { _problemLabels[AreasStep].Text = _t["cluster.err.labelMissing"]; return; }
        _areas[i] = new AreaDefinition { Id = AreaIdField.Text.Trim(), Label = label, MappedReference = _areas[i].MappedReference, ReferenceNote = _areas[i].ReferenceNote, Synonyms = _areas[i].Synonyms };
        RefreshAreas();
        AreaList.SelectedItem = i;
    }

    /// <summary>Removes the selected area.</summary>
    public void RemoveArea()
    {
        if (AreaList.SelectedItem is not int i || i >= _areas.Count) return;
        _areas.RemoveAt(i);
        RefreshAreas();
    }

    private void RefreshAreas()
    {
        _areaRows.Clear();
        foreach (var a in _areas) _areaRows.Add($"{a.Id,-14} {a.Label.For(_t.Language)}");
    }

    private static AreaDefinition Copy(AreaDefinition a)
    {
        var label = new LocalizedText();
        foreach (var (k, v) in a.Label) label[k] = v;
        return new AreaDefinition { Id = a.Id, Label = label, MappedReference = a.MappedReference, ReferenceNote = a.ReferenceNote, Synonyms = new(a.Synonyms) };
    }

    private static bool SameAreas(List<AreaDefinition> a, List<AreaDefinition> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Id == p.Second.Id && p.First.Label.Count == p.Second.Label.Count
            && p.First.Label.All(kv => p.Second.Label.TryGetValue(kv.Key, out var v) && v == kv.Value));

    public void Dispose() => Wizard.Dispose();
}
