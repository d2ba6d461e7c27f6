using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Meic.Scripting;

/// <summary>
/// The compile-time guard: refuses uses of APIs that start processes, open network connections, write files
/// outside the workspace, load code or end the host, unless the workspace is trusted. It catches mistakes;
/// it is not a security sandbox (reflection, for one, can get around it).
/// </summary>
public static class ScriptGuard
{
    private const string Lift = "set \"scripts\": { \"trusted\": true } in toolkit.json to allow it";

    private static readonly string[] FileWrites =
        ["Write", "Append", "Create", "Delete", "Move", "Copy", "Replace", "Encrypt", "Decrypt", "SetAttributes", "SetLastWriteTime", "SetCreationTime", "OpenWrite", "SetUnixFileMode"];

    /// <summary>The refused uses in <paramref name="compilation"/>, as compiler-style lines (none when trusted).</summary>
    public static IReadOnlyList<string> Check(Compilation compilation, bool trusted)
    {
        if (trusted) return [];
        var found = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var lines = new HashSet<int>();
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (node is IdentifierNameSyntax { IsVar: true }) continue;
                var info = model.GetSymbolInfo(node);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                if (symbol is null or INamespaceSymbol) continue;
                var reason = Refusal(symbol);
                if (reason is null) continue;
                var line = node.GetLocation().GetMappedLineSpan().StartLinePosition.Line;
                if (lines.Add(line)) // one refusal per line is enough to act on
                    found.Add(ScriptCompiler.Format(node.GetLocation(), "MEIC001", $"{reason}; {Lift}"));
            }
        }
        return found;
    }

    /// <summary>Why <paramref name="symbol"/> is refused, or null.</summary>
    internal static string? Refusal(ISymbol symbol)
    {
        var type = symbol as ITypeSymbol ?? symbol.ContainingType;
        if (type is null) return null;
        var ns = type.ContainingNamespace?.ToDisplayString() ?? "";
        var name = type.Name;
        var member = symbol is ITypeSymbol ? null : symbol.Name;
        var what = $"`{ns}.{name}{(member is null or ".ctor" ? "" : "." + member)}`";

        if (ns == "System.Diagnostics" && name.StartsWith("Process", StringComparison.Ordinal))
            return $"{what} starts or controls processes, which scripts may not do";
        if (ns == "System.Net" || ns.StartsWith("System.Net.", StringComparison.Ordinal))
            return $"{what} opens network connections, which scripts may not do";
        if (ns is "System.Reflection" or "System.Reflection.Emit" or "System.Runtime.Loader" && name is "Assembly" or "AssemblyLoadContext" or "AssemblyBuilder" or "DynamicMethod"
            && (symbol is ITypeSymbol || member!.StartsWith("Load", StringComparison.Ordinal) || member.StartsWith("Define", StringComparison.Ordinal) || member == ".ctor"))
            return $"{what} loads code, which scripts may not do";
        if (ns == "System.Runtime.InteropServices" && name is "NativeLibrary" or "Marshal")
            return $"{what} reaches native code, which scripts may not do";
        if (ns == "System" && name == "Environment" && member is "Exit" or "FailFast")
            return $"{what} would end meic in the middle of its work; throw an exception instead";
        if (ns == "System.IO")
        {
            if (name is "FileStream" or "StreamWriter" or "BinaryWriter" && (symbol is ITypeSymbol || member == ".ctor"))
                return $"{what} writes files; use WriteFile(\"relative/path\", text), which writes inside the workspace only";
            if (name is "File" or "FileInfo" or "Directory" or "DirectoryInfo" or "FileSystemInfo" && member is not null
                && (FileWrites.Any(w => member.StartsWith(w, StringComparison.Ordinal)) || member is "Open" or "MoveTo" or "CopyTo" or "CreateDirectory" or "CreateSymbolicLink" or "AppendText" or "CreateText"))
                return $"{what} writes files; use WriteFile(\"relative/path\", text), which writes inside the workspace only";
        }
        return null;
    }
}
