using Meic.Sdk.Tables;

namespace Meic.Mapping.Domain;

/// <summary>The fields of the tables the mapping plugin imports, with the column names people use for them in Italian, Spanish and English.</summary>
public static class ImportSchemas
{
    public static TableSchema Actors(string what) => new(what,
    [
        new TableField("id", false, "identificativo", "codice", "identificador", "codigo", "key", "chiave", "clave"),
        new TableField("name", true, "label", "nome", "nombre", "ente", "entidad", "organizzazione", "organizacion", "organisation", "organization", "denominazione", "denominacion", "ragione sociale", "razon sociale", "attore", "actor"),
        new TableField("sector", true, "type", "tipo", "settore", "tipo di ente", "tipo de entidad", "categoria"),
        new TableField("area", true, "areas", "aree", "ambito", "ambiti", "ambitos", "area tematica", "area tematiche", "tematica", "tema"),
        new TableField("district", false, "municipio", "municipi", "distretto", "quartiere", "zona", "distrito", "barrio", "territorio"),
        new TableField("mandate", false, "mandato", "mission", "missione", "mision", "finalita", "finalidad"),
        new TableField("stage", false, "fase", "stadio", "stato", "etapa", "estado", "engagement", "coinvolgimento", "implicacion"),
        new TableField("networkKind", false, "network kind", "network", "rete", "tipo di rete", "red", "tipo de red"),
        new TableField("promoter", false, "promotore", "promotor", "promotora", "promotrice"),
        new TableField("tags", false, "tag", "etichette", "etiquetas", "labels"),
        new TableField("services", false, "servizi", "servicios", "servizio", "servicio", "offerta", "oferta"),
        new TableField("forWhom", false, "for whom", "per chi", "para quien", "destinatari", "destinatarios", "beneficiari", "beneficiarios", "target"),
    ]);

    public static TableSchema Ties(string what) => new(what,
    [
        new TableField("source", true, "from", "da", "desde", "de", "attore 1", "actor 1", "origine legame"),
        new TableField("target", true, "to", "a", "hasta", "verso", "para", "attore 2", "actor 2", "destinazione", "destino"),
        new TableField("kind", false, "type", "tipo", "tipo di legame", "tipo de vinculo", "tipo de lazo", "relazione", "relacion", "legame", "vinculo", "lazo"),
        new TableField("directed", false, "direction", "direzione", "direccion", "diretto", "dirigido", "orientato"),
        new TableField("intensity", false, "intensita", "intensidad", "livello", "nivel"),
        new TableField("weight", false, "peso"),
        new TableField("trust", false, "fiducia", "confianza"),
        new TableField("value", false, "valore", "valor"),
        new TableField("since", false, "dal", "inizio", "inicio", "desde cuando", "data inizio", "fecha inicio"),
        new TableField("origin", false, "origine", "origen", "fonte", "fuente"),
        new TableField("wave", false, "ondata", "rilevazione", "oleada", "ola"),
        new TableField("note", false, "notes", "nota", "notas"),
    ]);

    public static TableSchema Population(string what) => new(what,
    [
        new TableField("dimension", true, "dimensione", "dimension", "variabile", "variable"),
        new TableField("category", true, "categoria", "categoría", "valore categoria", "gruppo", "grupo"),
        new TableField("count", true, "numero", "número", "conteggio", "totale", "total", "n"),
        new TableField("district", false, "municipio", "distretto", "distrito", "zona"),
        new TableField("year", false, "anno", "año", "ano"),
        new TableField("source", false, "fonte", "fuente"),
    ]);

    public static TableSchema Needs(string what) => new(what,
    [
        new TableField("area", true, "ambito", "área", "ámbito", "tema"),
        new TableField("description", true, "descrizione", "descripción", "bisogno", "necesidad", "need"),
        new TableField("source", true, "fonte", "fuente", "origine", "origen"),
        new TableField("date", false, "data", "fecha"),
        new TableField("district", false, "municipio", "distretto", "distrito", "zona"),
        new TableField("forWhom", false, "for whom", "per chi", "para quien", "destinatari", "destinatarios"),
        new TableField("keywords", false, "parole chiave", "palabras clave", "keyword", "chiavi"),
    ]);
}
