using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Spectre.Console;

namespace Meic.Brokerage.Tests;

/// <summary>An in-process context over a real store, with a console that writes to a string.</summary>
public sealed class TestContext(IDocumentStore store, string language = "en") : IMeicContext
{
    public StringWriter Output { get; } = new();
    public string WorkspaceDirectory => "";
    public IDocumentStore Store { get; } = store;
    public IAnsiConsole Console => _console ??= AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
    private IAnsiConsole? _console;
    public TextWriter Out => Output;
    public string Language { get; } = language;
    public bool Json => false;
    public bool Verbose => false;
    public IClock Clock { get; } = new FixedClock();
    public string User { get; set; } = "tester";
    public Dictionary<string, string> Settings { get; } = new();
    public void Publish(MeicEvent e) { }
    public T? GetService<T>() where T : class => null;
    public string? Setting(string pluginId, string key) => Settings.GetValueOrDefault(key);
    public void WriteJson(object? value) => Output.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(value));

    private sealed class FixedClock : IClock { public DateTimeOffset Now { get; } = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero); }
}
