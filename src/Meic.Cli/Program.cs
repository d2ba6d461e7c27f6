using Meic.Cli.App;

return MeicApp.Run(args, Console.Out, Console.Error, interactive: !Console.IsInputRedirected && !Console.IsOutputRedirected);
