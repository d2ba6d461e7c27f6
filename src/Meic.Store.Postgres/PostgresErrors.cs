using System.Net.Sockets;
using Meic.Sdk.Errors;
using Npgsql;

namespace Meic.Store.Postgres;

/// <summary>Turns Npgsql's errors into the one-line messages the host prints.</summary>
internal static class PostgresErrors
{
    public static Exception Translate(Exception e, string location) => e switch
    {
        MeicException => e,
        PostgresException { SqlState: "28P01" or "28000" } p =>
            new InputException($"the server refused the login ({p.MessageText}). Check the user name and password in the connection string or MEIC_DATABASE_URL.", location, e),
        PostgresException { SqlState: "3D000" } p =>
            new InputException($"the database does not exist ({p.MessageText}). Create it on the server first (createdb).", location, e),
        PostgresException { SqlState: "42501" } p =>
            new MeicException($"permission denied: {p.MessageText}. Your role does not allow this; nothing was written.", 1, e),
        PostgresException { SqlState: "40001" or "40P01" } =>
            new MeicException("the write collided with another facilitator's at the same moment; nothing was written. Try again.", 1, e),
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" } or NpgsqlException { InnerException: IOException or SocketException or TimeoutException } or NpgsqlException { IsTransient: true } =>
            new MeicException($"the database server went away or could not be reached ({e.InnerException?.Message ?? e.Message}). The change in progress was not written; it is safe to run the command again.", 1, e),
        _ => e,
    };

    /// <summary>Runs <paramref name="work"/>, translating server errors.</summary>
    public static T Guard<T>(string location, Func<T> work)
    {
        try { return work(); }
        catch (NpgsqlException e) { throw Translate(e, location); }
        catch (InvalidOperationException e) when (e.Message.Contains("connection", StringComparison.OrdinalIgnoreCase))
        {
            throw new MeicException($"the database server went away ({e.Message}). The change in progress was not written; it is safe to run the command again.", 1, e);
        }
    }
}
