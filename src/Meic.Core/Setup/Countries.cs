using System.Globalization;
using System.Text;

namespace Meic.Core.Setup;

/// <summary>A country a cluster may be in: its ISO 3166 code, its main time zone, its name in each language.</summary>
public sealed record Country(string Code, string TimeZone, string English, string Italian, string Spanish)
{
    /// <summary>The country's name in <paramref name="language"/> (it, es, en).</summary>
    public string Name(string language) => language switch { "it" => Italian, "es" => Spanish, _ => English };
}

/// <summary>
/// The countries the setup knows by name, so a city's time zone can default from its country. Europe, where the
/// model was piloted, and its neighbours; any other country is given by its ISO code with an explicit time zone.
/// </summary>
public static class Countries
{
    /// <summary>Every known country, by code.</summary>
    public static IReadOnlyList<Country> All { get; } =
    [
        new("IT", "Europe/Rome", "Italy", "Italia", "Italia"),
        new("ES", "Europe/Madrid", "Spain", "Spagna", "España"),
        new("PT", "Europe/Lisbon", "Portugal", "Portogallo", "Portugal"),
        new("FR", "Europe/Paris", "France", "Francia", "Francia"),
        new("DE", "Europe/Berlin", "Germany", "Germania", "Alemania"),
        new("AT", "Europe/Vienna", "Austria", "Austria", "Austria"),
        new("CH", "Europe/Zurich", "Switzerland", "Svizzera", "Suiza"),
        new("BE", "Europe/Brussels", "Belgium", "Belgio", "Bélgica"),
        new("NL", "Europe/Amsterdam", "Netherlands", "Paesi Bassi", "Países Bajos"),
        new("LU", "Europe/Luxembourg", "Luxembourg", "Lussemburgo", "Luxemburgo"),
        new("IE", "Europe/Dublin", "Ireland", "Irlanda", "Irlanda"),
        new("GB", "Europe/London", "United Kingdom", "Regno Unito", "Reino Unido"),
        new("MT", "Europe/Malta", "Malta", "Malta", "Malta"),
        new("GR", "Europe/Athens", "Greece", "Grecia", "Grecia"),
        new("CY", "Asia/Nicosia", "Cyprus", "Cipro", "Chipre"),
        new("SI", "Europe/Ljubljana", "Slovenia", "Slovenia", "Eslovenia"),
        new("HR", "Europe/Zagreb", "Croatia", "Croazia", "Croacia"),
        new("HU", "Europe/Budapest", "Hungary", "Ungheria", "Hungría"),
        new("CZ", "Europe/Prague", "Czechia", "Cechia", "Chequia"),
        new("SK", "Europe/Bratislava", "Slovakia", "Slovacchia", "Eslovaquia"),
        new("PL", "Europe/Warsaw", "Poland", "Polonia", "Polonia"),
        new("RO", "Europe/Bucharest", "Romania", "Romania", "Rumanía"),
        new("BG", "Europe/Sofia", "Bulgaria", "Bulgaria", "Bulgaria"),
        new("DK", "Europe/Copenhagen", "Denmark", "Danimarca", "Dinamarca"),
        new("SE", "Europe/Stockholm", "Sweden", "Svezia", "Suecia"),
        new("FI", "Europe/Helsinki", "Finland", "Finlandia", "Finlandia"),
        new("NO", "Europe/Oslo", "Norway", "Norvegia", "Noruega"),
        new("EE", "Europe/Tallinn", "Estonia", "Estonia", "Estonia"),
        new("LV", "Europe/Riga", "Latvia", "Lettonia", "Letonia"),
        new("LT", "Europe/Vilnius", "Lithuania", "Lituania", "Lituania"),
        new("AL", "Europe/Tirane", "Albania", "Albania", "Albania"),
        new("RS", "Europe/Belgrade", "Serbia", "Serbia", "Serbia"),
        new("BA", "Europe/Sarajevo", "Bosnia and Herzegovina", "Bosnia ed Erzegovina", "Bosnia y Herzegovina"),
        new("GE", "Asia/Tbilisi", "Georgia", "Georgia", "Georgia"),
        new("TR", "Europe/Istanbul", "Türkiye", "Turchia", "Turquía"),
        new("MA", "Africa/Casablanca", "Morocco", "Marocco", "Marruecos"),
        new("TN", "Africa/Tunis", "Tunisia", "Tunisia", "Túnez"),
    ];

    /// <summary>The country named by <paramref name="text"/>: its code or its name in any language, ignoring case and accents.</summary>
    public static Country? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var key = Fold(text);
        foreach (var c in All)
            if (Fold(c.Code) == key || Fold(c.English) == key || Fold(c.Italian) == key || Fold(c.Spanish) == key) return c;
        return null;
    }

    /// <summary>The country a template or a language suggests: Italian clusters are usually in Italy, Spanish ones in Spain.</summary>
    public static Country? ForLanguage(string language) => language switch { "it" => Find("IT"), "es" => Find("ES"), _ => null };

    /// <summary>Lower case without accents, for comparing what people type.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(ch));
        return sb.ToString();
    }
}
