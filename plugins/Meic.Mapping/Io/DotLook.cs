using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;

namespace Meic.Mapping.Io;

/// <summary>
/// How a drawn map reads: vocabulary labels in the workspace's language, the legend's titles, and whether ties carry
/// their kind as a label (off by default: on a real map the labels crowd out the organisations' names, and the
/// legend already tells the kinds apart by line style).
/// </summary>
public sealed record DotLook(
    Func<Sector, string> SectorLabel,
    Func<NetworkKind?, string> NetworkLabel,
    Func<TieKind, string> TieLabel,
    string LegendTitle, string SectorsTitle, string NetworksTitle, string TiesTitle,
    bool EdgeLabels = false)
{
    /// <summary>Labels from the vocabulary service and titles from the plugin's tables, in the context's language.</summary>
    public static DotLook For(IMeicContext ctx, Strings text, bool edgeLabels)
    {
        var v = ctx.Vocabularies;
        var lang = ctx.Language;
        return new DotLook(s => v.Label(s, lang), k => k is { } kind ? v.Label(kind, lang) : text["draw.noNetwork"], t => v.Label(t, lang),
            text["draw.legend"], text["draw.sectors"], text["draw.networks"], text["draw.ties"], edgeLabels);
    }
}
