using System.CommandLine;
using Meic.Cli.Commands;
using Meic.Cli.Tui;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Core.Workspace;
using Meic.Scripting;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Cli.App;

/// <summary>Wires one run of <c>meic</c>: options, workspace, plugins, the command tree, and error reporting.</summary>
internal static class MeicApp
{
    // Response files are off: an argument "@Work" (an organisation's name) is a value, never a file to read arguments from.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>Commands the host owns; plugins cannot take these names.</summary>
    public static readonly string[] HostCommands = ["init", "status", "plugins", "doctor", "backup", "restore", "ui", "store", "audit", "privacy", "users", "script", "repl", "import", "cluster"];

    public static int Run(string[] args, TextWriter output, TextWriter errors, bool interactive)
    {
        var options = GlobalOptions.Prescan(args);
        MeicContext? context = null;
        var language = "en";
        try
        {
            var (workspace, workspaceError) = FindWorkspace(options);
            language = options.Lang ?? Environment.GetEnvironmentVariable("MEIC_LANG") ?? workspace?.Config.Language
                ?? (workspaceError is null ? null : ClusterWorkspace.DeclaredLanguage(Directory.GetCurrentDirectory(), options.Cluster)) ?? "en";
            // The pseudo-language is for the tests that look for words outside the tables; it is never offered.
            if (!Strings.SupportedLanguages.Contains(language) && language != Strings.PseudoLanguage) language = "en";
            var pluginDirs = new List<string> { HostPaths.Plugins };
            if (workspace is not null) foreach (var p in workspace.Config.Plugins.Paths) pluginDirs.Add(Path.Combine(workspace.Directory, p));
            pluginDirs.AddRange(HostPaths.FromEnvironment());
            // These host commands never touch a plugin: not even the manifests are read for them.
            var catalog = options.Command is "status" or "backup" or "restore" && !options.Help
                ? PluginCatalog.Empty()
                : PluginCatalog.Discover(pluginDirs, workspace?.Config.Plugins.Disabled ?? [], HostCommands, HostPaths.Plugins, workspace?.Config.Plugins.Enabled);
            Func<IAnsiConsole> console = () => CreateConsole(output, interactive);
            context = new MeicContext(workspace, catalog, console, output, errors, language, options.Json, options.Verbose);
            foreach (var clash in catalog.Entries.Where(e => e.ReasonWords?.Key == PluginCatalog.BuiltInClashKey))
                errors.WriteLine(context.Strings["plugins.builtInClash", clash.Manifest!.Directory, clash.Id, clash.Manifest.Version]);
            var opened = context;
            // The PostgreSQL store words its refusals in the person's language (checked by kind: a SQLite start never loads it).
            context.StoreOpened += store => { if (store.Info.Kind == "postgres") Access.UseStrings(store, opened.Strings); };
            if (workspaceError is not null && options.Command is not (null or "init")) throw workspaceError;

            // Guarded here so the scripting assembly loads only for a workspace that has hooks.
            var hooks = workspace?.Config.Hooks.Count > 0 ? ScriptHooks.Attach(context) : null;
            var root = BuildRoot(context, options, interactive);
            HelpWriter.Install(root, context.Strings, output, interactive ? TerminalWidth() : null);
            // `meic` alone (global options allowed) opens the terminal UI in a terminal, and prints help without one.
            root.SetAction(_ => interactive
                ? ShellLauncher.Run(context)
                : root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output, Error = errors }));
            var parse = root.Parse(args, Parsing);
            if (parse.Errors.Count > 0)
            {
                // The parser's words are English here (parsed again under the invariant culture, whatever the machine's);
                // ParseErrors says them again in the person's language, on one line.
                System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
                parse = root.Parse(args, Parsing);
                var t = context.Strings;
                errors.WriteLine($"meic: {t["error.badInput"]}: {ParseErrors.Line(parse.Errors.Select(e => e.Message), t)}. {Capitalized(t["help.seeHelp"])}");
                return 2;
            }
            var exit = parse.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false });
            hooks?.Complete(exit == 0);
            return exit;
        }
        catch (MeicException e)
        {
            Report(errors, e, options.Verbose, context?.Strings ?? HostStrings.Load(language));
            return e.ExitCode;
        }
        catch (Exception e) // deliberate: the last line of defence prints one clear line, the trace only with --verbose
        {
            var t = context?.Strings ?? HostStrings.Load(language);
            errors.WriteLine($"meic: {t["error.unexpected"]}: {e.Message}");
            if (options.Verbose) errors.WriteLine(e.ToString());
            else errors.WriteLine($"meic: {t["error.verboseHint"]}");
            return 1;
        }
        finally
        {
            context?.Dispose();
        }
    }

    private static void Report(TextWriter errors, MeicException e, bool verbose, Strings t)
    {
        // The kind of error and, for the host's own errors, the message in the person's language (plugins word theirs).
        var kind = t[e.ExitCode == 2 ? "error.badInput" : "error.failed"];
        errors.WriteLine($"meic: {kind}: {Worded.Say(e, t)}");
        if (verbose) errors.WriteLine(e.ToString());
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static (ClusterWorkspace?, MeicException?) FindWorkspace(GlobalOptions options)
    {
        if (options.Command == "init") return (null, null);
        try { return (ClusterWorkspace.Find(Directory.GetCurrentDirectory(), options.Cluster), null); }
        catch (MeicException e) { return (null, e); }
    }

    private static IAnsiConsole CreateConsole(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            // The host decides interactivity itself; the default enrichers would scan the whole
            // environment for CI systems on every start.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        if (!interactive) console.Profile.Width = 160; // redirected output: do not wrap tables at 80 columns
        return console;
    }

    private static int? TerminalWidth()
    {
        try { return Console.WindowWidth > 0 ? Console.WindowWidth : null; }
        catch (IOException) { return null; }
    }

    private static RootCommand BuildRoot(MeicContext context, GlobalOptions options, bool interactive)
    {
        string T(string key) => context.Strings[key];
        var root = new RootCommand(T("app.description"));
        GlobalOptions.Declare(root, T);
        // A host command run as such needs only itself in the tree: building the other commands'
        // options costs more start-up than `meic status` itself. Help, typos and plugin commands get the whole tree.
        if (options.Command is { } invoked && Array.IndexOf(HostCommands, invoked) >= 0)
        {
            root.Add(HostCommand(invoked, context, interactive));
            return root;
        }
        foreach (var name in HostCommands) root.Add(HostCommand(name, context, interactive));
        foreach (var entry in context.Plugins.Entries.Where(e => e.Status is PluginStatus.Found or PluginStatus.Loaded))
            foreach (var declared in entry.Manifest!.Commands)
                root.Add(declared.Name == options.Command
                    ? PluginCommand(context, entry, declared.Name)
                    : Placeholder(declared, context.Language));
        return root;
    }

    private static Command HostCommand(string name, MeicContext context, bool interactive) => name switch
    {
        "init" => InitCommand.Create(context, interactive),
        "cluster" => ClusterCommand.Create(context),
        "status" => StatusCommand.Create(context, interactive),
        "plugins" => PluginsCommand.Create(context),
        "doctor" => DoctorCommand.Create(context),
        "backup" => BackupCommand.Create(context),
        "restore" => RestoreCommand.Create(context),
        "ui" => UiCommand.Create(context),
        "store" => StoreCommand.Create(context),
        "audit" => AuditCommand.Create(context),
        "privacy" => PrivacyCommand.Create(context),
        "users" => UsersCommand.Create(context),
        "script" => ScriptCommand.Create(context),
        "repl" => ReplCommand.Create(context, interactive),
        "import" => ImportCommand.Create(context),
        _ => throw new ArgumentException($"'{name}' is not a host command.", nameof(name)),
    };

    private static Command PluginCommand(MeicContext context, PluginEntry entry, string name)
    {
        if (!context.Plugins.Load(entry))
            throw Worded.Failure("plugins.notLoaded", entry.Id, name, (object?)entry.ReasonWords ?? entry.Reason);
        context.PluginLoaded(entry);
        try { return entry.Registration!.Commands[name](context); }
        catch (MeicException) { throw; }
        catch (Exception e) // deliberate: a plugin that cannot build its command is reported, not fatal to the host
        {
            throw Worded.Failure(e, "plugins.buildFailed", entry.Id, name, e.Message);
        }
    }

    // Listed in help from the manifest alone: the plugin's code is loaded only when the command runs.
    private static Command Placeholder(ManifestCommand declared, string language) =>
        new(declared.Name, declared.Description.For(language));
}
