namespace Meic.Scripting;

/// <summary>How a script run ended.</summary>
public enum ScriptStatus
{
    /// <summary>Ran to the end.</summary>
    Completed,
    /// <summary>Did not compile, or was refused by the policy; nothing ran.</summary>
    CompileFailed,
    /// <summary>Threw an exception.</summary>
    Threw,
    /// <summary>Passed its time limit and was cancelled.</summary>
    TimedOut,
}

/// <summary>The result of one script run, with what is needed to report it.</summary>
public sealed record ScriptOutcome(ScriptStatus Status)
{
    /// <summary>The script's return value, when it completed.</summary>
    public object? Value { get; init; }
    /// <summary>Compile errors, each <c>file(line,col): error CODE: message</c>.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];
    /// <summary>The exception the script threw.</summary>
    public Exception? Exception { get; init; }
    /// <summary>Where in the script it threw: <c>file(line)</c>, when known.</summary>
    public string? Where { get; init; }
    /// <summary>A script that passed its limit and ignored cancellation: still running, the process must end.</summary>
    public bool StillRunning { get; init; }
    /// <summary>Whether the compiled assembly came from the cache.</summary>
    public bool FromCache { get; init; }
    /// <summary>The cached assembly.</summary>
    public string? AssemblyPath { get; init; }
    /// <summary>Whether output was cut at the limit.</summary>
    public bool OutputTruncated { get; init; }
}
