using System.Globalization;
using System.Text;
using Meic.Mapping.Domain;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Io;

/// <summary>Writes Graphviz DOT: colour by sector, shape by network kind, size by degree, a legend of sectors.</summary>
public static class DotWriter
{
    public static string Write(ActorGraph ag, IReadOnlyList<Relationship> ties)
    {
        var directed = ties.Any(t => t.Directed);
        var sb = new StringBuilder();
        sb.Append(directed ? "digraph" : "graph").Append(" meic {\n");
        sb.Append("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n");
        sb.Append("  node [style=filled, fontname=\"Helvetica\", fontsize=10, fontcolor=white];\n");
        for (var i = 0; i < ag.Actors.Count; i++)
        {
            var a = ag.Actors[i];
            var degree = ag.Graph.AllNeighbours(i).Count();
            var size = (0.4 + 0.08 * degree).ToString("0.##", CultureInfo.InvariantCulture);
            sb.Append("  ").Append(Quote(a.Id)).Append(" [label=").Append(Quote(a.Name))
              .Append(", fillcolor=\"").Append(Palette.Hex(a.Sector)).Append('"')
              .Append(", shape=").Append(Palette.DotShape(a.NetworkKind))
              .Append(", width=").Append(size).Append(", height=").Append(size)
              .Append(", tooltip=").Append(Quote(Names.Kebab(a.Sector))).Append("];\n");
        }
        var arrow = directed ? " -> " : " -- ";
        foreach (var t in ties.Where(t => ag.Index.ContainsKey(t.Source) && ag.Index.ContainsKey(t.Target)))
        {
            sb.Append("  ").Append(Quote(t.Source)).Append(arrow).Append(Quote(t.Target))
              .Append(" [label=").Append(Quote(Names.Kebab(t.Kind)))
              .Append(", penwidth=").Append((1 + (int)t.Intensity).ToString(CultureInfo.InvariantCulture));
            if (directed && !t.Directed) sb.Append(", dir=none");
            sb.Append("];\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>A DOT string literal: quotes and backslashes escaped, line breaks removed.</summary>
    public static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", " ").Replace("\n", " ") + "\"";
}
