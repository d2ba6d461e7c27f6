using Meic.Brokerage.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Screens;

/// <summary>What the brokerage screens share: strings, labels for areas and actors, pickers.</summary>
internal sealed class ScreenKit(IMeicContext ctx)
{
    public IMeicContext Ctx { get; } = ctx;
    public Strings S { get; } = BrokeragePlugin.Strings(ctx);
    public string Language => Ctx.Language;

    public IReadOnlyList<AreaDefinition> Areas() => NeedSources.Areas(Ctx.Store);

    public string AreaLabel(string? id, IReadOnlyList<AreaDefinition> areas) =>
        id is null ? "" : areas.FirstOrDefault(a => a.Id == id)?.Label.For(Language) is { Length: > 0 } l ? l : id;

    public Dictionary<string, string> ActorNames() =>
        new ServiceDirectory(Ctx.Store, S).Actors.All().ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);

    public FormField AreaPicker(string? value, bool required = false) => new()
    {
        Id = "area", Label = S["field.area"], Kind = FieldKind.Choice, Value = value ?? "", Required = required,
        Choices = Areas().Select(a => new Choice(a.Id, a.Label.For(Language))).ToList(),
    };

    public FormField ActorPicker(string id, string label, string? value, bool required = true) => new()
    {
        Id = id, Label = label, Kind = FieldKind.Choice, Value = value ?? "", Required = required,
        Choices = new ServiceDirectory(Ctx.Store, S).Actors.All().OrderBy(a => a.Name, StringComparer.CurrentCulture).Select(a => new Choice(a.Id, a.Name)).ToList(),
    };

    public FormField Pick(string id, string label, string vocabulary, string? value, bool required = true, Func<VocabularyTerm, bool>? only = null)
    {
        var v = BrokerVocabularies.Get(vocabulary);
        return new FormField
        {
            Id = id, Label = label, Kind = FieldKind.Choice, Value = value ?? "", Required = required, Vocabulary = v,
            Choices = v.Terms.Where(t => only?.Invoke(t) ?? true).Select(t => new Choice(t.Id, t.LabelFor(Language))).ToList(),
        };
    }

    public string Label(string vocabulary, string id) => BrokerVocabularies.Label(vocabulary, id, Language);

    public string Day(string? iso) =>
        iso is { Length: >= 10 } && Sdk.Text.Dates.TryParse(iso[..10], out var d) ? Sdk.Text.Dates.Format(d, Language) : iso ?? "";

    /// <summary>A matcher's reason ("area", "2 word(s) in common", "capacity 5") in the user's language.</summary>
    public string Reason(string reason)
    {
        var number = new string(reason.Where(char.IsDigit).ToArray());
        if (reason.Contains("word(s) in common", StringComparison.Ordinal)) return S["reason.words", number];
        if (reason.StartsWith("capacity", StringComparison.Ordinal)) return S["reason.capacity", number];
        return S.HasOwn("reason." + reason) ? S["reason." + reason] : reason;
    }

    public static List<string> Split(string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
