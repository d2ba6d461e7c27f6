using System.CommandLine;
using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Store.Postgres;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic users add|list</c>: per-person logins and roles on a PostgreSQL store (run as the database owner).</summary>
internal static class UsersCommand
{
    public static Command Create(MeicContext context)
    {
        var login = new Argument<string>("LOGIN") { Description = "The person's login (lower case)" };
        var role = new Option<string>("--role") { Description = "coordinator, facilitator, researcher, partner or viewer", Required = true };
        var org = new Option<string?>("--org") { Description = "For a partner: the actor id of their organisation" };
        var passwordEnv = new Option<string>("--password-env") { Description = "The environment variable holding their initial password", DefaultValueFactory = _ => "MEIC_NEW_PASSWORD" };
        var add = new Command("add", "Give a person their own login with a role (row-level security enforces it)") { login, role, org, passwordEnv };
        add.SetAction(parse =>
        {
            var store = Postgres(context);
            var variable = parse.GetValue(passwordEnv)!;
            var password = Environment.GetEnvironmentVariable(variable)
                ?? throw new InputException($"set the initial password in the environment variable {variable} (never on the command line, where others can see it).", "--password-env");
            PostgresAccess.AddUser(store, parse.GetValue(login)!, parse.GetValue(role)!, parse.GetValue(org), password);
            context.Console.Write(new Text($"{parse.GetValue(login)} can now log in as themselves with the role {parse.GetValue(role)}.\n"));
            return 0;
        });
        var list = new Command("list", "People with a login, their role and organisation");
        list.SetAction(_ =>
        {
            var users = PostgresAccess.Users(Postgres(context));
            if (context.Json) { context.WriteJson(users.Select(u => new { login = u.Login, role = u.Role, organisation = u.Organisation })); return 0; }
            var table = new Table().AddColumn("login").AddColumn("role").AddColumn("organisation");
            foreach (var u in users) table.AddRow(new Text(u.Login), new Text(u.Role), new Text(u.Organisation ?? ""));
            context.Console.Write(table);
            return 0;
        });
        return new Command("users", "Per-person logins and roles (PostgreSQL stores)") { add, list };
    }

    private static PostgresDocumentStore Postgres(MeicContext context) =>
        context.Store as PostgresDocumentStore
        ?? throw new InputException("logins and roles live on a PostgreSQL store; on SQLite set settings.\"meic.access\".\"user.NAME\" = ROLE in toolkit.json.");
}
