using Meic.Sdk.Model;
using Meic.Sdk.Tables;

namespace Meic.Mapping.Domain;

/// <summary>The fields of the tables the mapping plugin imports, with the column names people use for them in Italian, Spanish and English.</summary>
public static class ImportSchemas
{
    // The name each field is shown by in previews, help and refusals (and may be typed as), per language.
    private static LocalizedText L(string it, string es, string en) => new() { ["it"] = it, ["es"] = es, ["en"] = en };

    /// <summary>The name in <paramref name="language"/> of a field of an actors or ties sheet (<paramref name="kind"/> "actors" or "ties").</summary>
    public static string FieldLabel(string kind, string field, string language) =>
        (kind == "ties" ? Ties(kind) : Actors(kind)).LabelOf(field, language);

    public static TableSchema Actors(string what) => new(what,
    [
        new TableField("id", false, "identificativo", "codice", "identificador", "codigo", "key", "chiave", "clave") { Labels = L("id", "id", "id") },
        new TableField("name", true, "label", "nome", "nombre", "ente", "entidad", "organizzazione", "organizacion", "organisation", "organization", "denominazione", "denominacion", "ragione sociale", "razon sociale", "attore", "actor") { Labels = L("nome", "nombre", "name") },
        new TableField("sector", true, "type", "tipo", "settore", "tipo di ente", "tipo de entidad", "categoria") { Labels = L("settore", "sector", "sector") },
        new TableField("area", true, "areas", "aree", "ambito", "ambiti", "ambitos", "area tematica", "area tematiche", "tematica", "tema") { Labels = L("ambito", "ámbito", "area") },
        new TableField("district", false, "municipio", "municipi", "distretto", "quartiere", "zona", "distrito", "barrio", "territorio") { Labels = L("zona", "distrito", "district") },
        new TableField("mandate", false, "mandato", "mission", "missione", "mision", "finalita", "finalidad") { Labels = L("mandato", "mandato", "mandate") },
        new TableField("stage", false, "fase", "stadio", "stato", "etapa", "estado", "engagement", "coinvolgimento", "implicacion") { Labels = L("fase", "etapa", "stage") },
        new TableField("networkKind", false, "network kind", "network", "rete", "tipo di rete", "red", "tipo de red") { Labels = L("tipo di rete", "tipo de red", "network kind") },
        new TableField("promoter", false, "promotore", "promotor", "promotora", "promotrice") { Labels = L("promotore", "promotor", "promoter") },
        new TableField("tags", false, "tag", "etichette", "etiquetas", "labels") { Labels = L("etichette", "etiquetas", "tags") },
        new TableField("services", false, "servizi", "servicios", "servizio", "servicio", "offerta", "oferta") { Labels = L("servizi", "servicios", "services") },
        new TableField("forWhom", false, "for whom", "per chi", "para quien", "destinatari", "destinatarios", "beneficiari", "beneficiarios", "target") { Labels = L("per chi", "para quién", "for whom") },
    ]);

    public static TableSchema Ties(string what) => new(what,
    [
        new TableField("source", true, "from", "da", "desde", "de", "attore 1", "actor 1", "origine legame") { Labels = L("da", "desde", "from") },
        new TableField("target", true, "to", "a", "hasta", "verso", "para", "attore 2", "actor 2", "destinazione", "destino") { Labels = L("a", "hasta", "to") },
        new TableField("kind", false, "type", "tipo", "tipo di legame", "tipo de vinculo", "tipo de lazo", "relazione", "relacion", "legame", "vinculo", "lazo") { Labels = L("tipo", "tipo", "kind") },
        new TableField("directed", false, "direction", "direzione", "direccion", "diretto", "dirigido", "orientato") { Labels = L("diretto", "dirigido", "directed") },
        new TableField("intensity", false, "intensita", "intensidad", "livello", "nivel") { Labels = L("intensità", "intensidad", "intensity") },
        new TableField("weight", false, "peso") { Labels = L("peso", "peso", "weight") },
        new TableField("trust", false, "fiducia", "confianza") { Labels = L("fiducia", "confianza", "trust") },
        new TableField("value", false, "valore", "valor") { Labels = L("valore", "valor", "value") },
        new TableField("since", false, "dal", "inizio", "inicio", "desde cuando", "data inizio", "fecha inicio") { Labels = L("dal", "desde cuándo", "since") },
        new TableField("origin", false, "origine", "origen", "fonte", "fuente") { Labels = L("fonte", "fuente", "origin") },
        new TableField("wave", false, "ondata", "rilevazione", "oleada", "ola") { Labels = L("ondata", "oleada", "wave") },
        new TableField("note", false, "notes", "nota", "notas") { Labels = L("nota", "nota", "note") },
    ]);

    public static TableSchema Population(string what) => new(what,
    [
        new TableField("dimension", true, "dimensione", "dimension", "variabile", "variable") { Labels = L("dimensione", "dimensión", "dimension") },
        new TableField("category", true, "categoria", "categoría", "valore categoria", "gruppo", "grupo") { Labels = L("categoria", "categoría", "category") },
        new TableField("count", true, "numero", "número", "conteggio", "totale", "total", "n") { Labels = L("numero", "número", "count") },
        new TableField("district", false, "municipio", "distretto", "distrito", "zona") { Labels = L("zona", "distrito", "district") },
        new TableField("year", false, "anno", "año", "ano") { Labels = L("anno", "año", "year") },
        new TableField("source", false, "fonte", "fuente") { Labels = L("fonte", "fuente", "source") },
    ]);

    public static TableSchema Needs(string what) => new(what,
    [
        new TableField("area", true, "ambito", "área", "ámbito", "tema") { Labels = L("ambito", "ámbito", "area") },
        new TableField("description", true, "descrizione", "descripción", "bisogno", "necesidad", "need") { Labels = L("descrizione", "descripción", "description") },
        new TableField("source", true, "fonte", "fuente", "origine", "origen") { Labels = L("fonte", "fuente", "source") },
        new TableField("date", false, "data", "fecha") { Labels = L("data", "fecha", "date") },
        new TableField("district", false, "municipio", "distretto", "distrito", "zona") { Labels = L("zona", "distrito", "district") },
        new TableField("forWhom", false, "for whom", "per chi", "para quien", "destinatari", "destinatarios") { Labels = L("per chi", "para quién", "for whom") },
        new TableField("keywords", false, "parole chiave", "palabras clave", "keyword", "chiavi") { Labels = L("parole chiave", "palabras clave", "keywords") },
    ]);
}
