using System.Globalization;

namespace Meic.Agreements.Rendering;

/// <summary>The fixed words of a rendered agreement, in the agreement's own language (not the UI's).</summary>
public sealed record DocumentWords(
    string Language, string Article, string Signatures, string Party, string Representative, string Role, string Date, string Signature,
    string Edition, string RepresentedBy, string Accession, string NoCommitments, string Draft, string Parties)
{
    public static DocumentWords For(string language) => language switch
    {
        "it" => new("it", "Art.", "Firme", "Parte", "Rappresentante", "Ruolo", "Data", "Firma", "Versione", "rappresentata da", "per adesione", "nessun impegno registrato", "bozza", "Parti"),
        "es" => new("es", "Cláusula", "Firmas", "Parte", "Representante", "Cargo", "Fecha", "Firma", "Versión", "representada por", "por adhesión", "ningún compromiso registrado", "borrador", "Partes"),
        _ => new("en", "Article", "Signatures", "Party", "Representative", "Role", "Date", "Signature", "Version", "represented by", "by accession", "no commitment recorded", "draft", "Parties"),
    };

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language switch { "it" => "it-IT", "es" => "es-ES", _ => "en-GB" });

    public string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public string FormatAmount(decimal amount) => amount.ToString("#,##0.##", Culture);
}
