using System.CommandLine;
using Spectre.Console;
using Meic.Cli.App;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Core.Templates;
using Meic.Core.Workspace;
using Meic.Sdk.Errors;

namespace Meic.Cli.Commands;

/// <summary><c>meic init DIR --template rome|madrid|blank [--city NAME] [--store sqlite|litedb]</c>.</summary>
internal static class InitCommand
{
    public static Command Create(MeicContext context)
    {
        var dir = new Argument<string>("DIR") { Description = context.Strings["cmd.init.dir"] };
        var template = new Option<string>("--template", "-t") { Description = context.Strings["cmd.init.template"], DefaultValueFactory = _ => "blank" };
        var city = new Option<string?>("--city") { Description = context.Strings["cmd.init.city"] };
        var store = new Option<string>("--store") { Description = context.Strings["cmd.init.store"], DefaultValueFactory = _ => "sqlite" };
        var command = new Command("init", context.Strings["cmd.init"]) { dir, template, city, store };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(dir)!);
            var kind = parse.GetValue(store)!;
            if (kind is not ("sqlite" or "litedb")) throw new InputException(context.Strings["init.badStore", kind], "--store");
            var tpl = ClusterTemplate.Load(ClusterTemplate.Locate(parse.GetValue(template)!, HostPaths.ClusterTemplates));
            var lang = parse.GetValue<string>("--lang");
            if (!File.Exists(HostPaths.DefaultConfig)) throw new MeicException($"the toolkit's default configuration is missing: {HostPaths.DefaultConfig}. Rebuild the toolkit.");
            var workspace = ClusterBootstrapper.Create(target, tpl, File.ReadAllText(HostPaths.DefaultConfig), parse.GetValue(city), lang,
                ws => NewContext(context, ws, lang ?? tpl.Cluster.Language), kind);
            if (context.Json) context.WriteJson(new { workspace = workspace.Directory, template = tpl.Name, database = workspace.DatabaseFile });
            else
            {
                // Said in the new cluster's language, unless --lang chose another.
                var said = Meic.Sdk.Text.Strings.Load(typeof(MeicContext).Assembly, "Meic.Core.strings", lang ?? tpl.Cluster.Language);
                context.Console.WriteLine(said["init.done", workspace.Directory, tpl.Name]);
            }
            return 0;
        });
        return command;
    }

    // Seeders run against the new workspace, with every enabled plugin loaded.
    private static MeicContext NewContext(MeicContext outer, ClusterWorkspace workspace, string language)
    {
        var dirs = new List<string> { HostPaths.Plugins };
        dirs.AddRange(workspace.Config.Plugins.Paths.Select(p => Path.Combine(workspace.Directory, p)));
        dirs.AddRange(HostPaths.FromEnvironment());
        var catalog = PluginCatalog.Discover(dirs, workspace.Config.Plugins.Disabled, MeicApp.HostCommands);
        catalog.LoadAll();
        foreach (var failed in catalog.Entries.Where(e => e.Status is PluginStatus.Failed or PluginStatus.Incompatible))
            outer.Errors.WriteLine($"meic: warning: plugin '{failed.Id}' not used for the template: {failed.Reason}");
        return new MeicContext(workspace, catalog, outer.Console, outer.Out, outer.Errors, language, outer.Json, outer.Verbose, outer.Clock) { User = outer.User };
    }
}
