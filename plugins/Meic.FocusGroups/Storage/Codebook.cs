using System.Text.RegularExpressions;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Templates;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.FocusGroups.Storage;

/// <summary>What a code is added or changed with.</summary>
public sealed record CodeDraft(string Name, string? ParentId = null, string? Definition = null, string? Inclusion = null, string? Exclusion = null,
    string? Example = null, string? Color = null, IReadOnlyList<string>? Sets = null, string? Key = null);

/// <summary>Adding and changing codes, with the checks `meic focus codebook add|edit` and the codebook forms share.</summary>
public static partial class Codebook
{
    public static Code Add(FocusStore fs, CodeDraft d, string? id = null, Strings? strings = null)
    {
        var s = strings ?? English;
        var codeId = id ?? CodebookFile.Slug(d.Name);
        if (fs.Codes.Get(codeId) is not null) throw new InputException(s["refuse.codeExists", codeId], "--id");
        var code = Apply(fs, new Code { Id = codeId, Guid = StableGuid.For("code", codeId) }, d, s);
        return fs.Codes.Insert(code);
    }

    public static Code Update(FocusStore fs, Code seen, CodeDraft d, Strings? strings = null)
    {
        var s = strings ?? English;
        var stored = fs.Codes.Get(seen.Id) ?? throw new InputException(s["refuse.noCode", seen.Id], "ID");
        if (seen.Version != 0 && stored.Version != seen.Version) throw new ConflictException(Collections.Codes, seen.Id, seen.Version, stored.Version);
        if (d.ParentId is { } p && (p == stored.Id || IsBelow(fs, p, stored.Id))) throw new InputException(s["refuse.ownParent", p, stored.Id], "--parent");
        return fs.Codes.Update(Apply(fs, stored, d, s));
    }

    private static bool IsBelow(FocusStore fs, string id, string ancestor)
    {
        for (var c = fs.Codes.Get(id); c?.ParentId is { } parent; c = fs.Codes.Get(parent))
            if (parent == ancestor) return true;
        return false;
    }

    private static Code Apply(FocusStore fs, Code code, CodeDraft d, Strings s)
    {
        if (string.IsNullOrWhiteSpace(d.Name)) throw new InputException(s["refuse.codeName"], "NAME");
        if (d.Color is not null && !Colour().IsMatch(d.Color)) throw new InputException(s["refuse.colour", d.Color], "--color");
        code.Name = d.Name.Trim();
        code.ParentId = d.ParentId is { } p ? fs.Code(p).Id : null;
        code.Definition = d.Definition; code.Inclusion = d.Inclusion; code.Exclusion = d.Exclusion; code.Example = d.Example;
        code.Color = d.Color; code.Sets = (d.Sets ?? []).ToList(); code.Key = d.Key;
        return code;
    }

    /// <summary>The code's name in <paramref name="language"/> (its translation when the codebook has one).</summary>
    public static string Label(Code c, string language) => c.Names.GetValueOrDefault(language, c.Name);

    private static readonly Strings English = Strings.Load(typeof(FocusGroupsPlugin).Assembly, "Meic.FocusGroups.strings", "en");

    [GeneratedRegex("^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$")]
    private static partial Regex Colour();
}
