using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Mapping.Screens;

/// <summary>What the map's screens show and offer, in the workspace's language: labels from the vocabulary service, never ids.</summary>
internal sealed class MapWords(IMeicContext ctx)
{
    public IMeicContext Context => ctx;
    public string Language => ctx.Language;
    public Strings Text { get; } = MappingPlugin.Text(ctx);
    public string this[string key, params object?[] args] => Text[key, args];

    private Vocabularies V => ctx.Vocabularies;

    public string Label<T>(T value) where T : struct, Enum => V.Label(value, Language);
    public string Label<T>(T? value) where T : struct, Enum => value is { } v ? V.Label(v, Language) : "";
    public string Area(string id) => V.Label(Vocabularies.Area, id, Language);
    public string Areas(IEnumerable<string> ids) => string.Join(", ", ids.Select(Area));
    public string Number(double? value, int decimals = 3) => value is { } v ? Numbers.Format(v, Language, decimals) : "-";
    /// <summary>A stage change's note; the one a template seeded ("template rome") said in words.</summary>
    public string StageNote(string? note) => StageNotes.Say(note, Text);

    public string Day(DateOnly? day) => day is { } d ? Dates.FormatShort(d, Language) : "";

    /// <summary>A picker over the vocabulary of <typeparamref name="T"/>.</summary>
    public FormField Pick<T>(string id, string label, T? value, bool required = true) where T : struct, Enum =>
        FormField.Pick(id, label, V.Of<T>() ?? throw new InvalidOperationException($"no vocabulary for {typeof(T).Name}"), Language,
            value is { } v ? Names.Kebab(v) : null, required);

    /// <summary>A picker over the cluster's areas (several) or districts (one).</summary>
    public FormField PickCluster(string id, string label, string vocabulary, string value, bool many)
    {
        var v = V.Find(vocabulary);
        if (v is null || v.Terms.Count == 0)
            return new FormField { Id = id, Label = label, Value = value, Hint = Text[vocabulary == Vocabularies.Area ? "ui.hint.noAreas" : "ui.hint.noDistricts"] };
        return FormField.Pick(id, label, v, Language, value, required: false, many: many);
    }

    /// <summary>A picker over the actors' names (part of a name is enough when no other name has it).</summary>
    public FormField PickActor(string id, string label, IReadOnlyList<Actor> actors, string? value = null) => new()
    {
        Id = id, Label = label, Kind = FieldKind.Choice, Required = true, Value = value ?? "",
        Choices = actors.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase).Select(a => new Choice(a.Id, a.Name)).ToList(),
        Hint = Text["ui.hint.partOfName"],
    };
}
