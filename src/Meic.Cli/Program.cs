using Meic.Cli.App;
using Meic.Core.Hosting;
using Meic.Store.Postgres;

// Through a lambda, so the PostgreSQL assembly loads only when a workspace uses it.
StoreFactory.Postgres ??= static (workspace, create) => PostgresStoreRegistration.Open(workspace, create);
return MeicApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsInputRedirected && !Console.IsOutputRedirected);
