using Newtonsoft.Json;

namespace Meic.Mapping.Domain;

/// <summary>
/// The `map metrics --json` report written field by field through Newtonsoft.Json's writer: the same text
/// the serializer gives with the toolkit's settings (camelCase, nulls left out, indented — a test compares
/// them), without building contracts by reflection for every record type on each run.
/// </summary>
public static class MetricsJson
{
    public static void Write(TextWriter output, MetricsReport report)
    {
        using var w = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        w.WriteStartObject();
        w.WritePropertyName("network");
        var n = report.Network;
        w.WriteStartObject();
        Field(w, "actors", n.Actors);
        Field(w, "ties", n.Ties);
        w.WritePropertyName("directed"); w.WriteValue(n.Directed);
        Field(w, "density", n.Density);
        Field(w, "reciprocity", n.Reciprocity);
        Field(w, "degreeCentralisation", n.DegreeCentralisation);
        Field(w, "components", n.Components);
        Field(w, "largestComponent", n.LargestComponent);
        Field(w, "averageClustering", n.AverageClustering);
        Field(w, "transitivity", n.Transitivity);
        Field(w, "averagePathLength", n.AveragePathLength);
        Field(w, "communities", n.Communities);
        Field(w, "modularity", n.Modularity);
        Field(w, "wave", n.Wave);
        Field(w, "groupedBy", n.GroupedBy);
        w.WriteEndObject();
        w.WritePropertyName("actors");
        w.WriteStartArray();
        foreach (var a in report.Actors)
        {
            w.WriteStartObject();
            Field(w, "id", a.Id);
            Field(w, "name", a.Name);
            Field(w, "group", a.Group);
            Field(w, "degree", a.Degree);
            Field(w, "inDegree", a.InDegree);
            Field(w, "outDegree", a.OutDegree);
            Field(w, "weightedDegree", a.WeightedDegree);
            Field(w, "betweenness", a.Betweenness);
            Field(w, "closeness", a.Closeness);
            Field(w, "eigenvector", a.Eigenvector);
            Field(w, "constraint", a.Constraint);
            Field(w, "clustering", a.Clustering);
            Field(w, "community", a.Community);
            if (a.Brokerage is { } b)
            {
                w.WritePropertyName("brokerage");
                w.WriteStartObject();
                Field(w, "coordinator", b.Coordinator);
                Field(w, "gatekeeper", b.Gatekeeper);
                Field(w, "representative", b.Representative);
                Field(w, "itinerant", b.Itinerant);
                Field(w, "liaison", b.Liaison);
                Field(w, "total", b.Total);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteLine();
    }

    private static void Field(JsonTextWriter w, string name, string? value)
    {
        if (value is null) return;
        w.WritePropertyName(name); w.WriteValue(value);
    }

    private static void Field(JsonTextWriter w, string name, double? value)
    {
        if (value is not { } v) return;
        w.WritePropertyName(name); w.WriteValue(v);
    }

    private static void Field(JsonTextWriter w, string name, int? value)
    {
        if (value is not { } v) return;
        w.WritePropertyName(name); w.WriteValue(v);
    }
}
