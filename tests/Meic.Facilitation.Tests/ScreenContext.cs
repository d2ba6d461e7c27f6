using Meic.Core.Hosting;
using Meic.Core.Workspace;
using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.Facilitation.Tests;

/// <summary>An in-process context over a workspace's real store, in a chosen language, for the screens.</summary>
internal sealed class ScreenContext : IMeicContext, IDisposable
{

    private readonly IDocumentStore _store;

    public ScreenContext(Workspace ws, string language, DateTimeOffset now, string user = "maria")
    {
        _store = StoreFactory.Open(ClusterWorkspace.Load(ws.Path));
        _store.User = user;
        User = user;
        Language = language;
        Clock = new FixedClock(now);
        WorkspaceDirectory = ws.Path;
    }

    public StringWriter Output { get; } = new();
    public string WorkspaceDirectory { get; }
    public IDocumentStore Store => _store;
    public IAnsiConsole Console => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
    public TextWriter Out => Output;
    public string Language { get; }
    public bool Json => false;
    public bool Verbose => false;
    public IClock Clock { get; }
    public string User { get; }
    public void Publish(MeicEvent e) { }
    public T? GetService<T>() where T : class => null;
    public string? Setting(string pluginId, string key) => null;
    public void WriteJson(object? value) => Output.WriteLine(Meic.Sdk.Text.Json.Serialize(value));
    public void Dispose() => _store.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : IClock { public DateTimeOffset Now { get; } = now; }
}
