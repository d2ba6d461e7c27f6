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
        try { PrivacyLog.Write(context.Store, "refused", $"{HostStrings.English[whatKey]} refused to {context.Store.User} ({role})"); }
        catch (MeicException) { /* the role may not even write the log: the database refusal is then the record */ }
        throw new MeicException(context.Strings["access.refused", context.Strings[whatKey], role], 1);
    }
}
