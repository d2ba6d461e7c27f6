namespace Meic.Scripting;

/// <summary>Runs script code on its own thread with a time limit; a script that ignores cancellation is reported as still running.</summary>
public static class TimedRun
{
    /// <summary>How long a cancelled script gets to stop before it is declared stuck.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    /// <summary>The script thread's stack (as a main thread's on Windows): room for honest recursion, and a runaway one ends (ScriptTicks) after a few thousand calls, quick to unwind.</summary>
    public const int MaxStackBytes = 1024 * 1024;

    /// <summary>The result of <see cref="Run"/>.</summary>
    public sealed record Result(object? Value, Exception? Error, bool TimedOut, bool StillRunning);

    /// <summary>Runs <paramref name="work"/>, cancelling <paramref name="cancel"/> after <paramref name="limit"/>.</summary>
    public static Result Run(Func<object?> work, TimeSpan limit, CancellationTokenSource cancel)
    {
        object? value = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { value = work(); }
            catch (Exception e) { error = e; } // deliberate: whatever the script throws is reported by the caller
        }, MaxStackBytes) { IsBackground = true, Name = "meic-script" };
        ScriptTicks.Arm();
        thread.Start();
        if (thread.Join(limit)) return new Result(value, error, false, false);
        ScriptTicks.Stop(); // the next loop iteration or call in the script throws
        cancel.Cancel();
        var stopped = thread.Join(Grace);
        return new Result(null, null, true, !stopped);
    }
}
