using System.Globalization;
using System.Text;
using Meic.Mapping.Domain;
using Meic.Sdk.Model;

namespace Meic.Mapping.Io;

/// <summary>
/// Writes Graphviz DOT: colour by sector, shape by network kind, size by degree, line style by tie kind and width by
/// intensity, with a legend of the sectors, network kinds and tie kinds that appear, all in the workspace's language.
/// </summary>
public static class DotWriter
{
    public static string Write(ActorGraph ag, IReadOnlyList<Relationship> ties, DotLook look)
    {
        var shown = ties.Where(t => ag.Index.ContainsKey(t.Source) && ag.Index.ContainsKey(t.Target)).ToList();
        var directed = shown.Any(t => t.Directed);
        var sb = new StringBuilder();
        sb.Append(directed ? "digraph" : "graph").Append(" meic {\n");
        sb.Append("  graph [overlap=false, splines=true, fontname=\"Helvetica\"];\n");
        // Names stay readable: dark text under the node (xlabel) would drift, so the node holds its name in white on its colour.
        sb.Append("  node [style=filled, fontname=\"Helvetica\", fontsize=11, fontcolor=white];\n");
        sb.Append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#555555\"];\n");
        for (var i = 0; i < ag.Actors.Count; i++)
        {
            var a = ag.Actors[i];
            var degree = ag.Graph.AllNeighbours(i).Count();
            var size = (0.4 + 0.08 * degree).ToString("0.##", CultureInfo.InvariantCulture);
            sb.Append("  ").Append(Quote(a.Id)).Append(" [label=").Append(Quote(a.Name))
              .Append(", fillcolor=\"").Append(Palette.Hex(a.Sector)).Append('"')
              .Append(", shape=").Append(Palette.DotShape(a.NetworkKind))
              .Append(", width=").Append(size).Append(", height=").Append(size)
              .Append(", tooltip=").Append(Quote(look.SectorLabel(a.Sector))).Append("];\n");
        }
        var arrow = directed ? " -> " : " -- ";
        foreach (var t in shown)
        {
            sb.Append("  ").Append(Quote(t.Source)).Append(arrow).Append(Quote(t.Target))
              .Append(" [style=").Append(Style(t.Kind))
              .Append(", penwidth=").Append((1 + (int)t.Intensity).ToString(CultureInfo.InvariantCulture))
              .Append(", tooltip=").Append(Quote(look.TieLabel(t.Kind)));
            if (look.EdgeLabels) sb.Append(", label=").Append(Quote(look.TieLabel(t.Kind)));
            if (directed && !t.Directed) sb.Append(", dir=none");
            sb.Append("];\n");
        }
        if (ag.Actors.Count > 0) Legend(sb, ag, shown, look);
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>Line style per tie kind, so kinds can be told apart without a label on every line.</summary>
    public static string Style(TieKind kind) => kind switch
    {
        TieKind.InformationExchange => "dotted",
        TieKind.Referral => "dashed",
        TieKind.JointProject => "solid",
        TieKind.CoDesign => "bold",
        TieKind.Funding => "\"dashed,bold\"",
        _ => "\"solid,bold\"",
    };

    /// <summary>
    /// The legend as one node with an HTML-like table, so every layout engine keeps it together: a coloured cell per
    /// sector, the shape's glyph per network kind, a drawn line pattern per tie kind — only those that appear.
    /// </summary>
    private static void Legend(StringBuilder sb, ActorGraph ag, IReadOnlyList<Relationship> ties, DotLook look)
    {
        var t = new StringBuilder();
        t.Append("<<table border=\"1\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"3\" color=\"#999999\">");
        Row(t, $"<b>{Html(look.LegendTitle)}</b>");
        Row(t, $"<i>{Html(look.SectorsTitle)}</i>");
        foreach (var s in ag.Actors.Select(a => a.Sector).Distinct().OrderBy(s => s))
            t.Append("<tr><td bgcolor=\"").Append(Palette.Hex(s)).Append("\" width=\"18\"> </td><td align=\"left\">").Append(Html(look.SectorLabel(s))).Append("</td></tr>");
        Row(t, $"<i>{Html(look.NetworksTitle)}</i>");
        foreach (var k in ag.Actors.Select(a => a.NetworkKind).Distinct().OrderBy(k => k.HasValue ? (int)k.Value : -1))
            t.Append("<tr><td>").Append(Glyph(k)).Append("</td><td align=\"left\">").Append(Html(look.NetworkLabel(k))).Append("</td></tr>");
        var kinds = ties.Select(x => x.Kind).Distinct().OrderBy(k => k).ToList();
        if (kinds.Count > 0) Row(t, $"<i>{Html(look.TiesTitle)}</i>");
        foreach (var k in kinds)
            t.Append("<tr><td>").Append(Pattern(k)).Append("</td><td align=\"left\">").Append(Html(look.TieLabel(k))).Append("</td></tr>");
        t.Append("</table>>");
        sb.Append("  \"legend\" [shape=plaintext, style=\"\", fontcolor=black, fontsize=10, label=").Append(t).Append("];\n");

        static void Row(StringBuilder t, string cell) => t.Append("<tr><td colspan=\"2\" align=\"left\">").Append(cell).Append("</td></tr>");
    }

    private static string Glyph(NetworkKind? k) => k switch
    {
        NetworkKind.Cooperative => "&#9679;",
        NetworkKind.Coordinated => "&#9632;",
        NetworkKind.Collaborative => "&#9670;",
        _ => "&#9650;",
    };

    private static string Pattern(TieKind k) => k switch
    {
        TieKind.InformationExchange => "&#183;&#183;&#183;&#183;&#183;",
        TieKind.Referral => "&#8211; &#8211; &#8211;",
        TieKind.JointProject => "&#8212;&#8212;&#8212;",
        TieKind.CoDesign => "<b>&#9473;&#9473;&#9473;</b>",
        TieKind.Funding => "<b>&#9476;&#9476;&#9476;</b>",
        _ => "<b>&#9552;&#9552;&#9552;</b>",
    };

    private static string Html(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    /// <summary>A DOT string literal: quotes and backslashes escaped, line breaks removed.</summary>
    public static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\r", " ").Replace("\n", " ") + "\"";
}
