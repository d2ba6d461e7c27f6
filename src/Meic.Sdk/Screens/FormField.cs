using Meic.Sdk.Text;

namespace Meic.Sdk.Screens;

/// <summary>One field of a <see cref="FormScreen"/>.</summary>
public sealed class FormField
{
    /// <summary>The field's id: the key of its value in <see cref="FormValues"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The caption, in the user's language.</summary>
    public required string Label { get; init; }

    /// <summary>What it holds.</summary>
    public FieldKind Kind { get; init; } = FieldKind.Text;

    /// <summary>The value it starts with: text as shown, a choice's id (ids joined by commas for several), <c>true</c>/<c>false</c> for a flag.</summary>
    public string Value { get; init; } = "";

    /// <summary>Whether an empty value is refused.</summary>
    public bool Required { get; init; }

    /// <summary>The values a <see cref="FieldKind.Choice"/> or <see cref="FieldKind.Choices"/> field offers.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>The vocabulary the choices come from, so typed synonyms and accent-free spellings are understood too.</summary>
    public Vocabulary? Vocabulary { get; init; }

    /// <summary>A hint shown beside the field (an example, a unit), in the user's language.</summary>
    public string? Hint { get; init; }

    /// <summary>A check of the plugin's own, run after the kind's: the problem in the user's language, or null.</summary>
    public Func<string, string?>? Check { get; init; }

    /// <summary>A picker over <paramref name="vocabulary"/>'s terms labelled in <paramref name="language"/>.</summary>
    public static FormField Pick(string id, string label, Vocabulary vocabulary, string language, string? value = null, bool required = true, bool many = false) =>
        new()
        {
            Id = id, Label = label, Kind = many ? FieldKind.Choices : FieldKind.Choice, Value = value ?? "",
            Required = required, Choices = Choice.From(vocabulary, language), Vocabulary = vocabulary,
        };
}
