using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Tui;

/// <summary>A refusal as the screen says it: without the <c>WHERE: </c> prefix the command line puts before it (the field or the row shows where).</summary>
internal static class Refusals
{
    /// <summary>The refusal in <paramref name="words"/>' language (a host or store error from its key), without its place.</summary>
    public static string Words(Exception e, ILocalizer words)
    {
        var said = Worded.Say(e, words);
        if (e is InputException { Where: { Length: > 0 } where })
        {
            var prefix = Meic.Sdk.Files.FileLimits.Excerpt(where, 400) + ": ";
            if (said.StartsWith(prefix, StringComparison.Ordinal)) return said[prefix.Length..];
        }
        return said;
    }
}
