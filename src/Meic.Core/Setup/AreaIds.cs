using System.Globalization;
using System.Text;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Core.Setup;

/// <summary>Area ids (short, lower case, dashes) and labels per language as people type them (<c>it=Lavoro</c>).</summary>
public static class AreaIds
{
    /// <summary>Whether <paramref name="id"/> is a usable area id: letters, digits and dashes, starting with a letter or digit.</summary>
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 48 && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>A readable id from a name: lower-case ASCII words joined by dashes ("Lavoro e impresa" → lavoro-e-impresa).</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.') continue;
            sb.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var slug = string.Join("-", sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 48) slug = slug[..48].TrimEnd('-');
        return slug.Length == 0 ? "actor" : slug;
    }

    /// <summary>
    /// A label as typed: <c>LANG=TEXT</c> (the language by code or name), or a bare text in <paramref name="language"/>.
    /// Null when the text is empty.
    /// </summary>
    public static (string Language, string Text)? Label(string typed, string language)
    {
        var eq = typed.IndexOf('=');
        if (eq > 0 && ClusterWords.Language(typed[..eq]) is { } lang) typed = typed[(eq + 1)..];
        else lang = language;
        typed = typed.Trim();
        return typed.Length == 0 ? null : (lang, typed);
    }

    /// <summary>The area <paramref name="text"/> names: its id, or its label in any language.</summary>
    public static AreaDefinition? Find(IEnumerable<AreaDefinition> areas, string text)
    {
        var key = Countries.Fold(text);
        var list = areas.ToList();
        return list.FirstOrDefault(a => a.Id == text.Trim())
            ?? list.FirstOrDefault(a => a.Label.Values.Any(l => Countries.Fold(l) == key));
    }

    /// <summary>The ids and labels to suggest after a typo.</summary>
    public static string? Nearest(IEnumerable<AreaDefinition> areas, string text, string language)
    {
        var list = areas.ToList();
        return Names.Nearest(text, list.Select(a => a.Id).Concat(list.Select(a => a.Label.For(language))));
    }
}
