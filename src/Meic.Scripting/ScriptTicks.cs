using System.Runtime.CompilerServices;

namespace Meic.Scripting;

/// <summary>
/// The guard compiled into every script: <see cref="ScriptRewriter"/> puts a <see cref="Loop"/> at the top of each loop
/// body and an <see cref="Enter"/> at the top of each method, lambda and accessor. When the time limit passes the host
/// raises a flag, and the next tick ends the script; a call with too little stack left ends it before the stack
/// overflows (which would kill meic). Never loads Roslyn: the cached path uses it.
/// </summary>
public static class ScriptTicks
{
    /// <summary>Changes whenever the rewriting changes; part of the compile cache's key, so old assemblies are recompiled.</summary>
    public const int Version = 1;

    private static volatile bool _stopped;

    /// <summary>At the top of each loop iteration: ends the script once its time is up.</summary>
    public static void Loop()
    {
        if (_stopped) throw new ScriptLimitException(ScriptLimit.Time);
    }

    /// <summary>At each method entry: ends the script once its time is up, or before its recursion overflows the stack.</summary>
    public static void Enter()
    {
        if (_stopped) throw new ScriptLimitException(ScriptLimit.Time);
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new ScriptLimitException(ScriptLimit.Depth);
    }

    /// <summary>Before a run: the flag is down.</summary>
    internal static void Arm() => _stopped = false;

    /// <summary>At the time limit: every tick from now on throws (a script that catches one meets the next).</summary>
    internal static void Stop() => _stopped = true;
}

/// <summary>Which limit stopped a script.</summary>
public enum ScriptLimit
{
    /// <summary>It ran past scripts.timeoutSeconds.</summary>
    Time,
    /// <summary>Its calls nested deeper than the stack allows (endless recursion).</summary>
    Depth,
}

/// <summary>Thrown inside a script by <see cref="ScriptTicks"/> when a limit is reached.</summary>
public sealed class ScriptLimitException(ScriptLimit limit) : Exception(limit == ScriptLimit.Time
    ? "the script ran past its time limit"
    : "the script's calls nested too deep (endless recursion?)")
{
    /// <summary>Which limit.</summary>
    public ScriptLimit Limit { get; } = limit;
}
