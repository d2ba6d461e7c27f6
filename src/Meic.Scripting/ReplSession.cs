using Meic.Core.Hosting;
using Meic.Core.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Scripting.Hosting;
using Microsoft.CodeAnalysis.Scripting;

namespace Meic.Scripting;

/// <summary>
/// <c>meic repl</c>: an interactive C# prompt with the same globals, limits and guard as scripts; multi-line input
/// (a submission runs when it is complete), history kept in <c>.meic/repl-history</c>.
/// </summary>
public sealed class ReplSession(MeicContext context, ScriptsConfig config)
{
    private const int HistoryLimit = 500;

    /// <summary>Reads submissions until end of input or <c>#exit</c>; returns the exit code.</summary>
    public int Run(TextReader input, bool interactive)
    {
        var output = context.Out;
        var errors = context.Errors;
        var historyFile = Path.Combine(context.WorkspaceDirectory, ".meic", "repl-history");
        var history = File.Exists(historyFile) ? File.ReadAllLines(historyFile).TakeLast(HistoryLimit).ToList() : new List<string>();
        var editor = interactive ? new LineEditor(history) : null;
        var options = ScriptCompiler.Options(ScriptCompiler.ReferencePaths(context), config, Directory.GetCurrentDirectory(), null);
        var globals = new ScriptGlobals(context, [], new ScriptConsole(context.Console, output), output, CancellationToken.None, "repl");
        ScriptState<object>? state = null;
        var buffer = "";
        if (interactive) output.WriteLine(context.Strings["script.repl.banner"]);
        try
        {
            while (true)
            {
                var prompt = buffer.Length == 0 ? "meic> " : "  ... ";
                string? line;
                if (editor is not null) line = editor.ReadLine(prompt);
                else line = input.ReadLine();
                if (line is null) break;
                if (buffer.Length == 0 && line.Trim() is var cmd && cmd.StartsWith('#') && !cmd.StartsWith("#load", StringComparison.Ordinal) && !cmd.StartsWith("#r ", StringComparison.Ordinal))
                {
                    if (cmd is "#exit" or "#quit") break;
                    if (cmd == "#help") output.WriteLine(context.Strings["script.repl.help"]);
                    else if (cmd == "#history") foreach (var h in history) output.WriteLine(h);
                    else if (cmd == "#reset") { state = null; output.WriteLine(context.Strings["script.repl.cleared"]); }
                    else errors.WriteLine($"meic: {context.Strings["script.repl.unknown", cmd]}");
                    continue;
                }
                if (line.Trim().Length > 0) { history.Add(line); }
                buffer = buffer.Length == 0 ? line : buffer + "\n" + line;
                var tree = CSharpSyntaxTree.ParseText(buffer, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script).WithLanguageVersion(LanguageVersion.Latest));
                if (!SyntaxFactory.IsCompleteSubmission(tree)) continue;
                var code = buffer;
                buffer = "";
                var next = Submit(code, options, globals, state, output, errors);
                if (next.Stuck) return ScriptReport.TimedOutExitCode;
                state = next.State ?? state;
            }
        }
        finally
        {
            Directory.CreateDirectory(Path.GetDirectoryName(historyFile)!);
            File.WriteAllLines(historyFile, history.TakeLast(HistoryLimit));
        }
        return 0;
    }

    private (ScriptState<object>? State, bool Stuck) Submit(string code, ScriptOptions options, ScriptGlobals globals, ScriptState<object>? state, TextWriter output, TextWriter errors)
    {
        var script = state is null ? CSharpScript.Create(code, options, typeof(ScriptGlobals)) : state.Script.ContinueWith(code, options);
        var compilation = script.GetCompilation();
        var problems = ScriptCompiler.Policy(compilation, config).Concat(
            compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ScriptCompiler.Format)).ToList();
        if (problems.Count == 0) problems.AddRange(ScriptGuard.Check(compilation, config.Trusted));
        if (problems.Count > 0)
        {
            foreach (var p in problems) errors.WriteLine(p);
            return (null, false);
        }
        // The submission runs rewritten, as scripts do: an endless loop or recursion ends at a tick (ScriptTicks), the prompt stays.
        var (guardedCode, loaded) = ScriptCompiler.Rewrite(compilation, "");
        var guardedOptions = ScriptCompiler.WithRewrittenLoads(options, Directory.GetCurrentDirectory(), loaded);
        script = state is null ? CSharpScript.Create(guardedCode ?? code, guardedOptions, typeof(ScriptGlobals)) : state.Script.ContinueWith(guardedCode ?? code, guardedOptions);
        var guardErrors = script.GetCompilation().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ScriptCompiler.Format).Distinct().ToList();
        if (guardErrors.Count > 0)
        {
            foreach (var p in guardErrors) errors.WriteLine(p);
            return (null, false);
        }
        using var cancel = new CancellationTokenSource();
        globals.CancellationToken = cancel.Token;
        var run = TimedRun.Run(() => state is null
            ? script.RunAsync(globals, _ => true, cancel.Token).GetAwaiter().GetResult()
            : script.RunFromAsync(state, _ => true, cancel.Token).GetAwaiter().GetResult(), TimeSpan.FromSeconds(config.TimeoutSeconds), cancel);
        if (run.TimedOut)
        {
            ScriptReport.Write(new ScriptOutcome(ScriptStatus.TimedOut) { StillRunning = run.StillRunning }, config, errors, false, context.Strings["script.repl.label"], context.Strings);
            return (null, run.StillRunning);
        }
        if (run.Error is { } error)
        {
            ScriptReport.Write(new ScriptOutcome(ScriptStatus.Threw) { Exception = Unwrap(error) }, config, errors, context.Verbose, context.Strings["script.repl.label"], context.Strings);
            return (null, false);
        }
        var next = (ScriptState<object>)run.Value!;
        if (next.Exception is { } thrown)
        {
            ScriptReport.Write(new ScriptOutcome(ScriptStatus.Threw) { Exception = thrown }, config, errors, context.Verbose, context.Strings["script.repl.label"], context.Strings);
            return (next, false);
        }
        if (next.ReturnValue is { } value) output.WriteLine(CSharpObjectFormatter.Instance.FormatObject(value));
        return (next, false);
    }

    private static Exception Unwrap(Exception e)
    {
        while (e is AggregateException or System.Reflection.TargetInvocationException && e.InnerException is not null) e = e.InnerException!;
        return e;
    }
}
