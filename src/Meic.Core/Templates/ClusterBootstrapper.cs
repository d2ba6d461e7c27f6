using Meic.Core.Hosting;
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
    /// Creates the workspace in <paramref name="directory"/>. Refuses a folder that already holds a workspace.
    /// On any failure, removes what it created.
    /// </summary>
    /// <param name="directory">The new workspace's folder.</param>
    /// <param name="template">The template to seed from.</param>
    /// <param name="defaultConfig">The default toolkit.json text (the toolkit's own).</param>
    /// <param name="city">Overrides the template's city.</param>
    /// <param name="language">Overrides the template's language.</param>
    /// <param name="makeContext">Builds the context plugin seeders run in, over the new workspace.</param>
    /// <param name="storeKind">"sqlite" (default: the configuration's own store) or "litedb" (a <c>cluster.litedb</c> file).</param>
    public static ClusterWorkspace Create(string directory, ClusterTemplate template, string defaultConfig, string? city, string? language,
        Func<ClusterWorkspace, MeicContext> makeContext, string? storeKind = null)
    {
        directory = Path.GetFullPath(directory);
        var configFile = Path.Combine(directory, ToolkitConfig.FileName);
        if (File.Exists(configFile) || File.Exists(Path.Combine(directory, "cluster.db")) || File.Exists(Path.Combine(directory, StoreConfig.LiteDbDefaultPath)))
            throw new InputException("the folder already holds a MEIC workspace; nothing was changed. Choose an empty folder.", directory);
        if (language is not null && !Strings.SupportedLanguages.Contains(language))
            throw new InputException($"expected one of it, es, en; found '{language}'.", "--lang");

        var createdDirectory = !Directory.Exists(directory);
        var lang = language ?? template.Cluster.Language;
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
        var created = new List<string>();
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(configFile, config.ToString() + Environment.NewLine);
            created.Add(configFile);
            var workspace = ClusterWorkspace.Load(directory);
            created.Add(workspace.DatabaseFile);
            created.Add(workspace.DatabaseFile + "-wal");
            created.Add(workspace.DatabaseFile + "-shm");
            created.Add(workspace.DatabaseFile + ".lock");
            created.Add(Path.Combine(Path.GetDirectoryName(workspace.DatabaseFile)!, Path.GetFileNameWithoutExtension(workspace.DatabaseFile) + "-log" + Path.GetExtension(workspace.DatabaseFile)));
            using var context = makeContext(workspace);
            var store = StoreFactory.Open(workspace, create: true);
            store.User = context.User;
            context.UseStore(store);
            using (var tx = store.BeginTransaction())
            {
                var cluster = template.Cluster;
                cluster.Id = "cluster";
                cluster.Name = template.DisplayName.For(lang);
                cluster.Language = lang;
                if (!cluster.Languages.Contains(lang)) cluster.Languages.Insert(0, lang);
                if (city is not null) cluster.City = city;
                cluster.Template = template.Name;
                cluster.CreatedAt = context.Clock.Now;
                store.Collection<Cluster>(Cluster.CollectionName).Insert(cluster);
                var actors = store.Collection<Actor>(Actor.CollectionName);
                var today = DateOnly.FromDateTime(context.Clock.Now.Date);
                foreach (var actor in template.Actors)
                {
                    if (actor.StageHistory.Count == 0) actor.StageHistory.Add(new StageChange { Stage = actor.Stage, Date = today, Note = $"template {template.Name}" });
                    actors.Insert(actor);
                }
                var ties = store.Collection<Relationship>(Relationship.CollectionName);
                foreach (var tie in template.Relationships) ties.Insert(tie);
                var source = new TemplateSource(template.Name, template.Directory, lang);
                foreach (var entry in context.Plugins.Loaded.ToList())
                    foreach (var seed in entry.Registration!.Seeders)
                    {
                        try { seed(context, source); }
                        catch (MeicException) { throw; }
                        catch (Exception e) // deliberate: name the plugin whose seeder failed, then undo everything
                        {
                            throw new MeicException($"plugin '{entry.Id}' failed to seed the template: {e.Message}", 1, e);
                        }
                    }
                tx.Commit();
            }
            CopyScripts(template.Directory, directory, created);
            return workspace;
        }
        catch
        {
            foreach (var file in created.Where(File.Exists)) File.Delete(file);
            if (createdDirectory && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any()) Directory.Delete(directory);
            throw;
        }
    }

    // The template's example scripts (adaptations, hooks, indicators, import mappings) start in the workspace's scripts/ folder.
    private static void CopyScripts(string templateDirectory, string workspaceDirectory, List<string> created)
    {
        var source = Path.Combine(templateDirectory, "scripts");
        if (!Directory.Exists(source)) return;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(workspaceDirectory, "scripts", Path.GetRelativePath(source, file));
            if (File.Exists(target)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            created.Add(target);
        }
    }
}
