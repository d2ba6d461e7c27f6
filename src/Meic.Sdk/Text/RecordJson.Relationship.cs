using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

internal static partial class RecordJson
{
    private static void WriteRelationship(JsonPrinter w, Relationship t)
    {
        w.StartObject();
        String(w, "source", t.Source);
        String(w, "target", t.Target);
        Enum(w, "kind", t.Kind);
        w.Boolean("directed", t.Directed);
        Enum(w, "intensity", t.Intensity);
        Number(w, "weight", t.Weight);
        Number(w, "trust", t.Trust);
        Number(w, "value", t.Value);
        Date(w, "since", t.Since);
        Enum(w, "origin", t.Origin);
        String(w, "wave", t.Wave);
        String(w, "note", t.Note);
        String(w, "id", t.Id);
        w.EndObject();
    }

    private static Relationship ReadRelationship(JsonScanner r) => Object(r, new Relationship(), RelationshipProperty);

    private static void RelationshipProperty(JsonScanner r, Relationship t, string name)
    {
        switch (name)
        {
            case "id": t.Id = Text(r); break;
            case "source": t.Source = Str(r)!; break;
            case "target": t.Target = Str(r)!; break;
            case "kind": t.Kind = (TieKind)Enum(r, typeof(TieKind)); break;
            case "directed": t.Directed = Bool(r); break;
            case "intensity": t.Intensity = (TieIntensity)Enum(r, typeof(TieIntensity)); break;
            case "weight": t.Weight = Double(r); break;
            case "trust": t.Trust = DoubleOrNull(r); break;
            case "value": t.Value = DoubleOrNull(r); break;
            case "since": t.Since = DateOrNull(r); break;
            case "origin": t.Origin = (TieSource)Enum(r, typeof(TieSource)); break;
            case "wave": t.Wave = Str(r); break;
            case "note": t.Note = Str(r); break;
            default: r.Skip(); break;
        }
    }
}
