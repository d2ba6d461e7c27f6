namespace Meic.Brokerage.Charter;

/// <summary>The charter's fixed texts in it, es, en.</summary>
internal static class CharterText
{
    private static readonly Dictionary<string, Dictionary<string, string>> Table = new()
    {
        ["en"] = new()
        {
            ["title"] = "Service charter", ["intro"] = "The services offered by the members of the network to migrants and refugees in {0}: what they offer, for whom, where, when and how to access them.",
            ["skip"] = "Skip to content", ["search"] = "Search services", ["searchButton"] = "Search", ["searchHint"] = "A need, a service, an area, a district or a language (for example: work, housing, Arabic).",
            ["results"] = "Search results", ["found"] = "{0} service(s) found for “{1}”.", ["none"] = "No service found for “{0}”. Try another word, or contact the network.",
            ["directory"] = "All services", ["empty"] = "No services have been published yet. The network is building its directory: please contact it directly.",
            ["provider"] = "Offered by", ["forWhom"] = "For whom", ["everyone"] = "everyone", ["where"] = "Where", ["when"] = "When", ["access"] = "How to access",
            ["cost"] = "Cost", ["languages"] = "Languages spoken", ["contact"] = "Contact", ["documents"] = "Documents to bring", ["age"] = "Age",
            ["contacts"] = "Contact the network", ["promoter"] = "Promoted by", ["updated"] = "Updated on {0}.", ["openData"] = "Open data (Open Referral HSDS 3.0)",
            ["language"] = "Language", ["otherArea"] = "Other services", ["full"] = "currently full", ["cityWide"] = "whole city",
        },
        ["it"] = new()
        {
            ["title"] = "Carta dei servizi", ["intro"] = "I servizi offerti dai membri della rete a migranti e rifugiati a {0}: che cosa offrono, per chi, dove, quando e come accedervi.",
            ["skip"] = "Vai al contenuto", ["search"] = "Cerca un servizio", ["searchButton"] = "Cerca", ["searchHint"] = "Un bisogno, un servizio, un'area, un municipio o una lingua (per esempio: lavoro, casa, arabo).",
            ["results"] = "Risultati della ricerca", ["found"] = "{0} servizi trovati per «{1}».", ["none"] = "Nessun servizio trovato per «{0}». Prova un'altra parola o contatta la rete.",
            ["directory"] = "Tutti i servizi", ["empty"] = "Non è ancora stato pubblicato alcun servizio. La rete sta costruendo il suo catalogo: contattala direttamente.",
            ["provider"] = "Offerto da", ["forWhom"] = "Per chi", ["everyone"] = "tutti", ["where"] = "Dove", ["when"] = "Quando", ["access"] = "Come accedere",
            ["cost"] = "Costo", ["languages"] = "Lingue parlate", ["contact"] = "Contatti", ["documents"] = "Documenti da portare", ["age"] = "Età",
            ["contacts"] = "Contatta la rete", ["promoter"] = "Promossa da", ["updated"] = "Aggiornata il {0}.", ["openData"] = "Dati aperti (Open Referral HSDS 3.0)",
            ["language"] = "Lingua", ["otherArea"] = "Altri servizi", ["full"] = "al momento al completo", ["cityWide"] = "tutta la città",
        },
        ["es"] = new()
        {
            ["title"] = "Carta de servicios", ["intro"] = "Los servicios que ofrecen los miembros de la red a personas migrantes y refugiadas en {0}: qué ofrecen, para quién, dónde, cuándo y cómo acceder.",
            ["skip"] = "Ir al contenido", ["search"] = "Buscar servicios", ["searchButton"] = "Buscar", ["searchHint"] = "Una necesidad, un servicio, un área, un distrito o un idioma (por ejemplo: trabajo, vivienda, árabe).",
            ["results"] = "Resultados de la búsqueda", ["found"] = "{0} servicio(s) encontrados para «{1}».", ["none"] = "Ningún servicio encontrado para «{0}». Pruebe otra palabra o contacte con la red.",
            ["directory"] = "Todos los servicios", ["empty"] = "Todavía no se ha publicado ningún servicio. La red está construyendo su directorio: contacte con ella directamente.",
            ["provider"] = "Ofrecido por", ["forWhom"] = "Para quién", ["everyone"] = "todas las personas", ["where"] = "Dónde", ["when"] = "Cuándo", ["access"] = "Cómo acceder",
            ["cost"] = "Coste", ["languages"] = "Idiomas", ["contact"] = "Contacto", ["documents"] = "Documentos necesarios", ["age"] = "Edad",
            ["contacts"] = "Contacte con la red", ["promoter"] = "Promovida por", ["updated"] = "Actualizada el {0}.", ["openData"] = "Datos abiertos (Open Referral HSDS 3.0)",
            ["language"] = "Idioma", ["otherArea"] = "Otros servicios", ["full"] = "actualmente completo", ["cityWide"] = "toda la ciudad",
        },
    };

    public static string Get(string language, string key, params object[] args)
    {
        var text = Table.GetValueOrDefault(language)?.GetValueOrDefault(key) ?? Table["en"][key];
        return args.Length == 0 ? text : string.Format(System.Globalization.CultureInfo.InvariantCulture, text, args);
    }

    public static readonly Dictionary<string, string> LanguageNames = new() { ["it"] = "Italiano", ["es"] = "Español", ["en"] = "English" };
}
