using Meic.Sdk.Model;

namespace Meic.Mapping.Io;

/// <summary>Colours by sector and shapes by network kind, shared by GEXF, DOT and the terminal.</summary>
public static class Palette
{
    public static (byte R, byte G, byte B) Color(Sector s) => s switch
    {
        Sector.PublicAdministration => (31, 119, 180),
        Sector.Company => (255, 127, 14),
        Sector.RepresentativeBody => (44, 160, 44),
        Sector.ThirdSector => (214, 39, 40),
        Sector.Research => (148, 103, 189),
        Sector.DiasporaCommunity => (140, 86, 75),
        _ => (127, 127, 127),
    };

    public static string Hex(Sector s) { var (r, g, b) = Color(s); return $"#{r:x2}{g:x2}{b:x2}"; }

    public static string GexfShape(NetworkKind? k) => k switch
    {
        NetworkKind.Cooperative => "disc",
        NetworkKind.Coordinated => "square",
        NetworkKind.Collaborative => "diamond",
        _ => "triangle",
    };

    public static string DotShape(NetworkKind? k) => k switch
    {
        NetworkKind.Cooperative => "ellipse",
        NetworkKind.Coordinated => "box",
        NetworkKind.Collaborative => "diamond",
        _ => "triangle",
    };
}
