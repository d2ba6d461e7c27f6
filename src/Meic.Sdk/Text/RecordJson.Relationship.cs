using System.Text.Json;
using Meic.Sdk.Model;

namespace Meic.Sdk.Text;

internal static partial class RecordJson
{
    private static void WriteRelationship(Utf8JsonWriter w, Relationship t)
    {
        w.WriteStartObject();
        String(w, "source", t.Source);
        String(w, "target", t.Target);
        Enum(w, "kind", t.Kind);
        w.WriteBoolean("directed", t.Directed);
        Enum(w, "intensity", t.Intensity);
        Number(w, "weight", t.Weight);
        Number(w, "trust", t.Trust);
        Number(w, "value", t.Value);
        Date(w, "since", t.Since);
        Enum(w, "origin", t.Origin);
        String(w, "wave", t.Wave);
        String(w, "note", t.Note);
        String(w, "id", t.Id);
        w.WriteEndObject();
    }

    private static Relationship ReadRelationship(ref Utf8JsonReader r) => Object(ref r, new Relationship(), RelationshipProperty);

    private static void RelationshipProperty(ref Utf8JsonReader r, Relationship t, string name)
    {
        switch (name)
        {
            case "id": t.Id = Text(ref r); break;
            case "source": t.Source = Str(ref r)!; break;
            case "target": t.Target = Str(ref r)!; break;
            case "kind": t.Kind = (TieKind)Enum(ref r, typeof(TieKind)); break;
            case "directed": t.Directed = Bool(ref r); break;
            case "intensity": t.Intensity = (TieIntensity)Enum(ref r, typeof(TieIntensity)); break;
            case "weight": t.Weight = Double(ref r); break;
            case "trust": t.Trust = DoubleOrNull(ref r); break;
            case "value": t.Value = DoubleOrNull(ref r); break;
            case "since": t.Since = DateOrNull(ref r); break;
            case "origin": t.Origin = (TieSource)Enum(ref r, typeof(TieSource)); break;
            case "wave": t.Wave = Str(ref r); break;
            case "note": t.Note = Str(ref r); break;
            default: r.Skip(); break;
        }
    }
}
