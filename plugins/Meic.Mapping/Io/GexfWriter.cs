using System.Globalization;
using System.Xml;
using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Io;

/// <summary>
/// Writes GEXF 1.3 (http://gexf.net/1.3), with actor and tie attributes, and the picture in the <c>viz:</c>
/// namespace Gephi reads: colour by sector, shape by network kind, size by degree, tie thickness by intensity.
/// </summary>
public static class GexfWriter
{
    public const string Ns = "http://gexf.net/1.3";
    public const string VizNs = "http://gexf.net/1.3/viz";
    private static readonly string[] NodeAttrs = ["sector", "areas", "district", "stage", "networkKind", "promoter", "mandate"];
    private static readonly string[] EdgeAttrs = ["kind", "intensity", "trust", "value", "since", "origin", "wave"];

    public static void Write(Stream stream, ActorGraph ag, IReadOnlyList<Relationship> ties, DateOnly today)
    {
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        w.WriteStartDocument();
        w.WriteStartElement("gexf", Ns);
        w.WriteAttributeString("xmlns", "viz", null, VizNs);
        w.WriteAttributeString("version", "1.3");
        w.WriteStartElement("meta", Ns);
        w.WriteAttributeString("lastmodifieddate", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteElementString("creator", Ns, "MEIC Toolkit (meic.mapping)");
        w.WriteElementString("description", Ns, "Stakeholder map");
        w.WriteEndElement();
        w.WriteStartElement("graph", Ns);
        w.WriteAttributeString("defaultedgetype", "undirected");
        w.WriteAttributeString("mode", "static");
        Attributes(w, "node", NodeAttrs, i => i == 5 ? "boolean" : "string");
        Attributes(w, "edge", EdgeAttrs, i => i is 2 or 3 ? "double" : "string");
        w.WriteStartElement("nodes", Ns);
        var g = ag.Graph;
        for (var i = 0; i < ag.Actors.Count; i++)
        {
            var a = ag.Actors[i];
            w.WriteStartElement("node", Ns);
            w.WriteAttributeString("id", a.Id);
            w.WriteAttributeString("label", a.Name);
            w.WriteStartElement("attvalues", Ns);
            string?[] values = [Names.Kebab(a.Sector), string.Join("|", a.Areas), a.District, Names.Kebab(a.Stage),
                a.NetworkKind is { } k ? Names.Kebab(k) : null, a.Promoter ? "true" : "false", a.Mandate];
            AttValues(w, values);
            w.WriteEndElement();
            var (r, gg, b) = Palette.Color(a.Sector);
            w.WriteStartElement("viz", "color", VizNs);
            w.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("g", gg.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("b", b.ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
            w.WriteStartElement("viz", "size", VizNs);
            w.WriteAttributeString("value", (5 + 2 * g.AllNeighbours(i).Count()).ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
            w.WriteStartElement("viz", "shape", VizNs);
            w.WriteAttributeString("value", Palette.GexfShape(a.NetworkKind));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteStartElement("edges", Ns);
        var n = 0;
        foreach (var t in ties.Where(t => ag.Index.ContainsKey(t.Source) && ag.Index.ContainsKey(t.Target)))
        {
            w.WriteStartElement("edge", Ns);
            w.WriteAttributeString("id", t.Id.Length > 0 ? t.Id : "e" + n.ToString(CultureInfo.InvariantCulture));
            n++;
            w.WriteAttributeString("source", t.Source);
            w.WriteAttributeString("target", t.Target);
            w.WriteAttributeString("type", t.Directed ? "directed" : "undirected");
            w.WriteAttributeString("weight", t.Weight.ToString("R", CultureInfo.InvariantCulture));
            w.WriteAttributeString("kind", Names.Kebab(t.Kind));
            w.WriteStartElement("attvalues", Ns);
            AttValues(w, [Names.Kebab(t.Kind), Names.Kebab(t.Intensity), t.Trust?.ToString("R", CultureInfo.InvariantCulture),
                t.Value?.ToString("R", CultureInfo.InvariantCulture), t.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Names.Kebab(t.Origin), t.Wave]);
            w.WriteEndElement();
            w.WriteStartElement("viz", "thickness", VizNs);
            w.WriteAttributeString("value", (1 + (int)t.Intensity).ToString(CultureInfo.InvariantCulture));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void Attributes(XmlWriter w, string cls, string[] names, Func<int, string> type)
    {
        w.WriteStartElement("attributes", Ns);
        w.WriteAttributeString("class", cls);
        w.WriteAttributeString("mode", "static");
        for (var i = 0; i < names.Length; i++)
        {
            w.WriteStartElement("attribute", Ns);
            w.WriteAttributeString("id", names[i]);
            w.WriteAttributeString("title", names[i]);
            w.WriteAttributeString("type", type(i));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void AttValues(XmlWriter w, string?[] values)
    {
        var names = values.Length == NodeAttrs.Length ? NodeAttrs : EdgeAttrs;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null) continue;
            w.WriteStartElement("attvalue", Ns);
            w.WriteAttributeString("for", names[i]);
            w.WriteAttributeString("value", values[i]);
            w.WriteEndElement();
        }
    }
}
