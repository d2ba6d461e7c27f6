using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Spectre.Console;

namespace Meic.Scripting;

/// <summary>
/// What a script sees as globals: the cluster through the SDK, the services plugins publish, the console,
/// the arguments and a cancellation token. Its public surface names SDK types only.
/// </summary>
public class ScriptGlobals
{
    /// <summary>Creates the globals for one run.</summary>
    public ScriptGlobals(IMeicContext context, IReadOnlyList<string> args, ScriptConsole console, TextWriter output, CancellationToken cancellationToken,
        string scriptPath, MeicEvent? @event = null, string? period = null, string? inputFile = null)
    {
        Context = context; Args = args; Console = console; Out = output; CancellationToken = cancellationToken;
        ScriptPath = scriptPath; Event = @event; Period = period; InputFile = inputFile;
    }

    /// <summary>The host context (store, language, clock, settings, services).</summary>
    public IMeicContext Context { get; }
    /// <summary>The script's arguments (after the script's file name).</summary>
    public IReadOnlyList<string> Args { get; }
    /// <summary>The console: plain text with <c>Console.WriteLine("…")</c>, or any Spectre.Console widget with <c>Console.Write(table)</c>.</summary>
    public ScriptConsole Console { get; }
    /// <summary>Plain standard output (what <c>--json</c> output is written to).</summary>
    public TextWriter Out { get; }
    /// <summary>Cancelled when the time limit passes: long loops should check it.</summary>
    public CancellationToken CancellationToken { get; internal set; }
    /// <summary>The script's own file.</summary>
    public string ScriptPath { get; }
    /// <summary>The event that triggered a hook script (null when run by hand).</summary>
    public MeicEvent? Event { get; }
    /// <summary>The reporting period a computed indicator is asked for (null otherwise).</summary>
    public string? Period { get; }
    /// <summary>The file an import mapping script reads (null otherwise).</summary>
    public string? InputFile { get; }

    /// <summary>The cluster's document store.</summary>
    public IDocumentStore Store => Context.Store;
    /// <summary>The actors of the cluster.</summary>
    public IDocumentCollection<Actor> Actors => Store.Collection<Actor>(Actor.CollectionName);
    /// <summary>The ties (relationships) between actors.</summary>
    public IDocumentCollection<Relationship> Ties => Store.Collection<Relationship>(Relationship.CollectionName);
    /// <summary>The cluster record.</summary>
    public Cluster Cluster => Store.Collection<Cluster>(Cluster.CollectionName).Get("cluster")
        ?? throw Meic.Core.Hosting.Worded.Failure("script.noCluster");
    /// <summary>The workspace folder.</summary>
    public string WorkspaceDirectory => Context.WorkspaceDirectory;
    /// <summary>The active UI language (it, es, en).</summary>
    public string Language => Context.Language;
    /// <summary>Whether --json was given.</summary>
    public bool Json => Context.Json;
    /// <summary>The clock's current time.</summary>
    public DateTimeOffset Now => Context.Clock.Now;

    /// <summary>Another collection by name, read as <typeparamref name="T"/> (declare a small class with the fields you need).</summary>
    public IDocumentCollection<T> Collection<T>(string name) where T : Document => Store.Collection<T>(name);

    /// <summary>A service a loaded plugin publishes, or null when no plugin offers it.</summary>
    public T? GetService<T>() where T : class => Context.GetService<T>();

    /// <summary>A service a plugin publishes; a clear error when none does.</summary>
    public T RequireService<T>() where T : class =>
        Context.GetService<T>() ?? throw Meic.Core.Hosting.Worded.Failure("script.noService", typeof(T).Name);

    /// <summary>Publishes an event to plugins (and hooks).</summary>
    public void Publish(string name, string subject, IReadOnlyDictionary<string, object?>? data = null) => Context.Publish(new MeicEvent(name, subject, data));

    /// <summary>Writes the value as JSON to standard output.</summary>
    public void WriteJson(object? value) => Context.WriteJson(value);

    /// <summary>A path inside the workspace; an error when <paramref name="relativePath"/> leads outside it.</summary>
    public string WorkspacePath(string relativePath)
    {
        var root = Path.GetFullPath(WorkspaceDirectory);
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var inside = full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside ? full : throw Meic.Core.Hosting.Worded.Input("script.outside", relativePath);
    }

    /// <summary>Writes <paramref name="text"/> to a file inside the workspace (folders are created).</summary>
    public string WriteFile(string relativePath, string text)
    {
        var full = WorkspacePath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }
}
