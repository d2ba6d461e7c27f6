using Meic.Cli.App;

Meic.Store.Postgres.PostgresStoreRegistration.Register();
return MeicApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsInputRedirected && !Console.IsOutputRedirected);
