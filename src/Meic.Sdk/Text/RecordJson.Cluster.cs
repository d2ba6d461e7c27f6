using System.Text.Json;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

internal static partial class RecordJson
{
    private static void WriteCluster(Utf8JsonWriter w, Cluster c)
    {
        w.WriteStartObject();
        String(w, "name", c.Name);
        String(w, "city", c.City);
        String(w, "country", c.Country);
        String(w, "language", c.Language);
        Strings(w, "languages", c.Languages);
        String(w, "promoter", c.Promoter);
        Enum(w, "phase", c.Phase);
        String(w, "template", c.Template);
        List(w, "areas", c.Areas, WriteArea);
        Strings(w, "districts", c.Districts);
        List(w, "context", c.Context, WriteFact);
        w.WriteString("createdAt", c.CreatedAt);
        String(w, "id", c.Id);
        w.WriteEndObject();
    }

    private static void WriteArea(Utf8JsonWriter w, AreaDefinition a)
    {
        w.WriteStartObject();
        String(w, "id", a.Id);
        Localized(w, "label", a.Label);
        Number(w, "mappedReference", a.MappedReference);
        String(w, "referenceNote", a.ReferenceNote);
        w.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter w, ContextFact f)
    {
        w.WriteStartObject();
        Localized(w, "label", f.Label);
        Number(w, "value", f.Value);
        String(w, "source", f.Source);
        Number(w, "year", f.Year);
        w.WriteEndObject();
    }

    private static Cluster ReadCluster(ref Utf8JsonReader r) => Object(ref r, new Cluster(), ClusterProperty);

    private static void ClusterProperty(ref Utf8JsonReader r, Cluster c, string name)
    {
        switch (name)
        {
            case "id": c.Id = Text(ref r); break;
            case "name": c.Name = Str(ref r)!; break;
            case "city": c.City = Str(ref r)!; break;
            case "country": c.Country = Str(ref r)!; break;
            case "language": c.Language = Str(ref r)!; break;
            case "languages": c.Languages = Strings(ref r)!; break;
            case "promoter": c.Promoter = Str(ref r)!; break;
            case "phase": c.Phase = (MeicPhase)Enum(ref r, typeof(MeicPhase)); break;
            case "template": c.Template = Str(ref r)!; break;
            case "areas": c.Areas = List(ref r, ReadArea)!; break;
            case "districts": c.Districts = Strings(ref r)!; break;
            case "context": c.Context = List(ref r, ReadFact)!; break;
            case "createdat": c.CreatedAt = Instant(ref r); break;
            default: r.Skip(); break;
        }
    }

    private static AreaDefinition ReadArea(ref Utf8JsonReader r) => Object(ref r, new AreaDefinition(), AreaProperty);

    private static void AreaProperty(ref Utf8JsonReader r, AreaDefinition a, string name)
    {
        switch (name)
        {
            case "id": a.Id = Str(ref r)!; break;
            case "label": a.Label = Localized(ref r)!; break;
            case "mappedreference": a.MappedReference = IntOrNull(ref r); break;
            case "referencenote": a.ReferenceNote = Str(ref r); break;
            default: r.Skip(); break;
        }
    }

    private static ContextFact ReadFact(ref Utf8JsonReader r) => Object(ref r, new ContextFact(), FactProperty);

    private static void FactProperty(ref Utf8JsonReader r, ContextFact f, string name)
    {
        switch (name)
        {
            case "label": f.Label = Localized(ref r)!; break;
            case "value": f.Value = Decimal(ref r); break;
            case "source": f.Source = Str(ref r)!; break;
            case "year": f.Year = IntOrNull(ref r); break;
            default: r.Skip(); break;
        }
    }
}
