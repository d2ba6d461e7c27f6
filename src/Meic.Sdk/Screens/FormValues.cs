using Meic.Sdk.Text;

namespace Meic.Sdk.Screens;

/// <summary>The values of a form as the user left them, with readers that understand the user's words.</summary>
public sealed class FormValues
{
    private readonly IReadOnlyDictionary<string, string> _values;
    private readonly IReadOnlyDictionary<string, FormField> _fields;

    /// <summary>Values by field id, for the fields of <paramref name="form"/>.</summary>
    public FormValues(FormScreen form, IReadOnlyDictionary<string, string> values)
    {
        _fields = form.Fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _values = values;
    }

    /// <summary>The text of <paramref name="id"/>, trimmed ("" when empty or unknown).</summary>
    public string this[string id] => _values.TryGetValue(id, out var v) ? v.Trim() : "";

    /// <summary>The text, or null when empty.</summary>
    public string? Text(string id) => this[id] is { Length: > 0 } v ? v : null;

    /// <summary>The date typed in <paramref name="id"/>, or null when empty or not a date.</summary>
    public DateOnly? Date(string id) => Dates.TryParse(this[id], out var d) ? d : null;

    /// <summary>The number typed in <paramref name="id"/>, or null.</summary>
    public decimal? Number(string id) => Numbers.TryParse(this[id], out var n) ? n : null;

    /// <summary>Whether the flag <paramref name="id"/> is set.</summary>
    public bool Flag(string id) => bool.TryParse(this[id], out var b) && b;

    /// <summary>The id of the choice in <paramref name="id"/> (picked, or typed as an id, label or synonym), or null.</summary>
    public string? Choice(string id) => ChoiceIds(id).FirstOrDefault();

    /// <summary>The ids of every choice in <paramref name="id"/> (comma separated when typed).</summary>
    public IReadOnlyList<string> ChoiceIds(string id)
    {
        if (!_fields.TryGetValue(id, out var field)) return [];
        var ids = new List<string>();
        foreach (var part in this[id].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (Resolve(field, part) is { } found && !ids.Contains(found)) ids.Add(found);
        return ids;
    }

    /// <summary>
    /// The choice <paramref name="text"/> stands for in <paramref name="field"/>: its id, label or a synonym, case and
    /// accents ignored. Without a vocabulary (choices over records, such as organisations' names), part of one label
    /// is enough when no other label contains it (<c>caritas</c> for “Caritas di Roma”); a vocabulary's words never guess.
    /// </summary>
    internal static string? Resolve(FormField field, string text)
    {
        if (field.Vocabulary is { } v && v.TryParse(text, out var term) && field.Choices.Any(c => c.Id == term.Id)) return term.Id;
        var key = Folding.Key(text);
        if (key.Length == 0) return null;
        var exact = field.Choices.FirstOrDefault(c => Folding.Key(c.Id) == key || Folding.Key(c.Label) == key);
        if (exact is not null || field.Vocabulary is not null || key.Length < 3) return exact?.Id;
        var within = field.Choices.Where(c => Folding.Key(c.Label).Contains(key, StringComparison.Ordinal)).Take(2).ToList();
        return within.Count == 1 ? within[0].Id : null;
    }

    /// <summary>Every value, by field id, as typed.</summary>
    public IReadOnlyDictionary<string, string> All => _values;

    /// <summary>Formats a number for a field (<c>4,5</c> in Italian and Spanish).</summary>
    public static string Show(decimal value, string language) =>
        Numbers.Format(value, language, value == decimal.Truncate(value) ? 0 : Math.Min((int)value.Scale, 4));
}
