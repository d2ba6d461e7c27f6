using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

internal static partial class RecordJson
{
    private static void WriteCluster(JsonPrinter w, Cluster c)
    {
        w.StartObject();
        String(w, "name", c.Name);
        String(w, "city", c.City);
        String(w, "country", c.Country);
        String(w, "language", c.Language);
        Strings(w, "languages", c.Languages);
        String(w, "promoter", c.Promoter);
        String(w, "promoterId", c.PromoterId);
        String(w, "secretariat", c.Secretariat);
        String(w, "timeZone", c.TimeZone);
        Enum(w, "phase", c.Phase);
        String(w, "template", c.Template);
        List(w, "areas", c.Areas, WriteArea);
        Strings(w, "districts", c.Districts);
        List(w, "context", c.Context, WriteFact);
        Instant(w, "createdAt", c.CreatedAt);
        String(w, "id", c.Id);
        w.EndObject();
    }

    private static void WriteArea(JsonPrinter w, AreaDefinition a)
    {
        w.StartObject();
        String(w, "id", a.Id);
        Localized(w, "label", a.Label);
        Number(w, "mappedReference", a.MappedReference);
        String(w, "referenceNote", a.ReferenceNote);
        Strings(w, "synonyms", a.Synonyms);
        w.EndObject();
    }

    private static void WriteFact(JsonPrinter w, ContextFact f)
    {
        w.StartObject();
        Localized(w, "label", f.Label);
        Number(w, "value", f.Value);
        String(w, "source", f.Source);
        Number(w, "year", f.Year);
        w.EndObject();
    }

    private static Cluster ReadCluster(JsonScanner r) => Object(r, new Cluster(), ClusterProperty);

    private static void ClusterProperty(JsonScanner r, Cluster c, string name)
    {
        switch (name)
        {
            case "id": c.Id = Text(r); break;
            case "name": c.Name = Str(r)!; break;
            case "city": c.City = Str(r)!; break;
            case "country": c.Country = Str(r)!; break;
            case "language": c.Language = Str(r)!; break;
            case "languages": c.Languages = Strings(r)!; break;
            case "promoter": c.Promoter = Str(r)!; break;
            case "promoterid": c.PromoterId = Str(r)!; break;
            case "secretariat": c.Secretariat = Str(r)!; break;
            case "timezone": c.TimeZone = Str(r)!; break;
            case "phase": c.Phase = (MeicPhase)Enum(r, typeof(MeicPhase)); break;
            case "template": c.Template = Str(r)!; break;
            case "areas": c.Areas = List(r, ReadArea)!; break;
            case "districts": c.Districts = Strings(r)!; break;
            case "context": c.Context = List(r, ReadFact)!; break;
            case "createdat": c.CreatedAt = Instant(r); break;
            default: r.Skip(); break;
        }
    }

    private static AreaDefinition ReadArea(JsonScanner r) => Object(r, new AreaDefinition(), AreaProperty);

    private static void AreaProperty(JsonScanner r, AreaDefinition a, string name)
    {
        switch (name)
        {
            case "id": a.Id = Str(r)!; break;
            case "label": a.Label = Localized(r)!; break;
            case "mappedreference": a.MappedReference = IntOrNull(r); break;
            case "referencenote": a.ReferenceNote = Str(r); break;
            case "synonyms": a.Synonyms = Strings(r)!; break;
            default: r.Skip(); break;
        }
    }

    private static ContextFact ReadFact(JsonScanner r) => Object(r, new ContextFact(), FactProperty);

    private static void FactProperty(JsonScanner r, ContextFact f, string name)
    {
        switch (name)
        {
            case "label": f.Label = Localized(r)!; break;
            case "value": f.Value = Decimal(r); break;
            case "source": f.Source = Str(r)!; break;
            case "year": f.Year = IntOrNull(r); break;
            default: r.Skip(); break;
        }
    }
}
