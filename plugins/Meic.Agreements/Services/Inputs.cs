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
    public static Dictionary<string, string> Variables(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new InputException($"expected name=value; found '{pair}'.", "--var");
            var name = pair[..eq].Trim();
            if (!Library.Placeholders.IsVariableName(name)) throw new InputException($"'{name}' is not a variable name (lower-case letters, digits, _).", "--var");
            result[name] = pair[(eq + 1)..].Trim();
        }
        return result;
    }

    public static PartyInput Party(string text)
    {
        var parts = text.Split(':', 3);
        if (parts[0].Trim().Length == 0) throw new InputException($"expected ACTOR-ID[:role[:representative]]; found '{text}'.", "--party");
        return new PartyInput(parts[0].Trim(), parts.Length > 1 && parts[1].Trim().Length > 0 ? parts[1].Trim() : null,
            parts.Length > 2 && parts[2].Trim().Length > 0 ? parts[2].Trim() : null);
    }

    public static CommitmentInput Commitment(string text)
    {
        var parts = text.Split(':', 5);
        if (parts.Length < 5) throw new InputException($"expected ACTOR:KIND:AMOUNT:UNIT:DESCRIPTION (amount and unit may be empty); found '{text}'.", "--commit");
        var kind = Kind(parts[1], "--commit");
        decimal? amount = null;
        if (parts[2].Trim().Length > 0)
        {
            if (!decimal.TryParse(parts[2].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) || a < 0)
                throw new InputException($"the amount '{parts[2]}' is not a non-negative number (use . for decimals).", "--commit");
            amount = a;
        }
        var description = parts[4].Trim();
        string? clause = null;
        var at = description.LastIndexOf(" @", StringComparison.Ordinal);
        if (at >= 0 && Library.Placeholders.IsClauseId(description[(at + 2)..])) { clause = description[(at + 2)..]; description = description[..at].Trim(); }
        if (description.Length == 0) throw new InputException("a commitment needs a description.", "--commit");
        return new CommitmentInput(parts[0].Trim(), kind, amount, parts[3].Trim().Length > 0 ? parts[3].Trim() : null, description, clause);
    }

    public static CommitmentKind Kind(string text, string where) =>
        Names.TryParse<CommitmentKind>(text, out var k) ? k
            : throw new InputException($"unknown commitment kind '{text}'; expected one of {string.Join(", ", Enum.GetValues<CommitmentKind>().Select(Names.Kebab))}.", where);

    public static DateOnly Date(string? text, DateOnly fallback, string where)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        // 14/03/2027 as people write it, or 2027-03-14: the SDK's one date parser, the same the screens' date fields use
        return Dates.TryParse(text.Trim(), out var d) ? d
            : throw new InputException($"expected a date as DD/MM/YYYY or YYYY-MM-DD; found '{text}'.", where);
    }

    public static DateOnly? OptionalDate(string? text, string where) =>
        string.IsNullOrWhiteSpace(text) ? null : Date(text, default, where);

    public static int Days(Agreement agreement, string variable, int fallback) =>
        agreement.Variables.TryGetValue(variable, out var v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d) && d >= 0 ? d : fallback;
}
