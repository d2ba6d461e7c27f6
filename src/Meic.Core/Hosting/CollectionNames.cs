using Meic.Sdk.Text;

namespace Meic.Core.Hosting;

/// <summary>
/// A collection's name in words ("servizi", not "services"; "segmenti codificati", not "fg-codings"), for the summary
/// in the terminal and in the application. The host's tables name the toolkit's own collections, so the summary
/// needs no plugin loaded; a city plugin's collection without a name there shows its id.
/// </summary>
public static class CollectionNames
{
    public static string For(string id, Strings t) => t.HasOwn("ui.col." + id) ? t["ui.col." + id] : id;
}
