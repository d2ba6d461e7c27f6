using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;
using Npgsql;

namespace Meic.Store.Postgres;

/// <summary>Per-person logins and roles on a PostgreSQL store (run by the database owner).</summary>
public static class PostgresAccess
{
    /// <summary>Creates the group roles, grants and row-level security policies; safe to run again.</summary>
    public static void Enable(PostgresDocumentStore store)
    {
        var schema = (string)store.Scalar("SELECT current_schema()")!;
        using var tx = store.BeginTransaction();
        PostgresErrors.Guard(store.Location, () => { foreach (var sql in PostgresAccessSql.Enable(schema)) store.Execute(sql); return 0; });
        tx.Commit();
        store.RefreshRole();
    }

    /// <summary>
    /// Adds a person: a login role in the group of <paramref name="role"/>, and, for partners, their organisation (an actor id).
    /// Bad input is reported with <paramref name="text"/>, the host's strings (English when null).
    /// </summary>
    public static void AddUser(PostgresDocumentStore store, string login, string role, string? organisation, string password, ILocalizer? text = null)
    {
        text ??= HostStrings.English;
        if (!PostgresAccessSql.Roles.Contains(role)) throw new InputException(text["users.unknownRole", role, string.Join(", ", PostgresAccessSql.Roles)], "--role");
        if (login.Length == 0 || !login.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '_' or '.' or '-'))
            throw new InputException(text["users.badLogin"], "LOGIN");
        if (role == "partner" && string.IsNullOrEmpty(organisation)) throw new InputException(text["users.partnerNeedsOrg"], "--org");
        if (password.Length < 12) throw new InputException(text["users.shortPassword"], "password");
        Enable(store); // safe to run again: it also brings the grants and policies of an older store up to date
        using var tx = store.BeginTransaction();
        PostgresErrors.Guard(store.Location, () =>
        {
            // Role names and passwords cannot be bound as parameters: the login is checked above, the password quoted by the server.
            var quoted = (string)store.Scalar($"SELECT quote_literal(@p)", ("p", password))!;
            var exists = store.Scalar("SELECT 1 FROM pg_roles WHERE rolname = @l", ("l", login)) is not null;
            store.Execute(exists ? $"ALTER ROLE \"{login}\" LOGIN PASSWORD {quoted}" : $"CREATE ROLE \"{login}\" LOGIN PASSWORD {quoted}");
            foreach (var other in PostgresAccessSql.Roles) store.Execute($"REVOKE {PostgresAccessSql.Group(other)} FROM \"{login}\"");
            store.Execute($"GRANT {PostgresAccessSql.Group(role)} TO \"{login}\"");
            using var cmd = store.Command("INSERT INTO meic_users(login, role, organisation) VALUES (@l, @r, @o) ON CONFLICT(login) DO UPDATE SET role = @r, organisation = @o");
            cmd.Parameters.AddWithValue("l", login);
            cmd.Parameters.AddWithValue("r", role);
            cmd.Parameters.AddWithValue("o", (object?)organisation ?? DBNull.Value);
            return cmd.ExecuteNonQuery();
        });
        tx.Commit();
    }

    /// <summary>Every person with a login, their role and organisation.</summary>
    public static IReadOnlyList<(string Login, string Role, string? Organisation)> Users(PostgresDocumentStore store, ILocalizer? text = null) => PostgresErrors.Guard(store.Location, () =>
    {
        var users = new List<(string, string, string?)>();
        if (store.Scalar("SELECT to_regclass('meic_users') IS NOT NULL") is not true) return users;
        if (store.RowSecurity && store.Role != "coordinator") throw new MeicException((text ?? HostStrings.English)["users.listCoordinators"], 1);
        using var cmd = store.Command("SELECT login, role, organisation FROM meic_users ORDER BY login");
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) users.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return (IReadOnlyList<(string, string, string?)>)users;
    });

    /// <summary>A connection string for <paramref name="login"/>: the same server and schema, their own credentials.</summary>
    public static string ConnectionStringFor(string connectionString, string login, string password) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Username = login, Password = password }.ConnectionString;
}
