using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.Sdk.Errors;
using Newtonsoft.Json.Linq;

namespace Meic.FocusGroups.Templates;

/// <summary>
/// The codebook as JSON: <c>{"codes":[{"id","name","parent","definition","inclusion","exclusion","example","color","sets","key"}]}</c>,
/// where each text is either a string or an object by language (<c>{"it":…,"es":…,"en":…}</c>).
/// </summary>
public static class CodebookFile
{
    public static IReadOnlyList<Code> Read(string json, string language, string where)
    {
        var s = Commands.Ui.S(language);
        JObject root;
        try { root = JObject.Parse(json); }
        catch (Newtonsoft.Json.JsonException e) { throw new InputException(s["refuse.json", e.Message], where, e); }
        var codes = new List<Code>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in root["codes"] as JArray ?? throw new InputException(s["refuse.codebookShape"], where))
        {
            i++;
            var at = $"{where}: codes[{i}]";
            var names = Texts(item["name"]);
            var name = Pick(names, language) ?? throw new InputException(s["refuse.codeName"], at);
            var id = item.Value<string>("id") ?? Slug(name);
            if (!ids.Add(id)) throw new InputException(s["refuse.idTwice", id], at);
            var color = item.Value<string>("color");
            if (color is not null && !System.Text.RegularExpressions.Regex.IsMatch(color, "^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})$"))
                throw new InputException(s["refuse.colour", color], at);
            codes.Add(new Code
            {
                Id = id, Name = name, Names = names, ParentId = item.Value<string>("parent"),
                Definition = Pick(Texts(item["definition"]), language), Inclusion = Pick(Texts(item["inclusion"]), language),
                Exclusion = Pick(Texts(item["exclusion"]), language), Example = Pick(Texts(item["example"]), language),
                Color = color, Key = item.Value<string>("key"),
                Sets = (item["sets"] as JArray)?.Select(x => x.ToString()).ToList() ?? new(),
                Guid = item.Value<string>("guid") ?? StableGuid.For("code", id),
            });
        }
        foreach (var c in codes)
            if (c.ParentId is not null && !ids.Contains(c.ParentId))
                throw new InputException(s["refuse.parentMissing", c.ParentId, c.Id], where);
        var parentOf = codes.ToDictionary(c => c.Id, c => c.ParentId);
        foreach (var c in codes)
        {
            var seen = new HashSet<string> { c.Id };
            for (var p = c.ParentId; p is not null; p = parentOf[p])
                if (!seen.Add(p)) throw new InputException(s["refuse.parentLoop", c.Id], where);
        }
        return codes;
    }

    public static string Write(IEnumerable<Code> codes) =>
        new JObject
        {
            ["codes"] = new JArray(codes.Select(c => new JObject
            {
                ["id"] = c.Id, ["guid"] = c.Guid,
                ["name"] = c.Names.Count > 0 ? JObject.FromObject(c.Names) : c.Name,
                ["parent"] = c.ParentId, ["definition"] = c.Definition, ["inclusion"] = c.Inclusion, ["exclusion"] = c.Exclusion,
                ["example"] = c.Example, ["color"] = c.Color, ["sets"] = new JArray(c.Sets), ["key"] = c.Key,
            })),
        }.ToString();

    private static Dictionary<string, string> Texts(JToken? token) => token switch
    {
        JObject o => o.Properties().ToDictionary(p => p.Name, p => p.Value.ToString()),
        JValue { Type: JTokenType.String } v => new Dictionary<string, string> { [""] = v.ToString() },
        _ => new Dictionary<string, string>(),
    };

    private static string? Pick(Dictionary<string, string> texts, string language)
    {
        if (texts.TryGetValue(language, out var t)) return t;
        if (texts.TryGetValue("", out t)) return t;
        if (texts.TryGetValue("en", out t)) return t;
        return texts.Values.FirstOrDefault();
    }

    public static string Slug(string name)
    {
        var normalized = name.Normalize(System.Text.NormalizationForm.FormD);
        var sb = new System.Text.StringBuilder();
        foreach (var ch in normalized)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "code" : slug;
    }
}
