using Meic.Facilitation.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Facilitation;

/// <summary>The formats library: read from a template's <c>meetings/formats.json</c>, or the copy embedded in the plugin.</summary>
internal static class FormatLibrary
{
    public static IReadOnlyList<MeetingFormat> Embedded()
    {
        using var stream = typeof(FormatLibrary).Assembly.GetManifestResourceStream("Meic.Facilitation.formats.json")!;
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "formats.json (built in)", Strings.Load(typeof(FormatLibrary).Assembly, "Meic.Facilitation.strings", "en"));
    }

    public static IReadOnlyList<MeetingFormat> Read(string file, Strings t) => Parse(File.ReadAllText(file), file, t);

    public static IReadOnlyList<MeetingFormat> Parse(string json, string where, Strings t)
    {
        List<MeetingFormat> formats;
        try { formats = Json.Deserialize<List<MeetingFormat>>(json); }
        catch (Newtonsoft.Json.JsonException e) { throw new InputException(t["refuse.formatsJson", e.Message], where, e); }
        foreach (var (f, i) in formats.Select((f, i) => (f, i)))
        {
            if (string.IsNullOrWhiteSpace(f.Id)) throw new InputException(t["refuse.formatId", i + 1], where);
            foreach (var lang in Strings.SupportedLanguages)
                if (!f.Name.ContainsKey(lang) || !f.Guide.ContainsKey(lang))
                    throw new InputException(t["refuse.formatLanguage", f.Id, lang], where);
        }
        return formats;
    }
}
