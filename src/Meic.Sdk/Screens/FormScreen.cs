using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Sdk.Screens;

/// <summary>
/// A form for one record: fields with a cursor, pickers that show labels in the user's language, dates as the user
/// writes them, each field checked before anything is written (<see cref="Check"/>, problems shown beside the field),
/// and an explicit Save. The shell runs <see cref="Save"/> in one store transaction and commits it only when it
/// returns <see cref="FormResult.Ok"/>; Esc cancels without writing anything.
/// </summary>
public sealed class FormScreen : ScreenView
{
    /// <summary>The fields, in order.</summary>
    public required IReadOnlyList<FormField> Fields { get; init; }

    /// <summary>Writes the record; called only when <see cref="Check"/> found nothing.</summary>
    public required Func<FormValues, FormResult> Save { get; init; }

    /// <summary>The <c>meic</c> command that would save the same values, shown under the form as the user types.</summary>
    public Func<FormValues, string>? CommandFor { get; init; }

    /// <summary>The values the form starts with.</summary>
    public FormValues Initial() => new(this, Fields.ToDictionary(f => f.Id, f => f.Value, StringComparer.Ordinal));

    /// <summary>
    /// Checks every field against its kind (required, a date, a number, one of the choices) and its own check, in
    /// <paramref name="language"/>; the problems by field id, empty when the values can be saved.
    /// </summary>
    public IReadOnlyDictionary<string, string> Check(FormValues values, string language)
    {
        var s = SdkText.For(language);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            var text = values[field.Id];
            string? problem = null;
            if (text.Length == 0)
            {
                if (field.Required && field.Kind != FieldKind.Flag) problem = s["form.required", field.Label];
            }
            else problem = field.Kind switch
            {
                FieldKind.Date when !Dates.TryParse(text, out _) => Dates.Refusal(text, language),
                FieldKind.Number when !Numbers.TryParse(text, out _) => s["form.notNumber", text],
                FieldKind.Choice or FieldKind.Choices => UnknownChoice(field, text, language),
                _ => null,
            };
            problem ??= text.Length > 0 ? field.Check?.Invoke(text) : null;
            if (problem is not null) problems[field.Id] = problem;
        }
        return problems;
    }

    private static string? UnknownChoice(FormField field, string text, string language)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (field.Kind == FieldKind.Choice && parts.Length > 1) return SdkText.For(language)["form.oneChoice", field.Label];
        foreach (var part in parts)
            if (FormValues.Resolve(field, part) is null)
                return field.Vocabulary is { } v ? v.Refusal(part, language)
                    : SdkText.For(language)["form.notChoice", part, string.Join(", ", field.Choices.Select(c => c.Label))];
        return null;
    }

    /// <summary>
    /// What Save does, for the shell and for tests alike: checks <paramref name="values"/>, then runs <see cref="Save"/>
    /// in one store transaction, committed only when it returns <see cref="FormResult.Ok"/>. A refusal the plugin throws
    /// as an <see cref="InputException"/> (or a conflict with someone else's change) comes back as a refusal of the whole
    /// form, with nothing written.
    /// </summary>
    public FormResult Submit(IMeicContext context, FormValues values)
    {
        var problems = Check(values, context.Language);
        if (problems.Count > 0) return FormResult.Refuse(problems);
        using var transaction = context.Store.BeginTransaction();
        try
        {
            var result = Save(values);
            if (result.Saved) transaction.Commit();
            return result;
        }
        // The form shows where (the field, the record): the refusal is said without the command line's "WHERE: " prefix.
        catch (InputException e) { return FormResult.Refuse("", e.Where is { Length: > 0 } w && e.Message.StartsWith(w + ": ", StringComparison.Ordinal) ? e.Message[(w.Length + 2)..] : e.Message); }
        catch (ConflictException) { return FormResult.Refuse("", SdkText.For(context.Language)["form.conflict"]); }
    }
}
