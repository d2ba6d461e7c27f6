using Newtonsoft.Json.Linq;

namespace Meic.Core.Privacy;

/// <summary>
/// Finds and removes one person in JSON: an object naming them exactly (a contact, an attendee, a participant)
/// is removed from its list, or has its personal fields blanked when it stands alone; their name inside free
/// text is replaced by <see cref="Erased"/>.
/// </summary>
public sealed class PersonMatcher
{
    /// <summary>What erased text becomes.</summary>
    public const string Erased = "[erased]";

    /// <summary>Fields blanked beside an exact match in an object that cannot be removed.</summary>
    public static readonly string[] PersonalFields = ["name", "person", "email", "phone", "address", "pseudonym", "fullName", "firstName", "lastName", "birthDate", "nationality", "legalStatus", "notes", "note"];

    private readonly string _person;

    /// <summary>Matches <paramref name="person"/> (a name, e-mail, participant id…), ignoring case.</summary>
    public PersonMatcher(string person)
    {
        _person = person.Trim();
        if (_person.Length < 3) throw new Meic.Sdk.Errors.InputException("give at least 3 characters to identify the person (a name, e-mail or participant id).", "PERSON");
    }

    /// <summary>Whether <paramref name="text"/> mentions the person.</summary>
    public bool Mentions(string? text) => text is not null && text.Contains(_person, StringComparison.OrdinalIgnoreCase);

    /// <summary>Every place in <paramref name="root"/> that holds the person: the enclosing object for exact matches, the text for mentions.</summary>
    public IReadOnlyList<(string Path, JToken Data)> Find(JToken root)
    {
        var found = new List<(string, JToken)>();
        foreach (var value in root.SelectTokens("$..*").OfType<JValue>().Where(v => v.Type == JTokenType.String && Mentions((string?)v)))
        {
            var exact = IsExact(value);
            var holder = exact && value.Parent is JProperty { Parent: JObject o } ? (JToken)o : value;
            if (!found.Any(f => ReferenceEquals(f.Item2, holder))) found.Add((holder.Path, holder.DeepClone()));
        }
        return found;
    }

    /// <summary>Removes the person from <paramref name="root"/> in place; returns whether anything changed.</summary>
    public bool Scrub(JToken root)
    {
        var changed = false;
        foreach (var value in root.SelectTokens("$..*").OfType<JValue>().Where(v => v.Type == JTokenType.String && Mentions((string?)v)).ToList())
        {
            if (value.Root != root) continue; // already removed with its enclosing object
            changed = true;
            if (!IsExact(value)) { value.Value = Replace((string)value.Value!); continue; }
            switch (value.Parent)
            {
                case JArray array: array.Remove(value); break;
                // A list entry that *is* the person (a contact named so) goes; an entry that only mentions them
                // (a party of an agreement signed by them, a meeting's attendee organisation) stays, with the
                // person's fields blanked: erasing a person must never erase an organisation's records.
                case JProperty { Parent: JObject o } p when o.Parent is JArray list && IsPersonRecord(p, o): list.Remove(o); break;
                case JProperty { Parent: JObject o } p:
                    p.Value = Erased;
                    foreach (var field in PersonalFields)
                        if (o[field] is JValue { Type: JTokenType.String } v) v.Value = Erased;
                    break;
                default: value.Value = Erased; break;
            }
        }
        return changed;
    }

    /// <summary><paramref name="text"/> with every mention of the person replaced.</summary>
    public string Replace(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, System.Text.RegularExpressions.Regex.Escape(_person), Erased, System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private static readonly string[] IdentityFields = ["name", "fullName", "person"];

    private static bool IsPersonRecord(JProperty matched, JObject entry) =>
        IdentityFields.Contains(matched.Name) && !entry.Properties().Any(p => p.Name.EndsWith("Id", StringComparison.Ordinal) && p.Name != "participantId");

    private bool IsExact(JValue value) => string.Equals(((string?)value.Value)?.Trim(), _person, StringComparison.OrdinalIgnoreCase);
}
