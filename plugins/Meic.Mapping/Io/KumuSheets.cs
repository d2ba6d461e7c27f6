using System.Globalization;
using Meic.Sdk.Model;
using Meic.Sdk.Text;

namespace Meic.Mapping.Io;

/// <summary>Kumu's two-sheet layout: Elements and Connections. Contacts (personal data) are never exported.</summary>
public static class KumuSheets
{
    public static readonly string[] ElementHeaders = ["Id", "Label", "Type", "Area", "District", "Stage", "Network kind", "Promoter", "Mandate", "Services", "Tags"];
    public static readonly string[] ConnectionHeaders = ["From", "To", "Type", "Direction", "Intensity", "Weight", "Trust", "Value", "Since", "Origin", "Wave"];

    public static IEnumerable<IReadOnlyList<string?>> Elements(IEnumerable<Actor> actors) => actors.Select(a => (IReadOnlyList<string?>)new[]
    {
        a.Id, a.Name, Names.Kebab(a.Sector), string.Join(";", a.Areas), a.District, Names.Kebab(a.Stage),
        a.NetworkKind is { } k ? Names.Kebab(k) : null, a.Promoter ? "yes" : "no", a.Mandate,
        string.Join(";", a.Services.Select(s => s.What)), string.Join(";", a.Tags),
    });

    public static IEnumerable<IReadOnlyList<string?>> Connections(IEnumerable<Relationship> ties) => ties.Select(t => (IReadOnlyList<string?>)new[]
    {
        t.Source, t.Target, Names.Kebab(t.Kind), t.Directed ? "directed" : "undirected", Names.Kebab(t.Intensity),
        t.Weight.ToString("R", CultureInfo.InvariantCulture), t.Trust?.ToString("R", CultureInfo.InvariantCulture),
        t.Value?.ToString("R", CultureInfo.InvariantCulture), t.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Names.Kebab(t.Origin), t.Wave,
    });

    /// <summary>Column aliases that let an exported sheet (or a Kumu one) be imported back.</summary>
    public static readonly IReadOnlyDictionary<string, string> ActorAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Label"] = "name", ["Type"] = "sector", ["Network kind"] = "networkKind", ["Areas"] = "area", ["Nome"] = "name", ["Nombre"] = "name",
        ["Settore"] = "sector", ["Sector"] = "sector", ["Area"] = "area", ["Área"] = "area",
    };

    public static readonly IReadOnlyDictionary<string, string> TieAliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["From"] = "source", ["To"] = "target", ["Type"] = "kind", ["Direction"] = "directed", ["Da"] = "source", ["A"] = "target", ["Desde"] = "source", ["Hasta"] = "target",
    };
}
