using Meic.Core.Hosting;
using Meic.Core.Privacy;
using Meic.Sdk.Errors;
using Meic.Store.Postgres;

namespace Meic.Cli.App;

/// <summary>
/// Who may run the host's sensitive commands. On PostgreSQL the role comes from the login (and the database enforces
/// it with row-level security); on SQLite from toolkit.json settings."meic.access"."user.NAME" (a convenience on one
/// laptop, not a security boundary). With no users configured, the single user is the coordinator.
/// </summary>
internal static class Access
{
    public const string Section = "meic.access";

    public static string RoleOf(MeicContext context)
    {
        if (context.Store is PostgresDocumentStore { Role: { } role }) return role == "owner" ? "coordinator" : role;
        var users = context.Workspace?.Config.Settings.GetValueOrDefault(Section);
        if (users is null || users.Count == 0) return "coordinator";
        return users.GetValueOrDefault("user." + context.User) ?? "viewer";
    }

    /// <summary>
    /// Refuses, and records the refusal, unless the current person is a coordinator. <paramref name="whatKey"/> names the
    /// act in the host's strings: the log keeps it in English, the message uses the person's language.
    /// </summary>
    public static void RequireCoordinator(MeicContext context, string whatKey)
    {
        var role = RoleOf(context);
        if (role == "coordinator") return;
        var detail = $"{HostStrings.English[whatKey]} refused to {context.Store.User} ({role})";
        var recorded = context.Store is PostgresDocumentStore { RowSecurity: true } pg ? pg.RecordRefusal(detail) : TryLog(context, detail);
        // The message says "recorded" only when the refusal really is in the privacy log.
        throw new MeicException(context.Strings[recorded ? "access.refused" : "access.refusedNotRecorded", context.Strings[whatKey], role], 1);
    }

    private static bool TryLog(MeicContext context, string detail)
    {
        try { PrivacyLog.Write(context.Store, "refused", detail); return true; }
        catch (MeicException) { return false; }
    }

    /// <summary>Gives a PostgreSQL store the host's strings (kept apart so that only a PostgreSQL workspace loads its assembly).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static void UseStrings(Meic.Sdk.Store.IDocumentStore store, Meic.Sdk.Text.ILocalizer strings)
    {
        if (store is PostgresDocumentStore pg) pg.Text = strings;
    }
}
