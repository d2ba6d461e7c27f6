using System.CommandLine;
using System.Runtime.CompilerServices;
using Meic.Cli.App;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Core.Setup;
using Meic.Core.Templates;
using Meic.Core.Workspace;
using Meic.Sdk.Errors;
using Meic.Sdk.Text;

namespace Meic.Cli.Commands;

/// <summary>
/// <c>meic init DIR --template T [--city C] [--country X] [--name N] [--promoter P] [--secretariat S] [--timezone Z] [--lang L]</c>;
/// without <c>--template</c> at a terminal, the setup wizard.
/// </summary>
internal static class InitCommand
{
    public static Command Create(MeicContext context, bool interactive)
    {
        var t = context.Strings;
        var dir = new Argument<string>("DIR") { Description = t["cmd.init.dir"] };
        var template = new Option<string?>("--template", "-t") { Description = t["cmd.init.template"] };
        var city = new Option<string?>("--city") { Description = t["cmd.init.city"] };
        var country = new Option<string?>("--country") { Description = t["cmd.init.country"] };
        var name = new Option<string?>("--name") { Description = t["cmd.init.name"] };
        var promoter = new Option<string?>("--promoter") { Description = t["cmd.init.promoter"] };
        var secretariat = new Option<string?>("--secretariat") { Description = t["cmd.init.secretariat"] };
        var timezone = new Option<string?>("--timezone") { Description = t["cmd.init.timezone"] };
        var store = new Option<string>("--store") { Description = t["cmd.init.store"], DefaultValueFactory = _ => "sqlite" };
        var command = new Command("init", t["cmd.init"]) { dir, template, city, country, name, promoter, secretariat, timezone, store };
        command.SetAction(parse =>
        {
            var lang = parse.GetValue<string>("--lang");
            // The blank template has no language of its own: a new city's cluster speaks its user's (MEIC_LANG), as the wizard does.
            if (lang is null && (parse.GetValue(template) ?? "blank") == "blank"
                && Environment.GetEnvironmentVariable("MEIC_LANG") is { Length: >= 2 } env && Strings.SupportedLanguages.Contains(env[..2].ToLowerInvariant()))
                lang = env[..2].ToLowerInvariant();
            var setup = new ClusterSetup
            {
                Directory = Path.GetFullPath(parse.GetValue(dir)!),
                Template = parse.GetValue(template) ?? "blank",
                Language = lang, City = parse.GetValue(city), Country = parse.GetValue(country), Name = parse.GetValue(name),
                Promoter = parse.GetValue(promoter), Secretariat = parse.GetValue(secretariat), TimeZone = parse.GetValue(timezone),
            };
            if (parse.GetValue(template) is null)
            {
                var words = HostStrings.Load(WordsLanguage(lang));
                // The wizard needs a person at a terminal; a script gets the flags to give instead.
                if (!interactive || context.Json) throw new InputException(words["init.needTemplate", ClusterSetup.Quote(parse.GetValue(dir)!)], "--template");
                return RunWizard(context, setup, words);
            }
            var kind = parse.GetValue(store)!;
            if (kind is not ("sqlite" or "litedb")) throw new InputException(t["init.badStore", kind], "--store");
            setup.Store = kind;
            setup.CityFromFolder = true;
            var tpl = LoadTemplate(setup.Template, HostStrings.Load(lang ?? "en"));
            var said = HostStrings.Load(lang ?? setup.EffectiveLanguage(tpl)); // in the new cluster's language, unless --lang chose another
            Create(context, setup, tpl, said);
            return 0;
        });
        return command;
    }

    // In its own method, so Terminal.Gui and the wizard's code load only when the wizard runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunWizard(MeicContext context, ClusterSetup setup, Strings words) =>
        Tui.Setup.SetupWizard.Run(context, setup, words);

    /// <summary>The language for words said before a workspace exists: --lang, MEIC_LANG, the system locale, else English.</summary>
    public static string WordsLanguage(string? lang)
    {
        foreach (var candidate in new[] { lang, Environment.GetEnvironmentVariable("MEIC_LANG"), Environment.GetEnvironmentVariable("LC_ALL"), Environment.GetEnvironmentVariable("LANG") })
            if (candidate is { Length: >= 2 } c && Strings.SupportedLanguages.Contains(c[..2].ToLowerInvariant())) return c[..2].ToLowerInvariant();
        return "en";
    }

    /// <summary>The template <paramref name="nameOrPath"/> names, or a refusal in the user's language.</summary>
    public static ClusterTemplate LoadTemplate(string nameOrPath, Strings words)
    {
        string folder;
        try { folder = ClusterTemplate.Locate(nameOrPath, HostPaths.ClusterTemplates); }
        catch (InputException) { throw new InputException(words["setup.err.template", nameOrPath], "--template"); }
        return ClusterTemplate.Load(folder);
    }

    /// <summary>Checks <paramref name="setup"/>, creates the workspace, and says what was made and what to do next.</summary>
    public static void Create(MeicContext context, ClusterSetup setup, ClusterTemplate tpl, Strings said)
    {
        var (plan, problems) = setup.Plan(tpl, said);
        if (plan is null)
            throw new InputException(string.Join(Environment.NewLine + "meic: ", problems.Select(p => $"{Flag(p.Field)}: {p.Message}")));
        if (!File.Exists(HostPaths.DefaultConfig)) throw Worded.Failure("init.noDefaultConfig", HostPaths.DefaultConfig);
        var lang = plan.Cluster.Language;
        var workspace = ClusterBootstrapper.Create(setup.Directory, tpl, File.ReadAllText(HostPaths.DefaultConfig), plan,
            ws => NewContext(context, ws, lang), setup.Store);
        var c = plan.Cluster;
        var steps = NextSteps.For(c, said, DateOnly.FromDateTime(context.Clock.Now.Date));
        if (context.Json)
        {
            context.WriteJson(new
            {
                workspace = workspace.Directory, template = tpl.Name, database = workspace.DatabaseFile,
                cluster = new { c.Name, c.City, c.Country, c.TimeZone, c.Language, c.Languages, c.Promoter, c.PromoterId, c.Secretariat, areas = c.Areas.Select(a => a.Id) },
                newActors = plan.NewActors.Select(a => new { a.Id, a.Name }),
                nextSteps = steps.Select(s => new { text = s.Text, commands = s.Commands }),
            });
            return;
        }
        var o = context.Out;
        o.WriteLine(said["init.done", workspace.Directory, tpl.Name]);
        o.WriteLine($"  {said["cluster.field.name"]}: {c.Name}");
        o.WriteLine($"  {said["cluster.field.city"]}: {c.City}{(c.Country.Length > 0 ? $" ({c.Country})" : "")} · {said["cluster.field.timezone"]}: {c.TimeZone} · {said["cluster.field.language"]}: {ClusterWords.LanguageName(c.Language, said)}");
        o.WriteLine($"  {said["cluster.field.promoter"]}: {(c.Promoter.Length > 0 ? c.Promoter : said["cluster.none"])}");
        if (c.Secretariat.Length > 0) o.WriteLine($"  {said["cluster.field.secretariat"]}: {c.Secretariat}");
        foreach (var a in plan.NewActors) o.WriteLine(said["init.newActor", a.Name, a.Id]);
        WriteNextSteps(o, said["next.title"], steps, workspace.Directory);
    }

    /// <summary>The numbered next steps, each with its command (run from the workspace's folder).</summary>
    public static void WriteNextSteps(TextWriter o, string title, List<NextStep> steps, string directory)
    {
        o.WriteLine();
        o.WriteLine(title + $"  (cd {ClusterSetup.Quote(Path.GetRelativePath(Directory.GetCurrentDirectory(), directory))})");
        for (var i = 0; i < steps.Count; i++)
        {
            o.WriteLine($"  {i + 1}. {steps[i].Text}");
            foreach (var command in steps[i].Commands) o.WriteLine($"     {command}");
        }
    }

    private static string Flag(string field) => field switch
    {
        "dir" => "DIR",
        "lang" or "city" or "country" or "timezone" or "name" or "promoter" or "secretariat" => "--" + field,
        _ => field,
    };

    // Seeders run against the new workspace, with every enabled plugin loaded.
    private static MeicContext NewContext(MeicContext outer, ClusterWorkspace workspace, string language)
    {
        var dirs = new List<string> { HostPaths.Plugins };
        dirs.AddRange(workspace.Config.Plugins.Paths.Select(p => Path.Combine(workspace.Directory, p)));
        dirs.AddRange(HostPaths.FromEnvironment());
        var catalog = PluginCatalog.Discover(dirs, workspace.Config.Plugins.Disabled, MeicApp.HostCommands, enabled: workspace.Config.Plugins.Enabled);
        catalog.LoadAll();
        foreach (var failed in catalog.Entries.Where(e => e.Status is PluginStatus.Failed or PluginStatus.Incompatible))
            outer.Errors.WriteLine($"meic: {outer.Strings["error.warning"]}: {outer.Strings["plugins.notForTemplate", failed.Id, failed.ReasonIn(outer.Strings)]}");
        return new MeicContext(workspace, catalog, outer.Console, outer.Out, outer.Errors, language, outer.Json, outer.Verbose, outer.Clock) { User = outer.User };
    }
}
