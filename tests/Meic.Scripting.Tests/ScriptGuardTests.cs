using Meic.Core.Workspace;
using Microsoft.CodeAnalysis.CSharp.Scripting;

namespace Meic.Scripting.Tests;

/// <summary>The compile-time guard, on real Roslyn compilations.</summary>
public sealed class ScriptGuardTests
{
    private static IReadOnlyList<string> Check(string code, bool trusted = false)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "Meic.Sdk.dll" or "Spectre.Console.dll" or "netstandard.dll")
            .Append(typeof(ScriptGlobals).Assembly.Location).ToList();
        var options = ScriptCompiler.Options(references, new ScriptsConfig(), Path.GetTempPath(), "guard.csx");
        var compilation = CSharpScript.Create(code, options, typeof(ScriptGlobals)).GetCompilation();
        return ScriptGuard.Check(compilation, trusted);
    }

    [Theory]
    [InlineData("System.Diagnostics.Process.Start(\"ls\");", "starts or controls processes")]
    [InlineData("var s = new System.Net.Sockets.TcpClient();", "opens network connections")]
    [InlineData("File.AppendAllText(\"/tmp/x\", \"y\");", "writes files")]
    [InlineData("new FileInfo(\"/tmp/x\").Delete();", "writes files")]
    [InlineData("Directory.Delete(\"/tmp/x\", true);", "writes files")]
    [InlineData("System.Reflection.Assembly.LoadFrom(\"x.dll\");", "loads code")]
    [InlineData("Environment.Exit(1);", "would end meic")]
    public void Should_refuse_dangerous_apis(string code, string reason)
    {
        var found = Check(code);

        found.Count.ShouldBe(1, string.Join("\n", found));
        found[0].ShouldStartWith("guard.csx(1,");
        found[0].ShouldContain("error MEIC001");
        found[0].ShouldContain(reason);
    }

    [Theory]
    [InlineData("var text = File.ReadAllText(\"toolkit.json\");")]
    [InlineData("var fs = File.OpenRead(\"toolkit.json\");")]
    [InlineData("var n = Actors.Count(); WriteFile(\"a.txt\", n.ToString());")]
    [InlineData("var lines = Directory.GetFiles(\".\");")]
    public void Should_allow_reading_and_the_sdk(string code) => Check(code).ShouldBeEmpty();

    [Fact]
    public void Should_allow_everything_when_trusted() =>
        Check("System.Diagnostics.Process.Start(\"ls\"); File.WriteAllText(\"/tmp/x\", \"y\");", trusted: true).ShouldBeEmpty();
}
