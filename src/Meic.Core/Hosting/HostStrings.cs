using Meic.Sdk.Text;

namespace Meic.Core.Hosting;

/// <summary>The host's string tables (Resources/strings.{en,it,es}.json).</summary>
public static class HostStrings
{
    private static Strings? _english;

    /// <summary>The tables for <paramref name="language"/>, falling back to English.</summary>
    public static Strings Load(string language) => Strings.Load(typeof(HostStrings).Assembly, "Meic.Core.strings", language);

    /// <summary>The English table, for helpers called without a context's strings.</summary>
    public static Strings English => _english ??= Load("en");
}
