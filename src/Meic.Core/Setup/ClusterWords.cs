using Meic.Core.Hosting;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Core.Setup;

/// <summary>
/// Reads the cluster's controlled values as people type them: a language or a phase by its code or by its name in
/// Italian, Spanish or English; a time zone by its IANA id. Ids are for typing, labels for reading; both are accepted.
/// </summary>
public static class ClusterWords
{
    private static readonly string[] PhaseKeys = ["activation", "rules", "brokerage", "facilitation", "mediation"];

    /// <summary>The language code (it, es, en) <paramref name="text"/> names, or null.</summary>
    public static string? Language(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = Countries.Fold(text);
        foreach (var code in Strings.SupportedLanguages)
        {
            if (key == code) return code;
            foreach (var table in Strings.SupportedLanguages)
                if (Countries.Fold(HostStrings.Load(table)["lang." + code]) == key) return code;
        }
        return key switch
        {
            "ita" or "italian" => "it",
            "spa" or "spanish" or "castellano" => "es",
            "eng" or "english" => "en",
            _ => null,
        };
    }

    /// <summary>The codes of a list of languages ("it, es" or "italiano; español"); the unknown ones in <paramref name="unknown"/>.</summary>
    public static List<string> Languages(string text, out List<string> unknown)
    {
        var codes = new List<string>();
        unknown = new List<string>();
        foreach (var part in text.Split([',', ';', ' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Language(part) is { } code) { if (!codes.Contains(code)) codes.Add(code); }
            else unknown.Add(part);
        }
        return codes;
    }

    /// <summary>The language's name in <paramref name="strings"/>' language ("italiano").</summary>
    public static string LanguageName(string code, Strings strings) => strings["lang." + code];

    /// <summary>The phase <paramref name="text"/> names: its id (<c>rules</c>) or its label in any language (<c>regole di interazione</c>).</summary>
    public static MeicPhase? Phase(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Names.TryParse<MeicPhase>(text.Trim(), out var phase)) return phase;
        // The SDK's vocabulary first (its labels and synonyms in every language), then the host's own labels.
        if (Vocabularies.Shared.TryParse<MeicPhase>(text, out phase)) return phase;
        var key = Countries.Fold(text);
        foreach (var table in Strings.SupportedLanguages)
        {
            var t = HostStrings.Load(table);
            foreach (var id in PhaseKeys)
            {
                var label = Countries.Fold(t["phase." + id]);
                // The whole label, or its first word ("mediazione" for "mediazione e arbitrato").
                if (label == key || label.Split(' ')[0] == key) return Names.TryParse<MeicPhase>(id, out var p) ? p : null;
            }
        }
        return null;
    }

    /// <summary>Every phase label in <paramref name="strings"/>' language, to say what is expected.</summary>
    public static string PhaseChoices(Strings strings) => string.Join(", ", PhaseKeys.Select(id => strings["phase." + id]));

    /// <summary>The phase's label in <paramref name="strings"/>' language.</summary>
    public static string PhaseLabel(MeicPhase phase, Strings strings) => strings["phase." + Names.Kebab(phase)];

    /// <summary>Whether <paramref name="id"/> is an IANA time zone this machine knows; otherwise the nearest known one.</summary>
    public static bool IsTimeZone(string? id, out string? nearest)
    {
        nearest = null;
        if (string.IsNullOrWhiteSpace(id)) return false;
        // IANA ids only: on Linux the runtime also accepts Windows names ("W. Europe Standard Time"), which a
        // calendar in another program would not understand.
        if (id.Contains('/') || id is "UTC")
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId) return true;
        nearest = Names.Nearest(id, Known());
        return false;
    }

    private static IEnumerable<string> Known()
    {
        foreach (var c in Countries.All) yield return c.TimeZone;
        foreach (var z in TimeZoneInfo.GetSystemTimeZones())
            if (z.HasIanaId) yield return z.Id;
    }
}
