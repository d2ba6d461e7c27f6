using Microsoft.CodeAnalysis;

namespace Meic.Scripting;

/// <summary>
/// What an untrusted script may name: the SDK, its globals, the loaded plugins, and the namespaces, types and members
/// written here — collections, LINQ, text, numbers, dates, regular expressions with a timeout, reading files. Everything
/// else (reflection, Type.GetType, Activator, Assembly, interop, threads and the thread pool, Environment, AppDomain,
/// GC, writing files, the network, processes, Console, Newtonsoft.Json's type handling…) is refused at compile time.
/// An allow-list, so an API nobody thought of is refused rather than let through. The one list; tests name each route.
/// </summary>
public static class ScriptAllowList
{
    /// <summary>Namespaces whose every type may be used.</summary>
    private static readonly HashSet<string> Namespaces = new(StringComparer.Ordinal)
    {
        "System.Collections", "System.Collections.Generic", "System.Collections.ObjectModel", "System.Collections.Immutable",
        "System.Collections.Specialized", "System.Linq", "System.Text", "System.Globalization", "System.Numerics",
        "System.Text.RegularExpressions", // static helpers need a timeout: see Refusal
        "Spectre.Console", "Spectre.Console.Rendering",
    };

    /// <summary>Types of other namespaces that may be used, all their members included unless listed in <see cref="Members"/>.</summary>
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        // System: values, text, numbers, dates, tuples, delegates, the exceptions a script throws or catches
        "System.Object", "System.String", "System.Char", "System.Boolean", "System.Byte", "System.SByte", "System.Int16", "System.UInt16",
        "System.Int32", "System.UInt32", "System.Int64", "System.UInt64", "System.Int128", "System.UInt128", "System.Half", "System.Single",
        "System.Double", "System.Decimal", "System.Math", "System.MathF", "System.Convert", "System.BitConverter", "System.Random",
        "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.TimeSpan", "System.DayOfWeek",
        "System.DateTimeKind", "System.TimeZoneInfo", "System.Guid", "System.Uri", "System.UriKind", "System.Version", "System.Enum",
        "System.Nullable", "System.Nullable`1", "System.Array", "System.Tuple", "System.ValueTuple", "System.Index", "System.Range",
        "System.Span`1", "System.ReadOnlySpan`1", "System.Memory`1", "System.ReadOnlyMemory`1", "System.MemoryExtensions",
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions", "System.MidpointRounding", "System.Lazy`1",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IDisposable", "System.IAsyncDisposable",
        "System.IFormattable", "System.IFormatProvider", "System.ICloneable", "System.IProgress`1", "System.Attribute", "System.FlagsAttribute",
        "System.Action", "System.Func`1", "System.Predicate`1", "System.Comparison`1", "System.Converter`2",
        "System.Exception", "System.ArgumentException", "System.ArgumentNullException", "System.ArgumentOutOfRangeException",
        "System.InvalidOperationException", "System.NotSupportedException", "System.NotImplementedException", "System.FormatException",
        "System.OverflowException", "System.DivideByZeroException", "System.IndexOutOfRangeException", "System.NullReferenceException",
        "System.KeyNotFoundException", "System.OperationCanceledException", "System.TimeoutException", "System.ObjectDisposedException",
        "System.AggregateException", "System.Type", "System.Reflection.MemberInfo", // a type's name only, see Members
        // Reading files (writing goes through WriteFile, inside the workspace)
        "System.IO.File", "System.IO.Directory", "System.IO.Path", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
        "System.IO.StreamReader", "System.IO.StringReader", "System.IO.StringWriter", "System.IO.TextReader", "System.IO.TextWriter",
        "System.IO.Stream", "System.IO.MemoryStream", "System.IO.SearchOption", "System.IO.IOException", "System.IO.FileNotFoundException",
        "System.IO.DirectoryNotFoundException", "System.IO.InvalidDataException",
        // Time and cancellation
        "System.Threading.CancellationToken", "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1",
        "System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1", "System.Diagnostics.Stopwatch",
        "System.Runtime.CompilerServices.TaskAwaiter", "System.Runtime.CompilerServices.TaskAwaiter`1",
    };

    /// <summary>Members refused on otherwise allowed types, or (for <c>System.Type</c>) the only members allowed.</summary>
    private static readonly Dictionary<string, (bool Only, string[] Names)> Members = new(StringComparer.Ordinal)
    {
        ["System.Type"] = (true, ["Name", "FullName", "Namespace", "ToString", "Equals", "GetHashCode", "IsEnum", "IsValueType", "IsArray"]),
        ["System.Reflection.MemberInfo"] = (true, ["Name", "ToString", "Equals", "GetHashCode"]),
        ["System.Object"] = (false, ["MemberwiseClone"]),
        ["System.IO.File"] = (true, ["ReadAllText", "ReadAllLines", "ReadLines", "ReadAllBytes", "Exists", "OpenRead", "OpenText", "ReadAllTextAsync", "ReadAllLinesAsync", "ReadAllBytesAsync", "GetLastWriteTime", "GetLastWriteTimeUtc"]),
        ["System.IO.Directory"] = (true, ["Exists", "GetFiles", "GetDirectories", "EnumerateFiles", "EnumerateDirectories", "EnumerateFileSystemEntries", "GetFileSystemEntries", "GetCurrentDirectory"]),
        ["System.IO.FileInfo"] = (true, [".ctor", "Name", "FullName", "Length", "Exists", "Extension", "DirectoryName", "Directory", "LastWriteTime", "LastWriteTimeUtc", "OpenRead", "OpenText", "ToString"]),
        ["System.IO.DirectoryInfo"] = (true, [".ctor", "Name", "FullName", "Exists", "Parent", "GetFiles", "GetDirectories", "EnumerateFiles", "EnumerateDirectories", "ToString"]),
        ["System.IO.FileSystemInfo"] = (true, ["Name", "FullName", "Exists", "Extension", "LastWriteTime", "LastWriteTimeUtc", "ToString"]),
        ["System.Threading.Tasks.Task"] = (false, ["Run", "Factory", "Start", "StartNew", "ContinueWith", "Yield", ".ctor", "RunSynchronously"]),
        ["System.Threading.Tasks.Task`1"] = (false, ["Factory", "Start", "ContinueWith", ".ctor", "RunSynchronously"]),
        // A continuation handed to an awaiter runs on the thread pool, where what it throws ends meic; `await` is the way.
        ["System.Runtime.CompilerServices.TaskAwaiter"] = (false, ["OnCompleted", "UnsafeOnCompleted"]),
        ["System.Runtime.CompilerServices.TaskAwaiter`1"] = (false, ["OnCompleted", "UnsafeOnCompleted"]),
        // It creates a file outside the workspace.
        ["System.IO.Path"] = (false, ["GetTempFileName"]),
        ["System.AppDomain"] = (true, []),
        ["System.Exception"] = (false, ["TargetSite"]),
        ["System.Delegate"] = (false, ["DynamicInvoke", "Method"]),
        ["System.Array"] = (false, ["CreateInstance", "CreateInstanceFromArrayType"]),
        ["System.Enum"] = (false, []),
    };

    /// <summary>Why <paramref name="symbol"/> may not be used by an untrusted script, or null when it may.</summary>
    /// <param name="symbol">A symbol named in the script.</param>
    /// <param name="own">The script's own assembly (its classes, methods and variables are always allowed).</param>
    internal static string? Refusal(ISymbol symbol, IAssemblySymbol own)
    {
        if (symbol is ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol or INamespaceSymbol or ITypeParameterSymbol) return null;
        if (symbol is IDynamicTypeSymbol) return "`dynamic` binds members at run time, past the guard";
        if (symbol is IPointerTypeSymbol or IFunctionPointerTypeSymbol) return "pointers reach memory directly";
        if (symbol is IArrayTypeSymbol array) return Refusal(array.ElementType, own);
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null) return null;
        if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, own)) return null; // the script's own code
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced }) type = reduced.ContainingType; // an extension method: where it is declared
        var definition = type.OriginalDefinition;
        var assembly = definition.ContainingAssembly?.Name ?? "";
        var ns = definition.ContainingNamespace?.ToDisplayString() ?? "";
        var name = definition.MetadataName;
        var full = ns.Length == 0 ? name : $"{ns}.{name}";
        var member = symbol is ITypeSymbol ? null : symbol.Name;
        var what = $"`{ns}.{definition.Name}{(member is null or ".ctor" ? "" : "." + member)}`";

        if (symbol is IMethodSymbol { IsAsync: true, ReturnsVoid: true }) return $"{what} is async void: its exceptions would bring meic down; return a Task";
        // The SDK, the host's globals and the plugins (their own code, loaded by the host) are the script's world.
        if (assembly == "Meic.Sdk" || (assembly == "Meic.Scripting" && name is "ScriptGlobals" or "ScriptConsole") || IsPlugin(definition.ContainingAssembly))
            return null;
        if (full.StartsWith("System.ValueTuple", StringComparison.Ordinal) || full.StartsWith("System.Tuple", StringComparison.Ordinal)
            || full.StartsWith("System.Action", StringComparison.Ordinal) || full.StartsWith("System.Func`", StringComparison.Ordinal))
            return null;
        var allowed = Namespaces.Contains(ns) || Types.Contains(full);
        if (!allowed) return $"{what} {Why(ns, name)}, which scripts may not do";
        if (member is not null && Members.TryGetValue(full, out var rule) && rule.Only != rule.Names.Contains(member))
            return $"{what} {Why(ns, name, member)}, which scripts may not do";
        if (ns == "System.Text.RegularExpressions" && name == "Regex" && symbol is IMethodSymbol m && (m.IsStatic || m.MethodKind == MethodKind.Constructor)
            && m.Parameters.Length > 1 && !m.Parameters.Any(p => p.Type.Name == "TimeSpan"))
            return $"{what} without a time limit could run for ever; use the overload that takes a TimeSpan matchTimeout (for example TimeSpan.FromSeconds(1))";
        if (ns == "System.Text.RegularExpressions" && name == "Regex" && symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } c && c.Parameters.Length == 1)
            return $"{what} without a time limit could run for ever; use new Regex(pattern, options, TimeSpan.FromSeconds(1))";
        return null;
    }

    // Plugins are code the cluster installed; the host loaded them. Anything not from the framework, the host or Roslyn.
    private static bool IsPlugin(IAssemblySymbol? assembly)
    {
        var name = assembly?.Name ?? "";
        return name.Length > 0 && !name.StartsWith("System", StringComparison.Ordinal) && !name.StartsWith("Microsoft", StringComparison.Ordinal)
            && name is not ("mscorlib" or "netstandard" or "Newtonsoft.Json" or "Spectre.Console" or "Meic.Core" or "Meic.Scripting" or "meic" or "Meic.Store.Postgres");
    }

    private static string Why(string ns, string name, string? member = null) => (ns, name, member) switch
    {
        ("System.Diagnostics", _, _) when name.StartsWith("Process", StringComparison.Ordinal) => "starts or controls processes",
        (_, _, _) when ns == "System.Net" || ns.StartsWith("System.Net.", StringComparison.Ordinal) => "opens network connections",
        (_, _, _) when ns.StartsWith("System.Reflection", StringComparison.Ordinal) || ns == "System.Runtime.Loader" || name is "Activator" or "Type" or "Delegate" => "reflects on or loads code (reflection reaches anything, past the guard)",
        ("System.Runtime.CompilerServices", "TaskAwaiter" or "TaskAwaiter`1", _) => "runs work on another thread, where its exceptions would end meic (use await)",
        (_, _, _) when ns.StartsWith("System.Runtime.InteropServices", StringComparison.Ordinal) || ns == "System.Runtime.CompilerServices" || name == "Buffer" => "reaches native code or memory",
        (_, _, _) when ns == "System.Threading" || ns == "System.Threading.Tasks" || ns == "System.Timers" => "starts threads or work outside the script's time limit",
        ("System", "Environment" or "AppDomain" or "GC" or "AppContext" or "Console", _) => "would end meic or reach into its process (use the Console and Args globals)",
        (_, _, _) when ns.StartsWith("System.IO", StringComparison.Ordinal) => "writes files; use WriteFile(\"relative/path\", text), which writes inside the workspace only",
        (_, _, _) when ns.StartsWith("Newtonsoft", StringComparison.Ordinal) => "can create any type by name; use WriteJson or Meic.Sdk.Text.Json",
        _ => "is not on the list of what scripts may use (docs/scripting.md)",
    };
}
