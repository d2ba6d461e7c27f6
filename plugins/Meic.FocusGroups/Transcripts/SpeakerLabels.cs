using System.Globalization;
using System.Text.RegularExpressions;
using Meic.FocusGroups.Model;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Transcripts;

/// <summary>
/// A speaker label that names who leads the session: a word of the <c>speaker-role</c> vocabulary
/// (<c>Moderatore</c>, <c>Moderadora</c>, <c>Facilitator</c>, <c>Intervistatrice</c>, <c>Mod</c>…), then, optionally,
/// a number (<c>Moderatore 2</c>, <c>MOD2</c>) or the person's name (<c>Facilitador Juan Pérez</c>).
/// </summary>
/// <param name="Role">The vocabulary term: <c>facilitator</c> or <c>interviewer</c>.</param>
/// <param name="Word">The role word as the transcript writes it.</param>
/// <param name="Number">The number after the word, when there is one.</param>
/// <param name="Name">The name after the word, when there is one.</param>
public sealed record ConductorLabel(string Role, string Word, int? Number, string? Name);

public static class SpeakerLabels
{
    // The role word (letters, and digits stuck to it as in MOD2), then anything after a space or a punctuation mark.
    private static readonly Regex Shape = new(@"^(?<word>\p{L}[\p{L}\p{M}]*)(?<num>\d{1,3})?\.?(?:[\s\p{P}]+(?<rest>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));

    private static readonly char[] Edges = [' ', '\t', '.', ',', ';', ':', '-', '–', '—', '(', ')', '[', ']', '/'];

    /// <summary>The label read as a moderator's or interviewer's, or null when its first word is not one of <paramref name="roles"/>' words.</summary>
    public static ConductorLabel? Conductor(string label, Vocabulary? roles = null)
    {
        roles ??= FocusVocabularies.Get(FocusVocabularies.SpeakerRole);
        var m = Shape.Match(label.Trim());
        if (!m.Success || !roles.TryParse(m.Groups["word"].Value, out var term)) return null;
        int? number = m.Groups["num"].Success ? int.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture) : null;
        var rest = m.Groups["rest"].Value.Trim(Edges);
        if (rest.Length is > 0 and <= 3 && rest.All(char.IsAsciiDigit))
        {
            if (number is not null) return null; // "Mod2 3" is not a label this reads
            number = int.Parse(rest, CultureInfo.InvariantCulture);
            rest = "";
        }
        return new ConductorLabel(term.Id, m.Groups["word"].Value, number, rest.Length == 0 ? null : rest);
    }

    /// <summary>Whether <paramref name="role"/> is a moderator's or an interviewer's (the participant leads the session).</summary>
    public static bool Leads(string? role) => role is not null && FocusVocabularies.Get(FocusVocabularies.SpeakerRole).Find(role.ToLowerInvariant()) is not null;
}
