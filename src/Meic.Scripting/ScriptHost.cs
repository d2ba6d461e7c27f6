using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Meic.Core.Hosting;
using Meic.Core.Workspace;
using Meic.Sdk.Plugins;
using Spectre.Console;

namespace Meic.Scripting;

/// <summary>What a script run is given besides its file.</summary>
public sealed record ScriptInvocation(string File, IReadOnlyList<string> Args)
{
    /// <summary>The event a hook runs for.</summary>
    public MeicEvent? Event { get; init; }
    /// <summary>The period a computed indicator is asked for.</summary>
    public string? Period { get; init; }
    /// <summary>The file an import mapping reads.</summary>
    public string? InputFile { get; init; }
    /// <summary>Called once the script is compiled (or found in the cache), just before it starts to run under its time limit.</summary>
    public Action? Started { get; init; }
}

/// <summary>
/// Runs scripts with the cluster open: a cached assembly when the sources are unchanged (no Roslyn loaded),
/// otherwise compiles (ScriptCompiler) and stores the result; then runs it under the time and output limits.
/// </summary>
public sealed class ScriptHost(MeicContext context, ScriptsConfig config)
{
    private static readonly AsyncLocal<CappedWriter?> Current = new();

    /// <summary>Whether the calling code runs inside a script (hooks wait until the script ends).</summary>
    public static bool InScript => Current.Value is not null;

    /// <summary>Whether any Roslyn assembly is loaded in this process.</summary>
    public static bool CompilerLoaded =>
        AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true);

    /// <summary>Compiles (or finds in the cache) and runs one script.</summary>
    public ScriptOutcome Run(ScriptInvocation invocation)
    {
        var sources = ScriptSources.Read(invocation.File);
        var cache = new ScriptCache(context.WorkspaceDirectory);
        var hash = sources.Hash(ScriptCache.Environment(context, config.Trusted, config.AllowReferences));
        var assemblyPath = cache.AssemblyFor(hash);
        var fromCache = File.Exists(assemblyPath);
        IReadOnlyList<string> references = [];
        if (fromCache)
        {
            if (File.Exists(cache.ReferencesFor(hash))) references = File.ReadAllLines(cache.ReferencesFor(hash));
        }
        else
        {
            var compiled = Compile(sources, assemblyPath, cache.ReferencesFor(hash));
            if (compiled.Diagnostics.Count > 0) return new ScriptOutcome(ScriptStatus.CompileFailed) { Diagnostics = compiled.Diagnostics };
            references = compiled.References;
        }
        return Execute(sources, invocation, assemblyPath, references) with { FromCache = fromCache, AssemblyPath = assemblyPath };
    }

    // Kept apart and never inlined: the cache-hit path must not make the JIT load Roslyn.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CompileResult Compile(ScriptSources sources, string assemblyPath, string referencesPath) =>
        ScriptCompiler.Compile(sources, ScriptCompiler.ReferencePaths(context), config, assemblyPath, referencesPath);

    private ScriptOutcome Execute(ScriptSources sources, ScriptInvocation invocation, string assemblyPath, IReadOnlyList<string> references)
    {
        var loader = new ScriptLoadContext(context, references);
        var entry = ScriptCache.LoadEntry(loader, assemblyPath);
        using var cancel = new CancellationTokenSource();
        var output = new CappedWriter(context.Out, config.MaxOutputBytes);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = context.Console.Profile.Capabilities.Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = context.Console.Profile.Capabilities.Ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = context.Console.Profile.Width;
        var globals = new ScriptGlobals(context, invocation.Args, new ScriptConsole(console, output), output, cancel.Token, sources.MainFile,
            invocation.Event, invocation.Period, invocation.InputFile);
        var stdout = Console.Out;
        Console.SetOut(output);
        TimedRun.Result result;
        Current.Value = output;
        try
        {
            invocation.Started?.Invoke();
            result = TimedRun.Run(() => entry([globals, null!]).GetAwaiter().GetResult(), TimeSpan.FromSeconds(config.TimeoutSeconds), cancel);
        }
        finally
        {
            Console.SetOut(stdout);
            Current.Value = null;
            output.Flush();
        }
        var truncated = output.Truncated;
        if (result.TimedOut) return new ScriptOutcome(ScriptStatus.TimedOut) { StillRunning = result.StillRunning, OutputTruncated = truncated };
        if (result.Error is { } error)
        {
            var e = Unwrap(error);
            if (e is OperationCanceledException && cancel.IsCancellationRequested)
                return new ScriptOutcome(ScriptStatus.TimedOut) { OutputTruncated = truncated };
            return new ScriptOutcome(ScriptStatus.Threw) { Exception = e, Where = Locate(e, sources), OutputTruncated = truncated };
        }
        return new ScriptOutcome(ScriptStatus.Completed) { Value = result.Value, OutputTruncated = truncated };
    }

    private static Exception Unwrap(Exception e)
    {
        while (e is TargetInvocationException or AggregateException && e.InnerException is not null) e = e.InnerException!;
        return e;
    }

    /// <summary>The innermost frame that sits in one of the script's files, as <c>file(line)</c>.</summary>
    private static string? Locate(Exception e, ScriptSources sources)
    {
        var files = sources.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var frame in new StackTrace(e, fNeedFileInfo: true).GetFrames())
        {
            var file = frame.GetFileName();
            if (file is not null && files.Contains(file) && frame.GetFileLineNumber() > 0)
                return $"{Display(file)}({frame.GetFileLineNumber()})";
        }
        return null;
    }

    /// <summary>A path as the user would type it: relative to the current folder when inside it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }
}

/// <summary>What compiling produced: errors, or the #r paths the assembly needs.</summary>
public sealed record CompileResult(IReadOnlyList<string> Diagnostics, IReadOnlyList<string> References);
