using Meic.Sdk.Errors;

namespace Meic.Core.Store;

/// <summary>Small helpers for the SQL the store builds.</summary>
internal static class SqliteSql
{
    /// <summary>A JSON path for a camelCase field name, checked so that it can be inlined safely.</summary>
    public static string FieldPath(string field)
    {
        if (string.IsNullOrEmpty(field) || !field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
            throw Meic.Core.Hosting.Worded.Input("store.filter.field", null, field);
        return "$." + field;
    }
}
