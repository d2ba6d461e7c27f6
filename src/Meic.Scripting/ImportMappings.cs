using Meic.Core.Hosting;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;

namespace Meic.Scripting;

/// <summary>What an import mapping did.</summary>
public sealed record ImportResult(string Mapping, string File, int Added, int Updated, bool DryRun);

/// <summary>
/// Import mappings written as scripts (<c>scripts.importMappings</c>): a script reads <c>InputFile</c> and returns the actors
/// it found; the host checks them all, then writes them in one transaction (all or nothing).
/// </summary>
public sealed class ImportMappings(MeicContext context)
{
    /// <summary>Runs the mapping named <paramref name="mapping"/> over <paramref name="file"/>.</summary>
    public (ImportResult? Result, int ExitCode) Import(string mapping, string file, bool dryRun, TextWriter errors)
    {
        var config = context.RequireWorkspace().Config.Scripts;
        if (!config.ImportMappings.TryGetValue(mapping, out var script))
            throw config.ImportMappings.Count == 0
                ? Meic.Core.Hosting.Worded.Input("script.mapping.none", "MAPPING")
                : Meic.Core.Hosting.Worded.Input("script.mapping.unknown", "MAPPING", mapping, string.Join(", ", config.ImportMappings.Keys));
        var input = Path.GetFullPath(file);
        if (!File.Exists(input)) throw Meic.Core.Hosting.Worded.Input("script.fileMissing", file);
        var outcome = new ScriptHost(context, config).Run(new ScriptInvocation(Path.Combine(context.WorkspaceDirectory, script), [input]) { InputFile = input });
        var exit = ScriptReport.Write(outcome, config, errors, context.Verbose, context.Strings["script.mapping.label", mapping, script], context.Strings);
        if (exit != 0) return (null, exit);
        if (outcome.Value is not IEnumerable<Actor> returned)
            throw Meic.Core.Hosting.Worded.Input("script.mapping.notActors", script, outcome.Value is null ? Meic.Core.Hosting.HostStrings.English["script.mapping.nothing"] : outcome.Value.GetType().Name);
        var actors = returned.ToList();
        Validate(actors, script);
        var collection = context.Store.Collection<Actor>(Actor.CollectionName);
        int added = 0, updated = 0;
        using (var tx = context.Store.BeginTransaction())
        {
            foreach (var actor in actors)
            {
                var existing = string.IsNullOrEmpty(actor.Id) ? null : collection.Get(actor.Id);
                if (existing is null) { collection.Insert(actor); added++; }
                else { actor.Version = existing.Version; collection.Update(actor); updated++; }
            }
            if (!dryRun) tx.Commit();
        }
        return (new ImportResult(mapping, file, added, updated, dryRun), 0);
    }

    private static void Validate(IReadOnlyList<Actor> actors, string script)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a is null) throw Meic.Core.Hosting.Worded.Input("script.mapping.null", script, i + 1);
            if (string.IsNullOrWhiteSpace(a.Name)) throw Meic.Core.Hosting.Worded.Input("script.mapping.noName", script, i + 1, a.Id);
            if (!string.IsNullOrEmpty(a.Id) && !ids.Add(a.Id)) throw Meic.Core.Hosting.Worded.Input("script.mapping.twice", script, i + 1, a.Id);
        }
    }
}
