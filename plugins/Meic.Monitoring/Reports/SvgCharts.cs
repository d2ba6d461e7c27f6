using System.Globalization;
using System.Net;
using System.Text;

namespace Meic.Monitoring.Reports;

/// <summary>Small inline SVG charts drawn by the toolkit: a value-against-target bar and a sparkline.</summary>
public static class SvgCharts
{
    private static string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A bar of the value's share of the target (capped at the width), with a target mark.</summary>
    public static string Bar(double? value, double? target, string status, int width = 160, int height = 14)
    {
        var sb = new StringBuilder($"<svg class=\"bar\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\">");
        sb.Append($"<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#eee\"/>");
        if (value is { } v && target is { } t && t > 0)
        {
            var w = Math.Clamp(v / t, 0, 1) * width;
            var color = status switch { "offTrack" => "#c0392b", "met" => "#1e8449", _ => "#2e86c1" };
            sb.Append($"<rect x=\"0\" y=\"0\" width=\"{F(w)}\" height=\"{height}\" fill=\"{color}\"><title>{WebUtility.HtmlEncode(F(v))} / {WebUtility.HtmlEncode(F(t))}</title></rect>");
            sb.Append($"<line x1=\"{width - 1}\" y1=\"0\" x2=\"{width - 1}\" y2=\"{height}\" stroke=\"#333\"/>");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>A polyline through the known points; gaps (no data) break nothing, they are skipped.</summary>
    public static string Sparkline(IReadOnlyList<double?> values, int width = 120, int height = 24)
    {
        var sb = new StringBuilder($"<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\">");
        var known = values.Select((v, i) => (v, i)).Where(p => p.v is not null).Select(p => (v: p.v!.Value, p.i)).ToList();
        if (known.Count > 0)
        {
            double min = known.Min(p => p.v), max = known.Max(p => p.v);
            var step = values.Count > 1 ? (width - 4) / (double)(values.Count - 1) : 0;
            string Point((double v, int i) p) => $"{F(2 + p.i * step)},{F(max == min ? height / 2.0 : height - 2 - (p.v - min) / (max - min) * (height - 4))}";
            sb.Append($"<polyline fill=\"none\" stroke=\"#2e86c1\" stroke-width=\"1.5\" points=\"{string.Join(' ', known.Select(Point))}\"/>");
            var last = known[^1];
            var xy = Point(last).Split(',');
            sb.Append($"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"2\" fill=\"#2e86c1\"/>");
        }
        return sb.Append("</svg>").ToString();
    }
}
