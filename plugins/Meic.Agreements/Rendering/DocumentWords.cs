using System.Globalization;
using Meic.Sdk.Text;

namespace Meic.Agreements.Rendering;

/// <summary>The fixed words of a rendered agreement, in the agreement's own language (not the UI's).</summary>
/// <param name="NoCommitments">A party's commitments when none is recorded: a line to fill in by hand, which must read as one.</param>
/// <param name="ReadAndSigned">The formula a protocol ends with before the signatures ("Letto, approvato e sottoscritto").</param>
/// <param name="Page">The footer's "page X of Y", with {0} for the page and {1} for the count.</param>
/// <param name="Blank">What stands for a place or date still to be written by hand.</param>
public sealed record DocumentWords(
    string Language, string Article, string Signatures, string Party, string Representative, string Role, string Date, string Signature,
    string Edition, string RepresentedBy, string Accession, string NoCommitments, string Draft, string Parties,
    string ReadAndSigned, string Page, string Blank)
{
    public static DocumentWords For(string language) => language switch
    {
        "it" => new("it", "Art.", "Firme", "Parte", "Rappresentante", "Ruolo", "Data", "Firma", "Versione", "rappresentata da", "per adesione",
            "impegni da indicare a mano: ______________________________", "bozza", "Parti",
            "Letto, approvato e sottoscritto.", "pagina {0} di {1}", "________________"),
        "es" => new("es", "Cláusula", "Firmas", "Parte", "Representante", "Cargo", "Fecha", "Firma", "Versión", "representada por", "por adhesión",
            "compromisos a completar a mano: ______________________________", "borrador", "Partes",
            "Leído y aprobado, se firma.", "página {0} de {1}", "________________"),
        _ => new("en", "Article", "Signatures", "Party", "Representative", "Role", "Date", "Signature", "Version", "represented by", "by accession",
            "commitments to be filled in by hand: ______________________________", "draft", "Parties",
            "Read, approved and signed.", "page {0} of {1}", "________________"),
    };

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language switch { "it" => "it-IT", "es" => "es-ES", _ => "en-GB" });

    /// <summary>A date in words as the language writes it ("1° gennaio 2027", "1 de enero de 2027"): the SDK's one wording.</summary>
    public string FormatDate(DateOnly date) => Dates.Format(date, Language);

    public string FormatAmount(decimal amount) => amount.ToString("#,##0.##", Culture);
}
