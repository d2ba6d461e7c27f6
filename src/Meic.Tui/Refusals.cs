using Meic.Sdk.Errors;

namespace Meic.Tui;

/// <summary>A refusal as the screen says it: without the <c>WHERE: </c> prefix the command line puts before it (the field or the row shows where).</summary>
internal static class Refusals
{
    public static string Words(Exception e)
    {
        if (e is InputException { Where: { Length: > 0 } where } && e.Message.StartsWith(where + ": ", StringComparison.Ordinal))
            return e.Message[(where.Length + 2)..];
        return e.Message;
    }
}
