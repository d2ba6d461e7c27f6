using Meic.Core.Hosting;
using Meic.Core.Setup;
using Meic.Core.Workspace;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Templates;

/// <summary>Creates a workspace from a template: toolkit.json, the database, the seeded records. All or nothing.</summary>
public static class ClusterBootstrapper
{
    /// <summary>
    /// Creates the workspace in <paramref name="directory"/> with the template's own settings and <paramref name="city"/>
    /// and <paramref name="language"/> when given. Problems are worded in English.
    /// </summary>
    public static ClusterWorkspace Create(string directory, ClusterTemplate template, string defaultConfig, string? city, string? language,
        Func<ClusterWorkspace, MeicContext> makeContext)
    {
        var setup = new ClusterSetup { Directory = Path.GetFullPath(directory), Template = template.Name, City = city, Language = language };
        var (plan, problems) = setup.Plan(template, HostStrings.English);
        if (plan is null) throw new InputException(problems[0].Message, problems[0].Field);
        return Create(setup.Directory, template, defaultConfig, plan, makeContext);
    }

    /// <summary>
    /// Creates the workspace in <paramref name="directory"/> as <paramref name="plan"/> says. Refuses a folder that
    /// already holds a workspace. The workspace is built in a hidden folder beside the target and moved into place,
    /// toolkit.json last: a failure or a killed process never leaves a half workspace behind.
    /// </summary>
    /// <param name="directory">The new workspace's folder.</param>
    /// <param name="template">The template to seed from.</param>
    /// <param name="defaultConfig">The default toolkit.json text (the toolkit's own).</param>
    /// <param name="plan">The checked settings (<see cref="ClusterSetup.Plan"/>).</param>
    /// <param name="makeContext">Builds the context plugin seeders run in, over the new workspace.</param>
    /// <param name="storeKind">"sqlite" (default: the configuration's own store) or "litedb" (a <c>cluster.litedb</c> file).</param>
    public static ClusterWorkspace Create(string directory, ClusterTemplate template, string defaultConfig, SetupPlan plan,
        Func<ClusterWorkspace, MeicContext> makeContext, string? storeKind = null)
    {
        directory = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var configFile = Path.Combine(directory, ToolkitConfig.FileName);
        if (File.Exists(configFile) || File.Exists(Path.Combine(directory, "cluster.db")) || File.Exists(Path.Combine(directory, StoreConfig.LiteDbDefaultPath)))
            throw Meic.Core.Hosting.Worded.Input("init.notEmpty", directory);
        var lang = plan.Cluster.Language;
        if (!Strings.SupportedLanguages.Contains(lang))
            throw Meic.Core.Hosting.Worded.Input("init.badLanguage", "--lang", lang);

        var config = JObject.Parse(defaultConfig);
        // A template may carry its own toolkit.json: what it sets (scripts it registers, settings) wins.
        var templateConfig = Path.Combine(template.Directory, ToolkitConfig.FileName);
        if (File.Exists(templateConfig))
        {
            ToolkitConfigReader.Read(templateConfig); // named in the error if malformed
            config.Merge(JObject.Parse(File.ReadAllText(templateConfig)), new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Union });
        }
        config["language"] = lang;
        if (storeKind == "litedb")
            config["store"] = new JObject { ["kind"] = "litedb", ["path"] = StoreConfig.LiteDbDefaultPath, ["busyTimeoutMs"] = config["store"]?["busyTimeoutMs"] ?? 5000 };
        ToolkitConfigReader.Parse(config.ToString(), "default toolkit.json"); // the shipped default must itself be valid

        var parent = Path.GetDirectoryName(directory) ?? throw Meic.Core.Hosting.Worded.Input("init.root", directory);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(directory)}.meic-init");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true); // left by a killed `meic init`
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, ToolkitConfig.FileName), config.ToString() + Environment.NewLine);
            Seed(ClusterWorkspace.Load(staging), template, plan, makeContext);
            CopyScripts(template.Directory, staging);
            MoveInto(staging, directory);
            return ClusterWorkspace.Load(directory);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static void Seed(ClusterWorkspace workspace, ClusterTemplate template, SetupPlan plan, Func<ClusterWorkspace, MeicContext> makeContext)
    {
        using var context = makeContext(workspace);
        var store = StoreFactory.Open(workspace, create: true);
        store.User = context.User;
        context.UseStore(store);
        using var tx = store.BeginTransaction();
        var cluster = plan.Cluster;
        cluster.CreatedAt = context.Clock.Now;
        store.Collection<Cluster>(Cluster.CollectionName).Insert(cluster);
        var actors = store.Collection<Actor>(Actor.CollectionName);
        var today = DateOnly.FromDateTime(context.Clock.Now.Date);
        foreach (var actor in template.Actors)
        {
            if (actor.StageHistory.Count == 0) actor.StageHistory.Add(new StageChange { Stage = actor.Stage, Date = today, Note = $"template {template.Name}" }); // a source code the readers word (source.template)
            actors.Insert(actor);
        }
        foreach (var actor in plan.NewActors) actors.Insert(actor);
        var ties = store.Collection<Relationship>(Relationship.CollectionName);
        foreach (var tie in template.Relationships) ties.Insert(tie);
        var source = new TemplateSource(template.Name, template.Directory, cluster.Language);
        foreach (var entry in context.Plugins.Loaded.ToList())
            foreach (var seed in entry.Registration!.Seeders)
            {
                try { seed(context, source); }
                catch (MeicException) { throw; }
                catch (Exception e) // deliberate: name the plugin whose seeder failed, then undo everything
                {
                    throw Meic.Core.Hosting.Worded.Failure(e, "init.pluginSeed", entry.Id, e.Message);
                }
            }
        tx.Commit();
    }

    // Everything but toolkit.json first, toolkit.json last: a folder is a workspace only once toolkit.json is there.
    private static void MoveInto(string staging, string directory)
    {
        if (!Directory.Exists(directory))
        {
            Directory.Move(staging, directory); // one rename
            return;
        }
        var config = Path.Combine(staging, ToolkitConfig.FileName);
        foreach (var entry in Directory.EnumerateFileSystemEntries(staging).Where(e => e != config).ToList())
        {
            var target = Path.Combine(directory, Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                if (!Directory.Exists(target)) Directory.Move(entry, target);
                else MoveFiles(entry, target);
            }
            else if (!File.Exists(target)) File.Move(entry, target);
        }
        File.Move(config, Path.Combine(directory, ToolkitConfig.FileName));
    }

    private static void MoveFiles(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            if (File.Exists(target)) continue; // the person's own file wins
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target);
        }
    }

    // The template's example scripts (adaptations, hooks, indicators, import mappings) start in the workspace's scripts/ folder.
    private static void CopyScripts(string templateDirectory, string workspaceDirectory)
    {
        var source = Path.Combine(templateDirectory, "scripts");
        if (!Directory.Exists(source)) return;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(workspaceDirectory, "scripts", Path.GetRelativePath(source, file));
            if (File.Exists(target)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
