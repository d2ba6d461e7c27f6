using Meic.Core.Workspace;
using Meic.Sdk.Errors;

namespace Meic.Scripting;

/// <summary>Turns a script outcome into the lines a user reads and the exit code.</summary>
public static class ScriptReport
{
    /// <summary>Exit code of a script stopped at its time limit (as GNU timeout).</summary>
    public const int TimedOutExitCode = 1; // a failure, like any other: the toolkit exits 0, 1 or 2

    /// <summary>Writes what went wrong (or was cut) to <paramref name="errors"/>; returns the exit code.</summary>
    public static int Write(ScriptOutcome outcome, ScriptsConfig config, TextWriter errors, bool verbose, string? label = null, Meic.Sdk.Text.ILocalizer? strings = null)
    {
        strings ??= Meic.Core.Hosting.HostStrings.English;
        label ??= strings["script.label"];
        if (outcome is { Status: ScriptStatus.Threw, Exception: ScriptLimitException { Limit: ScriptLimit.Time } })
            outcome = new ScriptOutcome(ScriptStatus.TimedOut) { OutputTruncated = outcome.OutputTruncated };
        if (outcome.OutputTruncated)
            errors.WriteLine($"meic: {strings["error.warning"]}: {strings["script.truncated", label, config.MaxOutputBytes]}");
        switch (outcome.Status)
        {
            case ScriptStatus.CompileFailed:
                foreach (var d in outcome.Diagnostics) errors.WriteLine(d);
                errors.WriteLine($"meic: {strings["script.notCompiled", label]}");
                return 2;
            case ScriptStatus.Threw when outcome.Exception is ScriptLimitException:
                errors.WriteLine(strings["script.tooDeep", label, outcome.Where is null ? "" : $" ({outcome.Where})"]);
                if (verbose) errors.WriteLine(outcome.Exception.ToString());
                return 1;
            case ScriptStatus.Threw:
                var e = outcome.Exception!;
                var at = outcome.Where is null ? "" : strings["script.at", outcome.Where];
                errors.WriteLine(e is MeicException
                    ? $"meic: {strings["script.stopped", label, at, Meic.Core.Hosting.Worded.Say(e, strings)]}"
                    : $"meic: {strings["script.failed", label, at, e.GetType().Name, e.Message]}");
                if (verbose) errors.WriteLine(e.ToString());
                return e is MeicException m ? m.ExitCode : 1;
            case ScriptStatus.TimedOut:
                var whole = config.TimeoutSeconds == Math.Floor(config.TimeoutSeconds);
                var seconds = whole ? Meic.Sdk.Text.Numbers.Format((long)config.TimeoutSeconds, strings.Language) : Meic.Sdk.Text.Numbers.Format(config.TimeoutSeconds, strings.Language, 2);
                errors.WriteLine($"meic: {strings[outcome.StillRunning ? "script.timedOutStubborn" : "script.timedOut", label, seconds]}");
                return TimedOutExitCode;
            default:
                return 0;
        }
    }
}
