using System.Globalization;
using Meic.Agreements.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Agreements.Services;

/// <summary>A party as given on the command line: <c>ID[:role[:representative]]</c>.</summary>
public sealed record PartyInput(string ActorId, string? Role, string? Representative);

/// <summary>A commitment as given on the command line: <c>ACTOR:KIND:AMOUNT:UNIT:DESCRIPTION</c> (amount and unit may be empty).</summary>
public sealed record CommitmentInput(string ActorId, CommitmentKind Kind, decimal? Amount, string? Unit, string Description, string? Clause);

/// <summary>Parses the small command-line formats of the plugin, with messages that name the option.</summary>
public static class Inputs
{
    public static Dictionary<string, string> Variables(IEnumerable<string> pairs, Strings s)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new InputException(s["refuse.varPair", pair], "--var");
            var name = pair[..eq].Trim();
            if (!Library.Placeholders.IsVariableName(name)) throw new InputException(s["refuse.varName", name], "--var");
            result[name] = pair[(eq + 1)..].Trim();
        }
        return result;
    }

    public static PartyInput Party(string text, Strings s)
    {
        var parts = text.Split(':', 3);
        if (parts[0].Trim().Length == 0) throw new InputException(s["refuse.partyShape", text], "--party");
        return new PartyInput(parts[0].Trim(), parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : null,
            parts.Length > 2 && parts[2].Trim().Length > 0 ? parts[2].Trim() : null);
    }

    public static CommitmentInput Commitment(string text, Strings s)
    {
        var parts = text.Split(':', 5);
        if (parts.Length < 5) throw new InputException(s["refuse.commitShape", text], "--commit");
        var kind = Kind(parts[1], "--commit", s);
        decimal? amount = null;
        if (parts[2].Trim().Length > 0)
        {
            if (!decimal.TryParse(parts[2].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) || a < 0)
                throw new InputException(s["refuse.commitAmount", parts[2]], "--commit");
            amount = a;
        }
        var description = parts[4].Trim();
        string? clause = null;
        var at = description.LastIndexOf(" @", StringComparison.Ordinal);
        if (at >= 0 && Library.Placeholders.IsClauseId(description[(at + 2)..])) { clause = description[(at + 2)..]; description = description[..at].Trim(); }
        if (description.Length == 0) throw new InputException(s["refuse.commitDescription"], "--commit");
        return new CommitmentInput(parts[0].Trim(), kind, amount, parts[3].Trim().Length > 0 ? parts[3].Trim() : null, description, clause);
    }

    /// <summary>A commitment kind by its id or its label in any language; refused listing the kinds by their names in the user's language.</summary>
    public static CommitmentKind Kind(string text, string where, Strings s) =>
        Names.TryParse<CommitmentKind>(text, out var k) || Vocabularies.Shared.TryParse(text, out k) ? k
            : throw new InputException(s["refuse.commitKind", text, string.Join(", ", Enum.GetValues<CommitmentKind>().Select(x => $"{KindLabel(x, s)} ({Names.Kebab(x)})"))], where);

    /// <summary>A commitment kind as the user reads it (<c>tempo del personale</c>).</summary>
    public static string KindLabel(CommitmentKind kind, Strings s) =>
        s.Language == "en" ? Names.Kebab(kind).Replace('-', ' ') : Vocabularies.Shared.Label(kind, s.Language).ToLower(CultureInfo.InvariantCulture);

    /// <summary>A date as the user writes it (<c>20/03/2027</c> or <c>2027-03-20</c>), read by the SDK's one date parser and refused in the user's language.</summary>
    public static DateOnly Date(string? text, DateOnly fallback, string where, string language) =>
        string.IsNullOrWhiteSpace(text) ? fallback : Dates.Parse(text, language, where);

    public static DateOnly? OptionalDate(string? text, string where, string language) =>
        string.IsNullOrWhiteSpace(text) ? null : Date(text, default, where, language);

    public static int Days(Agreement agreement, string variable, int fallback) =>
        agreement.Variables.TryGetValue(variable, out var v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) && d >= 0 ? d : fallback;
}
