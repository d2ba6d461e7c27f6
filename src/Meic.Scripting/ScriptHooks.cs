using Meic.Core.Hosting;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;

namespace Meic.Scripting;

/// <summary>
/// Runs the scripts toolkit.json maps to events (<c>"hooks": { "actor.added": ["scripts/x.csx"] }</c>), after the
/// change is committed. A hook that fails is reported on stderr; the change stays. Hooks do not trigger hooks.
/// </summary>
public sealed class ScriptHooks
{
    private readonly MeicContext _context;
    private readonly Queue<MeicEvent> _committed = new();
    private readonly Queue<MeicEvent> _published = new();
    private readonly HashSet<(string, string)> _ran = new();
    private bool _running;

    private ScriptHooks(MeicContext context) => _context = context;

    /// <summary>How many hook scripts failed in this run.</summary>
    public int Failures { get; private set; }

    /// <summary>Listens to <paramref name="context"/> when its workspace declares hooks; null otherwise.</summary>
    public static ScriptHooks? Attach(MeicContext context)
    {
        if (context.Workspace is not { } ws || ws.Config.Hooks.Count == 0) return null;
        var hooks = new ScriptHooks(context);
        context.StoreOpened += store => store.Committed += hooks.OnCommitted;
        context.Published += hooks.OnPublished;
        return hooks;
    }

    private void OnCommitted(IReadOnlyList<JournalEntry> entries)
    {
        if (_running) return;
        while (_published.TryDequeue(out var p)) _committed.Enqueue(p); // published before this commit: now committed
        foreach (var e in JournalEvents.From(entries)) _committed.Enqueue(e);
        // Inside a running script, hooks wait for it to end: they neither eat its time nor interleave with its output.
        if (!ScriptHost.InScript) Flush();
    }

    // Plugins may publish inside a transaction: the hook waits for the next commit, or the end of the command.
    private void OnPublished(MeicEvent e)
    {
        if (!_running) _published.Enqueue(e);
    }

    /// <summary>At the end of the command: runs hooks for everything committed, and for published events when the command succeeded.</summary>
    public void Complete(bool succeeded)
    {
        if (succeeded) while (_published.TryDequeue(out var p)) _committed.Enqueue(p);
        _published.Clear();
        Flush();
    }

    private void Flush()
    {
        var hooks = _context.Workspace!.Config.Hooks;
        _running = true;
        try
        {
            while (_committed.TryDequeue(out var e))
            {
                if (!_ran.Add((e.Name, e.Subject))) continue; // the journal and a plugin may both name one change
                var scripts = hooks.GetValueOrDefault(e.Name, []).Concat(hooks.GetValueOrDefault("*", []));
                foreach (var script in scripts) Run(script, e);
            }
        }
        finally { _running = false; }
    }

    private void Run(string script, MeicEvent e)
    {
        var config = _context.Workspace!.Config.Scripts;
        var t = _context.Strings;
        var label = t["script.hook.label", script, e.Name, e.Subject];
        var warning = $"meic: {t["error.warning"]}: ";
        ScriptOutcome outcome;
        try
        {
            var file = Path.Combine(_context.WorkspaceDirectory, script);
            outcome = new ScriptHost(_context, config).Run(new ScriptInvocation(file, [e.Name, e.Subject]) { Event = e });
        }
        catch (Exception ex) // deliberate: a hook's failure is reported, never undoes the committed change
        {
            Failures++;
            _context.Errors.WriteLine(warning + t["script.hook.couldNotRun", label, Meic.Core.Hosting.Worded.Say(ex, t)]);
            return;
        }
        if (outcome.Status == ScriptStatus.Completed && !outcome.OutputTruncated) return;
        var lines = new StringWriter();
        var code = ScriptReport.Write(outcome, config, lines, _context.Verbose, label, t);
        if (code != 0) Failures++;
        foreach (var line in lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
            _context.Errors.WriteLine(line.StartsWith(warning, StringComparison.Ordinal) ? line
                : line.StartsWith("meic: ", StringComparison.Ordinal) ? warning + line[6..] : warning + line);
        if (code != 0) _context.Errors.WriteLine(warning + t["script.hook.kept"]);
        if (outcome.StillRunning) StopProcess(code);
    }

    // A hook that ignores cancellation cannot be stopped inside the process: end it, the change is already saved.
    private void StopProcess(int code)
    {
        _context.Errors.Flush();
        _context.Out.Flush();
        Environment.Exit(code);
    }
}
