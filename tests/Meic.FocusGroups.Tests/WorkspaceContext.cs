using Meic.Core.Hosting;
using Meic.Core.Workspace;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Spectre.Console;

namespace Meic.FocusGroups.Tests;

/// <summary>An in-process context over a real workspace's store (made by `meic init`), for screens whose commands the test also runs.</summary>
internal sealed class WorkspaceContext(string workspace, string language, string user) : IMeicContext, IDisposable
{
    private readonly IDocumentStore _store = StoreFactory.Open(ClusterWorkspace.Load(workspace));

    public StringWriter Output { get; } = new();
    public string WorkspaceDirectory => workspace;
    public IDocumentStore Store => _store;
    public IAnsiConsole Console => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
    public TextWriter Out => Output;
    public string Language => language;
    public bool Json => false;
    public bool Verbose => false;
    public IClock Clock { get; } = new FixedClock();
    public string User => user;
    public void Publish(MeicEvent e) { }
    public T? GetService<T>() where T : class => null;
    public string? Setting(string pluginId, string key) => null;
    public void WriteJson(object? value) => Output.WriteLine(Meic.Sdk.Text.Json.Serialize(value));
    public void Dispose() => _store.Dispose();

    private sealed class FixedClock : IClock { public DateTimeOffset Now { get; } = new(2024, 5, 6, 10, 0, 0, TimeSpan.Zero); }
}
