using Meic.Core.Workspace;
using Microsoft.CodeAnalysis.CSharp.Scripting;

namespace Meic.Scripting.Tests;

/// <summary>The compile-time guard, on real Roslyn compilations.</summary>
public sealed class ScriptGuardTests
{
    private static IReadOnlyList<string> Check(string code, bool trusted = false)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "Meic.Sdk.dll" or "Spectre.Console.dll" or "netstandard.dll" or "Newtonsoft.Json.dll")
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

    // One line per route out of the guard: reflection, code loading, interop, unsafe code, threads, the process, files, network.
    [Theory]
    [InlineData("var t = Type.GetType(\"System.IO.File\");", "Type.GetType")]
    [InlineData("var m = typeof(string).GetMethod(\"Concat\");", "Type.GetMethod")]
    [InlineData("var r = typeof(string).GetMethods()[0].Invoke(null, null);", "Type.GetMethods")]
    [InlineData("Func<int> f = () => 1; var x = f.Method;", "Delegate.Method")]
    [InlineData("Func<int> f = () => 1; var x = f.DynamicInvoke();", "Delegate.DynamicInvoke")]
    [InlineData("var o = Activator.CreateInstance(typeof(object));", "System.Activator")]
    [InlineData("var a = typeof(string).Assembly;", "Type.Assembly")]
    [InlineData("var a = System.Reflection.Assembly.GetExecutingAssembly();", "System.Reflection.Assembly")]
    [InlineData("var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(10);", "InteropServices.Marshal")]
    [InlineData("var h = System.Runtime.InteropServices.NativeLibrary.Load(\"libc.so.6\");", "NativeLibrary")]
    [InlineData("var n = System.Runtime.CompilerServices.Unsafe.SizeOf<int>();", "CompilerServices.Unsafe")]
    [InlineData("unsafe { int x = 1; int* p = &x; }", "unsafe")]
    [InlineData("delegate*<void> f = null;", "function pointers")]
    [InlineData("Span<byte> b = stackalloc byte[10];", "stackalloc")]
    [InlineData("new System.Threading.Thread(() => { }).Start();", "System.Threading.Thread")]
    [InlineData("System.Threading.ThreadPool.QueueUserWorkItem(_ => { });", "ThreadPool")]
    [InlineData("Task.Run(() => 1);", "Task.Run")]
    [InlineData("var t = new System.Threading.Timer(_ => { });", "Threading.Timer")]
    [InlineData("Parallel.For(0, 10, i => { });", "Parallel")]
    [InlineData("var v = Environment.GetEnvironmentVariable(\"HOME\");", "System.Environment")]
    [InlineData("Environment.FailFast(\"x\");", "System.Environment")]
    [InlineData("var d = AppDomain.CurrentDomain;", "System.AppDomain")]
    [InlineData("GC.Collect();", "System.GC")]
    [InlineData("System.Console.SetOut(TextWriter.Null);", "System.Console")]
    [InlineData("File.WriteAllText(\"/tmp/x\", \"y\");", "File.WriteAllText")]
    [InlineData("using var s = new FileStream(\"/tmp/x\", FileMode.Create);", "FileStream")]
    [InlineData("var c = new System.Net.Http.HttpClient();", "HttpClient")]
    [InlineData("var c = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);", "Sockets.Socket")]
    [InlineData("var p = System.Diagnostics.Process.GetCurrentProcess();", "Diagnostics.Process")]
    [InlineData("dynamic d = 1; d.Foo();", "dynamic")]
    [InlineData("class C { ~C() { } }", "finalizer")]
    [InlineData("async void Boom() { await Task.Delay(1); }", "async void")]
    [InlineData("var ok = System.Text.RegularExpressions.Regex.IsMatch(\"a\", \"(a+)+$\");", "time limit")]
    [InlineData("var s = Newtonsoft.Json.JsonConvert.DeserializeObject(\"{}\");", "Newtonsoft")]
    [InlineData("Task.Delay(1).GetAwaiter().OnCompleted(() => throw new Exception());", "TaskAwaiter.OnCompleted")]
    [InlineData("Task.FromResult(1).GetAwaiter().UnsafeOnCompleted(() => { });", "TaskAwaiter.UnsafeOnCompleted")]
    [InlineData("var t = Path.GetTempFileName();", "Path.GetTempFileName")]
    [InlineData("var f = Type.GetType(\"System.Environment\").GetMethod(\"FailFast\", new[] { typeof(string) });", "Type.GetType")]
    public void Should_refuse_every_route_out_of_the_allow_list(string code, string named)
    {
        var found = Check(code);

        found.ShouldNotBeEmpty(code);
        found[0].ShouldStartWith("guard.csx(1,");
        found[0].ShouldContain("error MEIC001");
        found[0].ShouldContain(named);
    }

    [Theory]
    [InlineData("var d = new Dictionary<string, List<int>>(); d[\"a\"] = Enumerable.Range(0, 3).ToList();")]
    [InlineData("var sb = new StringBuilder(); sb.Append(Math.Round(2.5, 1)).Append(DateTime.UtcNow.Year);")]
    [InlineData("var ok = System.Text.RegularExpressions.Regex.IsMatch(\"a\", \"a+\", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));")]
    [InlineData("var name = 42.GetType().Name; var when = DateOnly.FromDateTime(DateTime.Today).AddDays(3);")]
    [InlineData("int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2); var x = Fib(10);")]
    [InlineData("async Task<int> Later() { await Task.Delay(1); return 1; } var v = await Later();")]
    [InlineData("var culture = System.Globalization.CultureInfo.InvariantCulture; var t = (1, \"a\"); var (a, b) = t;")]
    public void Should_allow_collections_linq_text_math_dates_and_regex_with_a_timeout(string code) => Check(code).ShouldBeEmpty();

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
