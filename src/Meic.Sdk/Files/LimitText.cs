using Meic.Sdk.Text;

namespace Meic.Sdk.Files;

/// <summary>The SDK's own refusals, worded in <see cref="FileLimits.Language"/> from its string tables.</summary>
internal static class LimitText
{
    private static Strings? _strings;

    public static string Get(string key, params object?[] args)
    {
        var strings = _strings;
        if (strings is null || strings.Language != FileLimits.Language)
            _strings = strings = Strings.Load(typeof(LimitText).Assembly, "Meic.Sdk.strings", FileLimits.Language);
        return strings[key, args];
    }
}
