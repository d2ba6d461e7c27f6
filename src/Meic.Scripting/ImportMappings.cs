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
            throw new InputException(config.ImportMappings.Count == 0
                ? "no import mappings are registered; add \"scripts\": { \"importMappings\": { \"NAME\": \"scripts/x.csx\" } } to toolkit.json."
                : $"no import mapping '{mapping}'; registered: {string.Join(", ", config.ImportMappings.Keys)}.", "MAPPING");
        var input = Path.GetFullPath(file);
        if (!File.Exists(input)) throw new InputException("the file does not exist.", file);
        var outcome = new ScriptHost(context, config).Run(new ScriptInvocation(Path.Combine(context.WorkspaceDirectory, script), [input]) { InputFile = input });
        var exit = ScriptReport.Write(outcome, config, errors, context.Verbose, $"the import mapping {mapping} ({script})");
        if (exit != 0) return (null, exit);
        if (outcome.Value is not IEnumerable<Actor> returned)
            throw new InputException($"an import mapping must end with the actors it read (an IEnumerable<Actor>); it returned {(outcome.Value is null ? "nothing" : outcome.Value.GetType().Name)}.", script);
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
            if (a is null) throw new InputException($"actor {i + 1} is null; nothing was imported.", script);
            if (string.IsNullOrWhiteSpace(a.Name)) throw new InputException($"actor {i + 1} ({a.Id}) has no name; nothing was imported.", script);
            if (!string.IsNullOrEmpty(a.Id) && !ids.Add(a.Id)) throw new InputException($"actor {i + 1}: the id '{a.Id}' appears twice; nothing was imported.", script);
        }
    }
}
