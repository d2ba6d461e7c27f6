using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Core.Workspace;
using Meic.Sdk.Plugins;
using Meic.Testing;
using Rome.Municipi;
using Spectre.Console;

namespace Meic.Scripting.Tests;

/// <summary>The example plugin's terminal screen, over a real Rome store.</summary>
public sealed class MunicipiScreenTests : IDisposable
{
    private readonly TempDir _temp = new("meic-municipi-screen");

    public void Dispose() => _temp.Dispose();

    private sealed class KeysHost(IAnsiConsole console, params ConsoleKey[] keys) : IScreenHost
    {
        private readonly Queue<ConsoleKey> _keys = new(keys);
        public string? Title { get; private set; }
        public IAnsiConsole Console => console;
        public ConsoleKeyInfo ReadKey() => new('\0', _keys.Dequeue(), false, false, false);
        public void Clear(string title) => Title = title;
        public string? ReadLine(string prompt) => null;
        public int? Choose(string title, IReadOnlyList<string> items) => null;
    }

    [Fact]
    public void Should_chart_actors_per_municipio_and_go_back_on_escape()
    {
        var ws = Workspaces.CopyRome(_temp);
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        using var context = new MeicContext(ClusterWorkspace.Load(ws), PluginCatalog.Discover([], [], []), console, output, TextWriter.Null, "it", json: false, verbose: false);
        var actors = context.Store.Collection<Meic.Sdk.Model.Actor>("actors");
        var alda = actors.Get("alda")!;
        alda.District = new DistrictCoverage(context).Resolve("IX");
        actors.Update(alda);
        var host = new KeysHost(console, ConsoleKey.Enter, ConsoleKey.Escape);

        new MunicipiScreen(context).Run(host);

        host.Title.ShouldBe("Copertura dei municipi");
        output.ToString().ShouldContain("Municipio IX");
        output.ToString().ShouldContain("Municipio XV");
        output.ToString().ShouldContain("Esc per tornare indietro.");
    }
}
