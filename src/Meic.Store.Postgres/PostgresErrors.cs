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
            Meic.Core.Hosting.Worded.Input(e, "store.pg.login", location, p.MessageText),
        PostgresException { SqlState: "3D000" } p =>
            Meic.Core.Hosting.Worded.Input(e, "store.pg.noDatabase", location, p.MessageText),
        PostgresException { SqlState: "42501" } p =>
            Meic.Core.Hosting.Worded.Failure(e, "store.pg.denied", p.MessageText),
        PostgresException { SqlState: "40001" or "40P01" } =>
            Meic.Core.Hosting.Worded.Failure(e, "store.pg.collided"),
        PostgresException { SqlState: "57P01" or "57P02" or "57P03" } or NpgsqlException { InnerException: IOException or SocketException or TimeoutException } or NpgsqlException { IsTransient: true } =>
            Meic.Core.Hosting.Worded.Failure(e, "store.pg.gone", e.InnerException?.Message ?? e.Message),
        _ => e,
    };

    /// <summary>Runs <paramref name="work"/>, translating server errors.</summary>
    public static T Guard<T>(string location, Func<T> work)
    {
        try { return work(); }
        catch (NpgsqlException e) { throw Translate(e, location); }
        catch (InvalidOperationException e) when (e.Message.Contains("connection", StringComparison.OrdinalIgnoreCase))
        {
            throw Meic.Core.Hosting.Worded.Failure(e, "store.pg.gone", e.Message);
        }
    }
}
