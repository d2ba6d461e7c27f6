using System.CommandLine;
using System.Diagnostics;
using Meic.Core.Hosting;
using Meic.Scripting;
using Meic.Sdk.Errors;
using Spectre.Console;

namespace Meic.Cli.Commands;

/// <summary><c>meic script run|indicators|import|clean</c>: C# scripts with the cluster open.</summary>
internal static class ScriptCommand
{
    public static Command Create(MeicContext context)
    {
        var t = context.Strings;
        var command = new Command("script", t["cmd.script"]) { Run(context), Indicators(context), Import(context), Clean(context) };
        return command;
    }

    private static Command Run(MeicContext context)
    {
        var t = context.Strings;
        var file = new Argument<string>("FILE") { Description = t["cmd.script.file"] };
        var args = new Argument<string[]>("ARGS") { Description = t["cmd.script.args"], Arity = ArgumentArity.ZeroOrMore };
        var isolated = new Option<bool>("--isolated") { Description = t["cmd.script.isolated"] };
        var command = new Command("run", t["cmd.script.run"]) { file, args, isolated };
        command.TreatUnmatchedTokensAsErrors = false; // `meic script run x.csx --top 5`: the script's own options reach Args
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var scriptArgs = (parse.GetValue(args) ?? []).Concat(parse.UnmatchedTokens).ToList();
            var config = context.RequireWorkspace().Config.Scripts;
            if (parse.GetValue(isolated)) return RunIsolated(context, path, scriptArgs, config.TimeoutSeconds);
            var marker = Environment.GetEnvironmentVariable(StartedVariable);
            var outcome = new ScriptHost(context, config).Run(new ScriptInvocation(path, scriptArgs)
            {
                Started = string.IsNullOrEmpty(marker) ? null : () => File.WriteAllText(marker, "started"),
            });
            if (context.Verbose && outcome.AssemblyPath is not null)
                context.Errors.WriteLine($"meic: script: {(outcome.FromCache ? "loaded from cache" : "compiled to")} {ScriptHost.Display(outcome.AssemblyPath ?? "-")}; compiler loaded: {(ScriptHost.CompilerLoaded ? "yes" : "no")}");
            var code = ScriptReport.Write(outcome, config, context.Errors, context.Verbose, strings: context.Strings);
            if (outcome.StillRunning) Stop(context, code);
            if (outcome.Value is { } value) PrintResult(context, value);
            return code;
        });
        return command;
    }

    // A script's result (`return x;` or a final expression): JSON with --json, plain values as text.
    private static void PrintResult(MeicContext context, object value)
    {
        if (context.Json) context.WriteJson(value);
        else if (value is IConvertible) context.Out.WriteLine(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    // A script that ignored cancellation is still running on its thread: only ending the process stops it.
    private static void Stop(MeicContext context, int code)
    {
        context.Out.Flush();
        context.Errors.Flush();
        Environment.Exit(code);
    }

    /// <summary>Memory the isolated script's .NET heap may use.</summary>
    private const long IsolatedHeapBytes = 512L * 1024 * 1024;
    /// <summary>The largest file the isolated script may write (inside the workspace).</summary>
    private const long IsolatedFileBytes = 256L * 1024 * 1024;

    // Set for the child of `--isolated`: a file it writes when the script starts to run, so the parent's
    // outer limit counts the script's own time, not the child's start-up and compilation (which on a busy
    // machine can take longer than the limit itself).
    private const string StartedVariable = "MEIC_SCRIPT_STARTED_FILE";

    // The child's start-up and compilation: bounded only to catch a child that never gets going.
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(10);

    // The child runs the same guarded script, inside bubblewrap where the machine has it: the whole filesystem read-only
    // but the workspace, a private /tmp, no network, its own process tree; CPU seconds, file size and heap bounded.
    private static int RunIsolated(MeicContext context, string path, IReadOnlyList<string> scriptArgs, double timeoutSeconds)
    {
        var t = context.Strings;
        var self = Environment.ProcessPath ?? "dotnet";
        var inner = new List<string> { self };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") inner.Add(typeof(ScriptCommand).Assembly.Location);
        inner.AddRange(["script", "run", Path.GetFullPath(path), "--cluster", context.WorkspaceDirectory, "--lang", context.Language]);
        if (context.Verbose) inner.Add("--verbose");
        if (context.Json) inner.Add("--json");
        inner.Add("--");
        inner.AddRange(scriptArgs);

        var cpuSeconds = (long)Math.Ceiling(timeoutSeconds) + 60; // start-up and compiling count too
        var limited = new List<string>();
        if (Which("prlimit") is { } prlimit) limited.AddRange([prlimit, $"--cpu={cpuSeconds}", $"--fsize={IsolatedFileBytes}", "--core=0", "--"]);
        limited.AddRange(inner);

        var marker = Path.GetTempFileName();
        var argv = new List<string>();
        if (Which("bwrap") is { } bwrap)
        {
            var workspace = Path.GetFullPath(context.WorkspaceDirectory);
            // The start marker is bound through the private /tmp so the parent sees it.
            // A private /tmp, unless the workspace itself lives under /tmp (it would be hidden): then /tmp stays read-only.
            var underTmp = workspace.StartsWith("/tmp/", StringComparison.Ordinal);
            argv.AddRange([bwrap, "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"]);
            if (!underTmp) argv.AddRange(["--tmpfs", "/tmp"]);
            argv.AddRange(["--bind", marker, marker,
                "--bind", workspace, workspace, "--unshare-net", "--unshare-pid", "--unshare-ipc", "--die-with-parent", "--new-session", "--"]);
        }
        else context.Errors.WriteLine(t["script.isolated.noSandbox"]);
        argv.AddRange(limited);

        var psi = new ProcessStartInfo(argv[0]) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var a in argv.Skip(1)) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_GCHeapHardLimit"] = $"0x{IsolatedHeapBytes:X}";
        psi.Environment["DOTNET_EnableDiagnostics"] = "0"; // no debugger or diagnostics pipes out of the sandbox
        psi.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        psi.Environment[StartedVariable] = marker;
        context.Out.Flush();
        try
        {
            using var child = Process.Start(psi) ?? throw new MeicException(context.Strings["script.noProcess"]);
            // The child's messages are passed on when it ends as meic does (0, 1, 2); a crash's raw trace only with --verbose.
            var errors = new System.Text.StringBuilder();
            child.ErrorDataReceived += (_, e) => { if (e.Data is not null && errors.Length < 1_000_000) lock (errors) errors.AppendLine(e.Data); };
            child.BeginErrorReadLine();
            // The child enforces the limit on the run itself; this outer limit counts from the moment the script starts to
            // run (start-up and compiling on a busy machine can take longer than the limit) and catches anything that escapes it.
            var clock = Stopwatch.StartNew();
            TimeSpan? started = null;
            while (!child.WaitForExit(200))
            {
                if (started is null && new FileInfo(marker).Length > 0) started = clock.Elapsed;
                var limit = started is { } at ? at + TimeSpan.FromSeconds(timeoutSeconds + 10) : StartLimit;
                if (clock.Elapsed <= limit) continue;
                child.Kill(entireProcessTree: true);
                child.WaitForExit();
                context.Errors.WriteLine(t["script.isolated.killed", timeoutSeconds.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)]);
                return ScriptReport.TimedOutExitCode;
            }
            child.WaitForExit(); // the stderr reader is drained
            string text;
            lock (errors) text = errors.ToString();
            if (child.ExitCode is 0 or 1 or 2)
            {
                context.Errors.Write(text);
                return child.ExitCode;
            }
            context.Errors.WriteLine(t["script.isolated.crashed", child.ExitCode]);
            if (context.Verbose) context.Errors.Write(text);
            return 1;
        }
        finally
        {
            File.Delete(marker);
        }
    }

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    private static Command Indicators(MeicContext context)
    {
        var t = context.Strings;
        var period = new Option<string>("--period") { Description = t["cmd.script.period"], HelpName = "PERIOD" };
        var code = new Option<string>("--code") { Description = t["cmd.script.code"], HelpName = "CODE" };
        var save = new Option<bool>("--save") { Description = t["cmd.script.save"] };
        var command = new Command("indicators", t["cmd.script.indicators"]) { period, code, save };
        command.SetAction(parse =>
        {
            var now = context.Clock.Now;
            var p = parse.GetValue(period) ?? $"{now.Year}-Q{(now.Month - 1) / 3 + 1}";
            var indicators = new ComputedIndicators(context);
            var (values, exit) = indicators.Compute(p, parse.GetValue(code), context.Errors);
            if (exit != 0) return exit;
            if (parse.GetValue(save)) indicators.Save(values);
            if (context.Json) { context.WriteJson(values); return 0; }
            var table = new Table().AddColumns(t["script.indicator"], t["script.period"], t["script.value"]);
            foreach (var v in values) table.AddRow(new Text(v.Code), new Text(v.Period), new Text(v.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)));
            context.Console.Write(table);
            if (parse.GetValue(save)) context.Console.WriteLine(t["script.saved", values.Count]);
            return 0;
        });
        return command;
    }

    private static Command Import(MeicContext context)
    {
        var t = context.Strings;
        var mapping = new Argument<string>("MAPPING") { Description = t["cmd.script.mapping"] };
        var file = new Argument<string>("FILE") { Description = t["cmd.script.input"] };
        var dryRun = new Option<bool>("--dry-run") { Description = t["cmd.script.dryRun"] };
        var command = new Command("import", t["cmd.script.import"]) { mapping, file, dryRun };
        command.SetAction(parse =>
        {
            var (result, exit) = new ImportMappings(context).Import(parse.GetValue(mapping)!, parse.GetValue(file)!, parse.GetValue(dryRun), context.Errors);
            if (result is null) return exit;
            if (context.Json) { context.WriteJson(result); return 0; }
            context.Console.Write(new Text(t["script.imported", result.Mapping, result.Added, result.Updated, result.File] + "\n"));
            if (result.DryRun) context.Console.WriteLine(t["script.dryRun"]);
            return 0;
        });
        return command;
    }

    private static Command Clean(MeicContext context)
    {
        var command = new Command("clean", context.Strings["cmd.script.clean"]);
        command.SetAction(_ =>
        {
            var removed = new ScriptCache(context.RequireWorkspace().Directory).Clear();
            if (context.Json) context.WriteJson(new { removed });
            else context.Console.WriteLine(context.Strings["script.cleaned", removed]);
            return 0;
        });
        return command;
    }
}
