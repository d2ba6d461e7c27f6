using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Meic.Scripting;

/// <summary>
/// Rewrites a script's syntax before it is compiled so that each loop iteration passes <see cref="ScriptTicks.Loop"/>
/// and each method, local function, lambda, accessor and operator passes <see cref="ScriptTicks.Enter"/>: an endless
/// loop or an endless recursion ends with a clear message, the host intact. Nothing is added on a new line, so line
/// numbers in errors and stack traces stay those of the file the user wrote.
/// </summary>
internal sealed class ScriptRewriter(SemanticModel model) : CSharpSyntaxRewriter
{
    private static StatementSyntax LoopTick() => ParseStatement("global::Meic.Scripting.ScriptTicks.Loop();");
    private static StatementSyntax EnterTick() => ParseStatement("global::Meic.Scripting.ScriptTicks.Enter();");

    /// <summary>The rewritten text of <paramref name="tree"/>.</summary>
    public static string Rewrite(SyntaxTree tree, SemanticModel model) => new ScriptRewriter(model).Visit(tree.GetRoot()).ToFullString();

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        node = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return node.WithStatement(Ticked(node.Statement, LoopTick()));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        node = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return node.WithStatement(Ticked(node.Statement, LoopTick()));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        node = (ForStatementSyntax)base.VisitForStatement(node)!;
        return node.WithStatement(Ticked(node.Statement, LoopTick()));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        node = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return node.WithStatement(Ticked(node.Statement, LoopTick()));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        node = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return node.WithStatement(Ticked(node.Statement, LoopTick()));
    }

    // A backward goto is a loop too.
    public override SyntaxNode? VisitLabeledStatement(LabeledStatementSyntax node)
    {
        node = (LabeledStatementSyntax)base.VisitLabeledStatement(node)!;
        return node.Statement is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax ? node : node.WithStatement(Ticked(node.Statement, LoopTick()));
    }

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var statementForm = StatementForm(model.GetDeclaredSymbol(node));
        node = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        if (node.Body is { } body) return node.WithBody(Entered(body));
        if (node.ExpressionBody is { } arrow) return node.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, node.SemicolonToken, statementForm));
        return node;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var statementForm = StatementForm(model.GetDeclaredSymbol(node) as IMethodSymbol);
        node = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (node.Body is { } body) return node.WithBody(Entered(body));
        if (node.ExpressionBody is { } arrow) return node.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, node.SemicolonToken, statementForm));
        return node;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node)
    {
        node = (ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!;
        if (node.Body is { } body) return node.WithBody(Entered(body));
        if (node.ExpressionBody is { } arrow) return node.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, node.SemicolonToken, true));
        return node;
    }

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node)
    {
        node = (OperatorDeclarationSyntax)base.VisitOperatorDeclaration(node)!;
        if (node.Body is { } body) return node.WithBody(Entered(body));
        if (node.ExpressionBody is { } arrow) return node.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, node.SemicolonToken, false));
        return node;
    }

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node)
    {
        node = (ConversionOperatorDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!;
        if (node.Body is { } body) return node.WithBody(Entered(body));
        if (node.ExpressionBody is { } arrow) return node.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, node.SemicolonToken, false));
        return node;
    }

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var statementForm = !node.IsKind(SyntaxKind.GetAccessorDeclaration);
        node = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        if (node.Body is { } body) return node.WithBody(Entered(body));
        if (node.ExpressionBody is { } arrow) return node.WithExpressionBody(null).WithSemicolonToken(default).WithBody(Block(arrow, node.SemicolonToken, statementForm));
        return node;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        node = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        if (node.ExpressionBody is not { } arrow) return node;
        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, Block(arrow, node.SemicolonToken, false));
        return node.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(AccessorList(List([getter])));
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        node = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        if (node.ExpressionBody is not { } arrow) return node;
        var getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration, Block(arrow, node.SemicolonToken, false));
        return node.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(AccessorList(List([getter])));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => Lambda(node, base.VisitParenthesizedLambdaExpression);
    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => Lambda(node, base.VisitSimpleLambdaExpression);
    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => Lambda(node, base.VisitAnonymousMethodExpression);

    private SyntaxNode? Lambda<T>(T node, Func<T, SyntaxNode?> visitChildren) where T : AnonymousFunctionExpressionSyntax
    {
        // An expression tree is data, not code that runs here: leave it as written.
        if (model.GetTypeInfo(node).ConvertedType is INamedTypeSymbol { Name: "Expression", ContainingNamespace: var ns } && ns.ToDisplayString() == "System.Linq.Expressions")
            return node;
        var statementForm = StatementForm(model.GetSymbolInfo(node).Symbol as IMethodSymbol);
        var visited = (AnonymousFunctionExpressionSyntax)visitChildren(node)!;
        if (visited.Block is { } body) return visited.WithBlock(Entered(body));
        if (visited.ExpressionBody is { } expression)
            return visited.WithExpressionBody(null).WithBlock(SyntaxFactory.Block(EnterTick(), Body(expression, statementForm)));
        return visited;
    }

    // Whether the body's expression is a statement (void, or async Task/ValueTask) rather than a value to return.
    private static bool StatementForm(IMethodSymbol? method)
    {
        if (method is null) return false;
        if (method.ReturnsVoid) return true;
        return method.IsAsync && method.ReturnType is INamedTypeSymbol { IsGenericType: false, Name: "Task" or "ValueTask" };
    }

    private static StatementSyntax Ticked(StatementSyntax statement, StatementSyntax tick) =>
        statement is BlockSyntax block ? block.WithStatements(block.Statements.Insert(0, tick)) : SyntaxFactory.Block(tick, statement);

    private static BlockSyntax Entered(BlockSyntax body) => body.WithStatements(body.Statements.Insert(0, EnterTick()));

    // `=> expr;` becomes `{ Enter(); return expr; }` on the same lines: the arrow's trivia goes to `{`, the semicolon's to `}`.
    private static BlockSyntax Block(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, bool statementForm) =>
        SyntaxFactory.Block(List([EnterTick(), Body(arrow.Expression, statementForm)]))
            .WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken).WithLeadingTrivia(arrow.ArrowToken.LeadingTrivia).WithTrailingTrivia(arrow.ArrowToken.TrailingTrivia))
            .WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(Space).WithTrailingTrivia(semicolon.TrailingTrivia));

    private static StatementSyntax Body(ExpressionSyntax expression, bool statementForm)
    {
        if (expression is ThrowExpressionSyntax t)
            return ThrowStatement(Token(SyntaxKind.ThrowKeyword).WithTrailingTrivia(Space), t.Expression, Token(SyntaxKind.SemicolonToken));
        return statementForm
            ? ExpressionStatement(expression)
            : ReturnStatement(Token(SyntaxKind.ReturnKeyword).WithTrailingTrivia(Space), expression, Token(SyntaxKind.SemicolonToken));
    }
}
