using System.Collections.Immutable;
using System.Text;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Core.Workspace;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Scripting;

namespace Meic.Scripting;

/// <summary>Compiles a script with Roslyn into the cache: references, imports, #load, the #r rule and the guard.</summary>
public static class ScriptCompiler
{
    /// <summary>Namespaces every script (and the REPL) imports.</summary>
    public static readonly string[] Imports =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks",
        "Meic.Sdk", "Meic.Sdk.Model", "Meic.Sdk.Store", "Meic.Sdk.Plugins", "Meic.Sdk.Errors", "Meic.Sdk.Text", "Spectre.Console",
    ];

    /// <summary>The assemblies scripts compile against: the framework, the SDK, the shared libraries and every plugin found.</summary>
    public static IReadOnlyList<string> ReferencePaths(MeicContext context)
    {
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "netstandard.dll" or "mscorlib.dll"
                || n is "Meic.Sdk.dll" or "Spectre.Console.dll" or "Newtonsoft.Json.dll"));
        var plugins = context.Plugins.Entries.Where(e => e.Status is PluginStatus.Found or PluginStatus.Loaded && File.Exists(e.Manifest!.EntryPath))
            .Select(e => e.Manifest!.EntryPath);
        return platform.Append(typeof(ScriptGlobals).Assembly.Location).Append(typeof(Meic.Sdk.SdkInfo).Assembly.Location)
            .Concat(plugins).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Script options shared by scripts and the REPL.</summary>
    internal static ScriptOptions Options(IReadOnlyList<string> references, ScriptsConfig config, string baseDirectory, string? filePath) =>
        ScriptOptions.Default
            .WithReferences(references.Select(p => MetadataReference.CreateFromFile(p)))
            .WithImports(Imports)
            .WithFilePath(filePath ?? "")
            .WithFileEncoding(Encoding.UTF8)
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, baseDirectory))
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory))
            .WithEmitDebugInformation(true)
            .WithOptimizationLevel(OptimizationLevel.Debug)
            .WithAllowUnsafe(false)
            .WithLanguageVersion(LanguageVersion.Latest);

    /// <summary>Compiles <paramref name="sources"/> to <paramref name="assemblyPath"/>; returns the errors, or none.</summary>
    public static CompileResult Compile(ScriptSources sources, IReadOnlyList<string> references, ScriptsConfig config, string assemblyPath, string referencesPath)
    {
        var baseDirectory = Path.GetDirectoryName(sources.MainFile)!;
        var options = Options(references, config, baseDirectory, sources.MainFile);
        var script = CSharpScript.Create(sources.MainText, options, typeof(ScriptGlobals));
        var compilation = script.GetCompilation();
        var refused = Policy(compilation, config);
        if (refused.Count > 0) return new CompileResult(refused, []);
        // The guard before the compiler's own errors: a refused API is named even when the script also has a typo.
        var refusedUses = ScriptGuard.Check(compilation, config.Trusted);
        if (refusedUses.Count > 0) return new CompileResult(refusedUses, []);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).Distinct().ToList();
        if (errors.Count > 0) return new CompileResult(errors, []);

        // Compiled again from the rewritten text: every loop and method passes the time and depth guard (ScriptTicks).
        compilation = Guarded(compilation, sources, references, config, baseDirectory);
        var guardErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).Distinct().ToList();
        if (guardErrors.Count > 0) return new CompileResult(guardErrors, []);

        Directory.CreateDirectory(Path.GetDirectoryName(assemblyPath)!);
        var temp = assemblyPath + "." + Environment.ProcessId + ".tmp";
        using (var pe = File.Create(temp))
        {
            var emitted = compilation.Emit(pe, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
            if (!emitted.Success)
            {
                pe.Close();
                File.Delete(temp);
                return new CompileResult(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Format).ToList(), []);
            }
        }
        var explicitReferences = compilation.DirectiveReferences.OfType<PortableExecutableReference>().Select(r => r.FilePath!).Where(p => p is not null).ToList();
        if (explicitReferences.Count > 0) File.WriteAllLines(referencesPath, explicitReferences);
        try { File.Move(temp, assemblyPath, overwrite: true); }
        catch (IOException) when (File.Exists(assemblyPath)) // another meic compiled the same script meanwhile and has it loaded
        {
            File.Delete(temp);
        }
        return new CompileResult([], explicitReferences);
    }

    /// <summary>The compilation of the same sources with the time and depth guard written into every loop and method.</summary>
    internal static Compilation Guarded(Compilation compilation, ScriptSources sources, IReadOnlyList<string> references, ScriptsConfig config, string baseDirectory)
    {
        var (main, loaded) = Rewrite(compilation, sources.MainFile);
        var options = WithRewrittenLoads(Options(references, config, baseDirectory, sources.MainFile), baseDirectory, loaded);
        return CSharpScript.Create(main ?? sources.MainText, options, typeof(ScriptGlobals)).GetCompilation();
    }

    /// <summary>
    /// Every tree of <paramref name="compilation"/> rewritten with the guard: the text of the tree at <paramref name="mainPath"/>
    /// (the script, or a REPL submission at "") and the texts of the files it <c>#load</c>s, by path.
    /// </summary>
    internal static (string? Main, Dictionary<string, string> Loaded) Rewrite(Compilation compilation, string mainPath)
    {
        var loaded = new Dictionary<string, string>(StringComparer.Ordinal);
        string? main = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var text = ScriptRewriter.Rewrite(tree, compilation.GetSemanticModel(tree));
            if (tree.FilePath == mainPath && main is null) main = text;
            else loaded[tree.FilePath] = text;
        }
        return (main, loaded);
    }

    /// <summary><paramref name="options"/> reading <c>#load</c>ed files as <see cref="Rewrite"/> rewrote them.</summary>
    internal static ScriptOptions WithRewrittenLoads(ScriptOptions options, string baseDirectory, IReadOnlyDictionary<string, string> loaded) =>
        options.WithSourceResolver(new RewrittenSources(new SourceFileResolver(ImmutableArray<string>.Empty, baseDirectory), loaded));

    // #load'ed files are read through this resolver, so they compile rewritten too (Roslyn cannot replace a #load'ed tree).
    private sealed class RewrittenSources(SourceFileResolver inner, IReadOnlyDictionary<string, string> rewritten) : SourceReferenceResolver
    {
        public override string? NormalizePath(string path, string? baseFilePath) => inner.NormalizePath(path, baseFilePath);
        public override string? ResolveReference(string path, string? baseFilePath) => inner.ResolveReference(path, baseFilePath);
        public override Stream OpenRead(string resolvedPath) => inner.OpenRead(resolvedPath);
        public override Microsoft.CodeAnalysis.Text.SourceText ReadText(string resolvedPath) =>
            rewritten.TryGetValue(resolvedPath, out var text) ? Microsoft.CodeAnalysis.Text.SourceText.From(text, Encoding.UTF8) : inner.ReadText(resolvedPath);
        public override bool Equals(object? other) => ReferenceEquals(this, other);
        public override int GetHashCode() => inner.GetHashCode();
    }

    /// <summary><c>#r</c> is refused unless the workspace allows references.</summary>
    internal static List<string> Policy(Compilation compilation, ScriptsConfig config)
    {
        if (config.AllowReferences) return [];
        return compilation.SyntaxTrees
            .SelectMany(t => t.GetCompilationUnitRoot().GetReferenceDirectives())
            .Select(d => Format(d.GetLocation(), "MEIC010", $"#r {d.File} is not allowed in this workspace; set \"scripts\": {{ \"allowReferences\": true }} in toolkit.json to allow it"))
            .ToList();
    }

    /// <summary><c>file(line,col): error CODE: message</c>.</summary>
    public static string Format(Diagnostic d) => Format(d.Location, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

    internal static string Format(Location location, string id, string message)
    {
        var span = location.GetMappedLineSpan();
        var file = string.IsNullOrEmpty(span.Path) ? "script" : ScriptHost.Display(span.Path);
        return $"{file}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): error {id}: {message}";
    }
}
