using Meic.Sdk.Errors;

namespace Meic.Store.Postgres;

/// <summary>Small helpers for the SQL the store builds.</summary>
internal static class PostgresSql
{
    /// <summary>The path array literal for a camelCase (dotted) field, checked so that it can be inlined safely.</summary>
    public static string PathArray(string field)
    {
        if (string.IsNullOrEmpty(field) || !field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
            throw Meic.Core.Hosting.Worded.Input("store.filter.field", null, field);
        return "'{" + field.Replace('.', ',') + "}'";
    }

    /// <summary>The field's value as text (what indexes are built on).</summary>
    public static string TextPath(string field) => $"body #>> {PathArray(field)}";

    /// <summary>The field's value as JSON.</summary>
    public static string JsonPath(string field) => $"body #> {PathArray(field)}";
}
