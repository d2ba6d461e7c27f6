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
        var t = context.Strings;
        var login = new Argument<string>("LOGIN") { Description = t["users.arg.login"] };
        var role = new Option<string>("--role") { Description = t["users.opt.role"], Required = true };
        var org = new Option<string?>("--org") { Description = t["users.opt.org"] };
        var passwordEnv = new Option<string>("--password-env") { Description = t["users.opt.passwordEnv"], DefaultValueFactory = _ => "MEIC_NEW_PASSWORD" };
        var add = new Command("add", t["cmd.users.add"]) { login, role, org, passwordEnv };
        add.SetAction(parse =>
        {
            var store = Postgres(context);
            var variable = parse.GetValue(passwordEnv)!;
            var password = Environment.GetEnvironmentVariable(variable)
                ?? throw new InputException(t["users.noPassword", variable], "--password-env");
            PostgresAccess.AddUser(store, parse.GetValue(login)!, parse.GetValue(role)!, parse.GetValue(org), password, t);
            context.Console.Write(new Text(t["users.added", parse.GetValue(login), parse.GetValue(role)] + "\n"));
            return 0;
        });
        var list = new Command("list", t["cmd.users.list"]);
        list.SetAction(_ =>
        {
            var users = PostgresAccess.Users(Postgres(context), t);
            if (context.Json) { context.WriteJson(users.Select(u => new { login = u.Login, role = u.Role, organisation = u.Organisation })); return 0; }
            var table = new Table().AddColumn(t["users.login"]).AddColumn(t["users.role"]).AddColumn(t["users.organisation"]);
            foreach (var u in users) table.AddRow(new Text(u.Login), new Text(u.Role), new Text(u.Organisation ?? ""));
            context.Console.Write(table);
            return 0;
        });
        return new Command("users", t["cmd.users"]) { add, list };
    }

    private static PostgresDocumentStore Postgres(MeicContext context) =>
        context.Store as PostgresDocumentStore
        ?? throw new InputException(context.Strings["users.needsPostgres"]);
}
