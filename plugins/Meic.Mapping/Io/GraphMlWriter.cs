using System.Globalization;
using System.Xml;
using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Io;

/// <summary>
/// Writes GraphML with every actor and tie attribute as typed keys, plus the picture under the key names Gephi's
/// GraphML importer reads (<c>label</c>, <c>r</c>/<c>g</c>/<c>b</c>, <c>size</c>; <c>shape</c> as an attribute), so the map looks
/// the same as from GEXF: colour by sector, size by degree, shape by network kind.
/// </summary>
public static class GraphMlWriter
{
    public const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(Stream stream, ActorGraph ag, IReadOnlyList<Relationship> ties)
    {
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Ns);
        (string Id, string For, string Type)[] keys =
        [
            ("name", "node", "string"), ("sector", "node", "string"), ("areas", "node", "string"), ("district", "node", "string"),
            ("stage", "node", "string"), ("networkKind", "node", "string"), ("promoter", "node", "boolean"), ("mandate", "node", "string"),
            ("services", "node", "string"),
            ("label", "node", "string"), ("r", "node", "int"), ("g", "node", "int"), ("b", "node", "int"), ("size", "node", "double"), ("shape", "node", "string"),
            ("kind", "edge", "string"), ("intensity", "edge", "string"), ("weight", "edge", "double"), ("trust", "edge", "double"),
            ("value", "edge", "double"), ("since", "edge", "string"), ("origin", "edge", "string"), ("wave", "edge", "string"), ("directed", "edge", "boolean"),
        ];
        foreach (var (id, target, type) in keys)
        {
            w.WriteStartElement("key", Ns);
            w.WriteAttributeString("id", id); w.WriteAttributeString("for", target);
            w.WriteAttributeString("attr.name", id); w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "undirected");
        for (var i = 0; i < ag.Actors.Count; i++)
        {
            var a = ag.Actors[i];
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", a.Id);
            Data(w, "name", a.Name); Data(w, "sector", Names.Kebab(a.Sector)); Data(w, "areas", string.Join("|", a.Areas));
            Data(w, "district", a.District); Data(w, "stage", Names.Kebab(a.Stage));
            Data(w, "networkKind", a.NetworkKind is { } k ? Names.Kebab(k) : null); Data(w, "promoter", a.Promoter ? "true" : "false");
            Data(w, "mandate", a.Mandate); Data(w, "services", string.Join("|", a.Services.Select(s => s.What)));
            var (r, g, b) = Palette.Color(a.Sector);
            Data(w, "label", a.Name);
            Data(w, "r", r.ToString(CultureInfo.InvariantCulture)); Data(w, "g", g.ToString(CultureInfo.InvariantCulture)); Data(w, "b", b.ToString(CultureInfo.InvariantCulture));
            Data(w, "size", (5 + 2 * ag.Graph.AllNeighbours(i).Count()).ToString(CultureInfo.InvariantCulture));
            Data(w, "shape", Palette.GexfShape(a.NetworkKind));
            w.WriteEndElement();
        }
        foreach (var t in ties.Where(t => ag.Index.ContainsKey(t.Source) && ag.Index.ContainsKey(t.Target)))
        {
            w.WriteStartElement("edge", Ns);
            if (t.Id.Length > 0) w.WriteAttributeString("id", t.Id);
            w.WriteAttributeString("source", t.Source); w.WriteAttributeString("target", t.Target);
            w.WriteAttributeString("directed", t.Directed ? "true" : "false");
            Data(w, "kind", Names.Kebab(t.Kind)); Data(w, "intensity", Names.Kebab(t.Intensity));
            Data(w, "weight", t.Weight.ToString("R", CultureInfo.InvariantCulture));
            Data(w, "trust", t.Trust?.ToString("R", CultureInfo.InvariantCulture)); Data(w, "value", t.Value?.ToString("R", CultureInfo.InvariantCulture));
            Data(w, "since", t.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); Data(w, "origin", Names.Kebab(t.Origin));
            Data(w, "wave", t.Wave); Data(w, "directed", t.Directed ? "true" : "false");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Data(XmlWriter w, string key, string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        w.WriteStartElement("data", Ns);
        w.WriteAttributeString("key", key);
        w.WriteString(value);
        w.WriteEndElement();
    }
}
