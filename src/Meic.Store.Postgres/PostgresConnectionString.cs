using Meic.Sdk.Errors;
using Npgsql;

namespace Meic.Store.Postgres;

/// <summary>Reads a PostgreSQL connection string: a postgres:// URL or Npgsql's key=value form.</summary>
public static class PostgresConnectionString
{
    /// <summary>The Npgsql connection string for <paramref name="value"/>.</summary>
    /// <exception cref="InputException">The value is neither a valid URL nor a valid key=value string.</exception>
    public static string Normalise(string value, string where = "connectionString")
    {
        value = value.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return FromUrl(value, where);
        try { return new NpgsqlConnectionStringBuilder(value).ConnectionString; }
        catch (ArgumentException e) { throw Meic.Core.Hosting.Worded.Input(e, "store.pg.badConnection", where, e.Message); }
    }

    /// <summary>Whether <paramref name="value"/> looks like a PostgreSQL address rather than a file.</summary>
    public static bool IsPostgres(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (value.Contains('=') && value.Contains("host", StringComparison.OrdinalIgnoreCase));

    /// <summary>Server, port, database and schema, never the password: what is safe to show and log.</summary>
    public static string Location(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var schema = string.IsNullOrEmpty(b.SearchPath) ? "" : $"?schema={b.SearchPath}";
        return $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}{schema}";
    }

    private static string FromUrl(string value, string where)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw Meic.Core.Hosting.Worded.Input("store.pg.badUrl", where);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port };
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0) b.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length > 1) b.Password = Uri.UnescapeDataString(user[1]);
        var db = uri.AbsolutePath.Trim('/');
        if (db.Length > 0) b.Database = Uri.UnescapeDataString(db);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var val = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
            try
            {
                if (key is "schema" or "search_path") b.SearchPath = val;
                else if (key == "sslmode") b["SSL Mode"] = val;
                else b[key] = val;
            }
            catch (ArgumentException e) { throw Meic.Core.Hosting.Worded.Input(e, "store.pg.badOption", where, key, e.Message); }
        }
        return b.ConnectionString;
    }
}
