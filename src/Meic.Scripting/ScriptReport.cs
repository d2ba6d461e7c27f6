using Meic.Core.Workspace;
using Meic.Sdk.Errors;

namespace Meic.Scripting;

/// <summary>Turns a script outcome into the lines a user reads and the exit code.</summary>
public static class ScriptReport
{
    /// <summary>Exit code of a script stopped at its time limit (as GNU timeout).</summary>
    public const int TimedOutExitCode = 1; // a failure, like any other: the toolkit exits 0, 1 or 2

    /// <summary>Writes what went wrong (or was cut) to <paramref name="errors"/>; returns the exit code.</summary>
    public static int Write(ScriptOutcome outcome, ScriptsConfig config, TextWriter errors, bool verbose, string label = "the script", Meic.Sdk.Text.ILocalizer? strings = null)
    {
        strings ??= Meic.Core.Hosting.HostStrings.English;
        if (outcome is { Status: ScriptStatus.Threw, Exception: ScriptLimitException { Limit: ScriptLimit.Time } })
            outcome = new ScriptOutcome(ScriptStatus.TimedOut) { OutputTruncated = outcome.OutputTruncated };
        if (outcome.OutputTruncated)
            errors.WriteLine($"meic: warning: {label} wrote more than {config.MaxOutputBytes} characters; the rest of its output was dropped (scripts.maxOutputBytes in toolkit.json).");
        switch (outcome.Status)
        {
            case ScriptStatus.CompileFailed:
                foreach (var d in outcome.Diagnostics) errors.WriteLine(d);
                errors.WriteLine($"meic: {label} did not compile; nothing ran.");
                return 2;
            case ScriptStatus.Threw when outcome.Exception is ScriptLimitException:
                errors.WriteLine(strings["script.tooDeep", label, outcome.Where is null ? "" : $" ({outcome.Where})"]);
                if (verbose) errors.WriteLine(outcome.Exception.ToString());
                return 1;
            case ScriptStatus.Threw:
                var e = outcome.Exception!;
                var at = outcome.Where is null ? "" : $" at {outcome.Where}";
                errors.WriteLine(e is MeicException
                    ? $"meic: {label} stopped{at}: {e.Message}"
                    : $"meic: {label} failed{at}: {e.GetType().Name}: {e.Message}");
                if (verbose) errors.WriteLine(e.ToString());
                return e is MeicException m ? m.ExitCode : 1;
            case ScriptStatus.TimedOut:
                errors.WriteLine($"meic: {label} was stopped: it ran longer than its limit of {config.TimeoutSeconds:0.##} s (scripts.timeoutSeconds in toolkit.json)"
                    + (outcome.StillRunning ? " and ignored cancellation" : "") + "; changes it had not committed were not saved.");
                return TimedOutExitCode;
            default:
                return 0;
        }
    }
}
