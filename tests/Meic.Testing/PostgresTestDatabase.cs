using Npgsql;

namespace Meic.Testing;

/// <summary>
/// A fresh schema on the throwaway PostgreSQL server that <c>./test</c> and <c>scripts/pg-start.sh</c> start
/// (MEIC_TEST_POSTGRES); dropped on dispose.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public const string Variable = "MEIC_TEST_POSTGRES";
    public const string SkipReason = "no PostgreSQL server: set MEIC_TEST_POSTGRES (./test does, or eval \"$(bash scripts/pg-start.sh)\").";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;
    public static bool Available => Server is not null;

    private bool _created;

    public PostgresTestDatabase() => Schema = "t_" + Guid.NewGuid().ToString("N")[..20];

    public string Schema { get; }

    /// <summary>Key=value connection string whose search_path is this test's schema (the schema is created on first use).</summary>
    public string ConnectionString
    {
        get
        {
            if (!_created) { Admin($"CREATE SCHEMA \"{Schema}\""); _created = true; }
            return new NpgsqlConnectionStringBuilder(Server) { SearchPath = Schema }.ConnectionString;
        }
    }

    /// <summary>The same as a postgres:// URL.</summary>
    public string Url
    {
        get
        {
            var b = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"postgres://{Uri.EscapeDataString(b.Username!)}:{Uri.EscapeDataString(b.Password!)}@{b.Host}:{b.Port}/{b.Database}?schema={Schema}";
        }
    }

    public static void Admin(string sql)
    {
        using var c = new NpgsqlConnection(Server);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (!_created) return;
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP SCHEMA IF EXISTS \"{Schema}\" CASCADE");
    }
}
