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
    private readonly string? _first;
    private readonly System.Text.RegularExpressions.Regex? _titled;
    private readonly System.Text.RegularExpressions.Regex? _partial;
    private readonly System.Text.RegularExpressions.Regex? _unsure;

    /// <summary>Courtesy titles before a surname, in the toolkit's languages: "Ms Rossi", "la sig.ra Rossi", "la Sra. Rossi".</summary>
    private const string Titles = @"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sig|Sig\.ra|Sigg|Signora|Signor|Signore|Dott|Dott\.ssa|Dottoressa|Sr|Sra|Srta|Señor|Señora|Señorita|Don|Doña|D|Dña)\.?";

    /// <summary>Matches <paramref name="person"/> (a name, e-mail, participant id…), ignoring case.</summary>
    public PersonMatcher(string person)
    {
        _person = System.Text.RegularExpressions.Regex.Replace(person.Trim(), @"\s+", " ");
        if (_person.Length < 3) throw Meic.Core.Hosting.Worded.Input("privacy.person.tooShort", "PERSON");
        var parts = _person.Split(' ');
        if (parts.Length < 2 || _person.Contains('@') || !parts.All(p => p.Length > 0 && char.IsLetter(p[0]))) return;
        _first = parts[0];
        Surname = parts[^1];
        var surname = System.Text.RegularExpressions.Regex.Escape(Surname);
        var initials = string.Join(@"\.?\s?", parts.Select(p => System.Text.RegularExpressions.Regex.Escape(p[..1].ToUpperInvariant())));
        const System.Text.RegularExpressions.RegexOptions Ci = System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant;
        // Sure anywhere: a title followed by the surname.
        _titled = new($@"\b{Titles}\s+{surname}\b", Ci);
        // Sure only where the person is already named or linked: the surname alone, the first name alone, the initials.
        _partial = new($@"\b(?:{surname}|{System.Text.RegularExpressions.Regex.Escape(_first)})\b|(?<![\p{{L}}.])(?-i:{initials})\.?(?![\p{{L}}])", Ci);
        // Reported elsewhere (a first name alone is too common to report): the surname as a word, the initials.
        _unsure = new($@"\b{surname}\b|(?<![\p{{L}}.])(?-i:{initials})\.?(?![\p{{L}}])", Ci);
    }

    /// <summary>The surname, when the person was given as a first name and a surname.</summary>
    public string? Surname { get; }

    /// <summary>Labels (participant ids, pseudonyms) that stand for the person in records that never name them.</summary>
    public HashSet<string> Labels { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sessions, meetings and transcripts in which the person took part: their records are the context in which a surname alone is them.</summary>
    public HashSet<string> Scopes { get; } = new(StringComparer.Ordinal);

    private static readonly string[] ScopeFields = ["sessionId", "meetingId", "transcriptId"];

    /// <summary>Whether a record belongs to a session, meeting or transcript the person took part in.</summary>
    public bool InScope(JToken root) =>
        Scopes.Count > 0 && root is JObject o && ScopeFields.Append("id").Any(f => o[f] is JValue { Value: string v } && Scopes.Contains(v));

    /// <summary>
    /// Whether a record belongs to another session, meeting or transcript than the person's: pseudonyms (P1, P2…)
    /// are numbered per session, so there a label of theirs is someone else.
    /// </summary>
    private bool OutOfScope(JToken root) =>
        root is JObject o && ScopeFields.Any(f => o[f] is JValue { Value: string v } && v.Length > 0) && !InScope(root);

    /// <summary>Whether <paramref name="text"/> names the person partially (surname, first name, initials); only meaningful in context.</summary>
    public bool MentionsPartially(string? text) => text is not null && _partial is not null && _partial.IsMatch(text);

    /// <summary>Fields whose value links an entry to a participant.</summary>
    private static readonly string[] LabelFields = ["participantId", "pseudonym", "speaker"];

    /// <summary>
    /// Learns, from a record that names the person, the labels that stand for them: the participant id and pseudonym of
    /// the entry naming them, and of entries beside it that name them by first name alone (one speaker label split in two).
    /// Returns the entries linked only by first name, which a person should confirm.
    /// </summary>
    public IReadOnlyList<string> Learn(JToken root)
    {
        var unsure = new List<string>();
        if (root is JObject top)
            foreach (var field in ScopeFields)
                if (top[field] is JValue { Value: string scope } && scope.Length > 0) Scopes.Add(scope);
        foreach (var entry in root.SelectTokens("$..*").OfType<JObject>().ToList())
        {
            var identity = IdentityFields.Select(f => entry[f]).OfType<JValue>().Select(v => (string?)v.Value).FirstOrDefault(v => v is not null);
            if (identity is null) continue;
            var exact = string.Equals(identity.Trim(), _person, StringComparison.OrdinalIgnoreCase);
            var firstOnly = _first is not null && string.Equals(identity.Trim(), _first, StringComparison.OrdinalIgnoreCase)
                && entry.Parent is JArray siblings && siblings.OfType<JObject>().Any(o => IdentityFields.Any(f => string.Equals(((string?)o[f])?.Trim(), _person, StringComparison.OrdinalIgnoreCase)));
            if (!exact && !firstOnly) continue;
            foreach (var field in LabelFields.Append("id"))
                if (entry[field] is JValue { Value: string label } && label.Length >= 2 && !string.Equals(label, _person, StringComparison.OrdinalIgnoreCase))
                    Labels.Add(label);
            if (firstOnly) unsure.Add(entry.Path);
        }
        return unsure;
    }

    /// <summary>Whether a record refers to the person by one of the <see cref="Labels"/> (a turn they spoke, their participant entry).</summary>
    public bool Linked(JToken root) =>
        Labels.Count > 0 && !OutOfScope(root) && root.SelectTokens("$..*").OfType<JObject>().Prepend(root as JObject).OfType<JObject>()
            .Any(o => LabelFields.Any(f => o[f] is JValue { Value: string v } && Labels.Contains(v)));

    /// <summary>Whether <paramref name="text"/> holds what could be the person but cannot be told for sure (a surname alone, initials).</summary>
    public bool MayBe(string? text) => text is not null && _unsure is not null && _unsure.IsMatch(text);

    /// <summary>
    /// Removes the person from a record: with <paramref name="inContext"/> (the record names them or is linked to them)
    /// also their surname alone, first name alone and initials, and every entry or turn labelled as them.
    /// </summary>
    public bool Scrub(JToken root, bool inContext)
    {
        var changed = Scrub(root);
        foreach (var value in root.SelectTokens("$..*").OfType<JValue>().Where(v => v.Type == JTokenType.String && !IsReference(v)).ToList())
        {
            var text = (string)value.Value!;
            var replaced = Replace(text, inContext);
            if (inContext && !OutOfScope(root)) replaced = ReplaceLabelledLines(replaced);
            if (replaced != text) { value.Value = replaced; changed = true; }
        }
        if (!inContext || Labels.Count == 0 || OutOfScope(root)) return changed;
        foreach (var entry in root.SelectTokens("$..*").OfType<JObject>().Prepend(root as JObject).OfType<JObject>().ToList())
        {
            if (!LabelFields.Any(f => entry[f] is JValue { Value: string v } && Labels.Contains(v)) && !(entry["id"] is JValue { Value: string id } && Labels.Contains(id) && entry.Parent is JArray)) continue;
            if (entry.Parent is JArray list && entry.Root == root) { list.Remove(entry); changed = true; continue; }
            // A turn the person spoke: their words and their label go, the turn's place in the transcript stays.
            foreach (var field in new[] { "speaker", "text", "name", "pseudonym" })
                if (entry[field] is JValue { Type: JTokenType.String } v && (string?)v.Value != Erased) { v.Value = Erased; changed = true; }
        }
        return changed;
    }

    private System.Text.RegularExpressions.Regex? _labelled;
    private int _labelledFor = -1;

    /// <summary>
    /// A transcript's whole text keeps each turn as a line "P1: words": the lines spoken under one of the person's
    /// labels lose their words and their label, as their turns do, and keep their place.
    /// </summary>
    private string ReplaceLabelledLines(string text)
    {
        if (Labels.Count == 0 || !text.Contains(':')) return text;
        if (_labelledFor != Labels.Count)
        {
            var labels = string.Join("|", Labels.OrderByDescending(l => l.Length).Select(System.Text.RegularExpressions.Regex.Escape));
            _labelled = new($@"(?m)^([ \t]*)(?:{labels})[ \t]*:[^\r\n]*", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            _labelledFor = Labels.Count;
        }
        return _labelled!.Replace(text, $"$1{Erased}: {Erased}");
    }

    /// <summary>Whether <paramref name="text"/> holds lines spoken under one of the person's labels (a transcript's whole text).</summary>
    public bool SpokenIn(string? text) => text is not null && ReplaceLabelledLines(text) != text;

    /// <summary>Ids and references are never rewritten: a partial name inside "maria-rossi-1" is not a mention.</summary>
    private static bool IsReference(JValue value) =>
        value.Parent is JProperty { Name: var name } && (name is "id" or "guid" or "uid" or "collection" || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal));

    /// <summary><paramref name="text"/> with the person's name, titled surname and (in context) partial names replaced.</summary>
    public string Replace(string text, bool inContext)
    {
        var result = Replace(text);
        if (_titled is not null) result = _titled.Replace(result, Erased);
        if (inContext && _partial is not null) result = _partial.Replace(result, Erased);
        return result;
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
