using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Meic.Scripting;

/// <summary>
/// The compile-time guard: an untrusted script may name only what <see cref="ScriptAllowList"/> allows, and may not
/// use unsafe code, pointers, stackalloc, finalizers or extern methods. Lifted when the workspace is trusted.
/// It runs in the meic process; <c>--isolated</c> adds an operating-system boundary (docs/scripting.md).
/// </summary>
public static class ScriptGuard
{
    private const string Lift = "set \"scripts\": { \"trusted\": true } in toolkit.json to allow it";

    /// <summary>The refused uses in <paramref name="compilation"/>, as compiler-style lines (none when trusted).</summary>
    public static IReadOnlyList<string> Check(Compilation compilation, bool trusted)
    {
        if (trusted) return [];
        var found = new List<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            var lines = new HashSet<int>();
            void Refuse(SyntaxNode node, string reason)
            {
                var line = node.GetLocation().GetMappedLineSpan().StartLinePosition.Line;
                if (lines.Add(line)) // one refusal per line is enough to act on
                    found.Add(ScriptCompiler.Format(node.GetLocation(), "MEIC001", $"{reason}; {Lift}"));
            }
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (SyntaxRefusal(node) is { } syntax) { Refuse(node, syntax); continue; }
                ISymbol? symbol = null;
                if (node is SimpleNameSyntax name)
                {
                    var info = model.GetSymbolInfo(name);
                    symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                    if (name is IdentifierNameSyntax { IsVar: true }) continue; // the type is named wherever its members are used
                }
                else if (node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MethodDeclarationSyntax)
                    symbol = node is AnonymousFunctionExpressionSyntax ? model.GetSymbolInfo(node).Symbol : model.GetDeclaredSymbol(node);
                else if (node is ExpressionSyntax expression && model.GetTypeInfo(expression).Type is IDynamicTypeSymbol)
                    symbol = model.GetTypeInfo(expression).Type;
                if (symbol is null) continue;
                if (symbol is IMethodSymbol { IsAsync: true, ReturnsVoid: true } && node is not SimpleNameSyntax)
                {
                    Refuse(node, "an async void method or lambda would bring meic down with its exceptions; return a Task");
                    continue;
                }
                if (ScriptAllowList.Refusal(symbol, compilation.Assembly) is { } reason) Refuse(node, reason);
            }
        }
        return found;
    }

    private static string? SyntaxRefusal(SyntaxNode node) => node switch
    {
        UnsafeStatementSyntax => "`unsafe` code reaches memory directly, which scripts may not do",
        PointerTypeSyntax or FunctionPointerTypeSyntax => "pointers and function pointers reach memory directly, which scripts may not do",
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "`stackalloc` can overflow meic's stack, which scripts may not do",
        DestructorDeclarationSyntax => "a finalizer runs outside the script's time limit and can bring meic down, which scripts may not do",
        MakeRefExpressionSyntax or RefTypeExpressionSyntax or RefValueExpressionSyntax => "`__makeref` and its kin reach memory directly, which scripts may not do",
        MemberDeclarationSyntax m when m.Modifiers.Any(t => t.IsKind(SyntaxKind.ExternKeyword) || t.IsKind(SyntaxKind.UnsafeKeyword)) => "`extern` and `unsafe` members reach native code, which scripts may not do",
        LocalFunctionStatementSyntax l when l.Modifiers.Any(t => t.IsKind(SyntaxKind.ExternKeyword) || t.IsKind(SyntaxKind.UnsafeKeyword)) => "`extern` and `unsafe` functions reach native code, which scripts may not do",
        _ => null,
    };
}
