using System.Text.RegularExpressions;

namespace Meic.Cli.App;

/// <summary>Parse errors in words a user knows: no .NET type names.</summary>
internal static partial class ParseErrors
{
    public static string Friendly(string message) => ExpectedType().Replace(message, m => "; expected " + Describe(m.Groups["type"].Value) + ".");

    private static string Describe(string type) => type switch
    {
        _ when type.Contains("Double") || type.Contains("Decimal") || type.Contains("Single") => "a number (for example 12 or 0.5)",
        _ when type.Contains("Int32") || type.Contains("Int64") => "a whole number",
        _ when type.Contains("DateOnly") || type.Contains("DateTime") => "a date (yyyy-MM-dd)",
        _ when type.Contains("Boolean") => "true or false",
        _ => "another kind of value",
    };

    [GeneratedRegex(@"\s*as expected type '(?<type>[^']+)'\.?")]
    private static partial Regex ExpectedType();
}
