using Meic.FocusGroups.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Plugins;

namespace Meic.FocusGroups.Storage;

/// <summary>
/// Who codes. On PostgreSQL each person logs in as themselves, so the coder is the login and nobody codes as someone
/// else. On SQLite one laptop is shared: coders are named in <c>fg-coders</c> (plus anyone who already has codings, for
/// instance from a REFI-QDA import), and a name nobody added is refused with the list, never taken as a new coder.
/// The workspace's own user is always a coder and is added to the list the first time they code.
/// </summary>
public sealed class Coders(IMeicContext ctx, FocusStore fs)
{
    /// <summary>Whether the store fixes who is working (a PostgreSQL login): then the coder is that login only.</summary>
    public bool FixedByLogin => ctx.Store.Info.Kind == "postgres";

    /// <summary>Every known coder by name: the list, then those found only in codings, in order of name.</summary>
    public IReadOnlyList<string> All()
    {
        if (FixedByLogin) return [ctx.User];
        var named = fs.Coders.All().Select(c => c.Name);
        var coding = fs.Codings.All().Select(c => c.Coder);
        return named.Concat(coding).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(n => n, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>The coder meant by <paramref name="typed"/> (the workspace's user when null), as first written; refused when unknown.</summary>
    public string Resolve(string? typed, string where = "--coder")
    {
        var wanted = string.IsNullOrWhiteSpace(typed) ? ctx.User : typed.Trim();
        if (FixedByLogin)
            return string.Equals(wanted, ctx.User, StringComparison.OrdinalIgnoreCase) ? ctx.User : throw new InputException(fs.S["refuse.coderIsLogin", wanted, ctx.User], where);
        if (string.Equals(wanted, ctx.User, StringComparison.OrdinalIgnoreCase)) return All().FirstOrDefault(n => string.Equals(n, ctx.User, StringComparison.OrdinalIgnoreCase)) ?? ctx.User;
        var known = All();
        return known.FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException(fs.S["refuse.noCoder", wanted, known.Count == 0 ? fs.S["coders.none"] : string.Join(", ", known), Commands.Shell.Line(["meic", "focus", "coder", "add", wanted])], where);
    }

    /// <summary>Adds <paramref name="name"/> to the list; refused when it is already there (whatever the case).</summary>
    public Coder Add(string name)
    {
        var clean = name.Trim();
        if (clean.Length == 0 || clean.Length > 60 || clean.Any(char.IsControl)) throw new InputException(fs.S["refuse.coderName"], "NAME");
        if (FixedByLogin) throw new InputException(fs.S["refuse.codersOnLogin", ctx.User], "NAME");
        if (fs.Coders.All().Any(c => string.Equals(c.Name, clean, StringComparison.OrdinalIgnoreCase)))
            throw new InputException(fs.S["refuse.coderExists", clean], "NAME");
        var coder = new Coder { Id = Slug(clean), Name = clean, AddedAt = ctx.Clock.Now.ToString("O") };
        while (fs.Coders.Get(coder.Id) is not null) coder.Id += "x";
        fs.Coders.Insert(coder);
        return coder;
    }

    /// <summary>Puts the workspace's user in the list the first time they code, so the list shows who really codes.</summary>
    public void Remember(string coder)
    {
        if (FixedByLogin || fs.Coders.All().Any(c => string.Equals(c.Name, coder, StringComparison.OrdinalIgnoreCase))) return;
        var entry = new Coder { Id = Slug(coder), Name = coder, AddedAt = ctx.Clock.Now.ToString("O") };
        while (fs.Coders.Get(entry.Id) is not null) entry.Id += "x";
        fs.Coders.Insert(entry);
    }

    private static string Slug(string name)
    {
        var chars = name.Normalize(System.Text.NormalizationForm.FormD).Where(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '.').Select(c => c is ' ' or '.' ? '-' : char.ToLowerInvariant(c)).ToArray();
        var slug = new string(chars).Trim('-');
        return "coder-" + (slug.Length == 0 ? "x" : slug);
    }
}
