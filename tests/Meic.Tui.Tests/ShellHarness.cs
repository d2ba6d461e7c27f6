using Meic.Cli.Tui;
using Meic.Core.Hosting;
using Meic.Core.Plugins;
using Meic.Core.Workspace;
using Meic.Testing;
using Spectre.Console;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Meic.Tui.Tests;

/// <summary>
/// The shell over a real Rome workspace (made by <c>meic init</c>), drawn headless by Terminal.Gui's own driver at a
/// given size; keys are injected as the terminal would send them, dialogs are answered by <see cref="Dialogs"/>.
/// </summary>
internal sealed class ShellHarness : IDisposable
{
    private static readonly Lazy<string> Rome = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), $"meic-tui-rome-{Guid.NewGuid():N}");
        var init = MeicProcess.Run(Path.GetTempPath(), "init", dir, "--template", "rome", "--lang", "it");
        if (init.ExitCode != 0) throw new InvalidOperationException(init.ToString());
        return dir;
    });

    private readonly TempDir _dir = new("meic-tui");
    private readonly SessionToken? _token;

    public ShellHarness(string language = "it", int width = 80, int height = 24, bool plugins = false, bool verbose = false, bool shipped = false)
    {
        Workspace = Path.Combine(_dir.Path, "rome");
        foreach (var file in Directory.EnumerateFiles(Rome.Value, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(Workspace, Path.GetRelativePath(Rome.Value, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        // shipped: the plugins the toolkit installs beside the host, as `meic` finds them.
        var pluginDirs = plugins ? new[] { FixturePlugins.CopyTo(_dir.File("plugins"), "Fixture.Good") } : shipped ? new[] { Path.Combine(Repo.App, "plugins") } : [];
        var output = new StringWriter();
        Context = new MeicContext(ClusterWorkspace.Load(Workspace), PluginCatalog.Discover(pluginDirs, [], []),
            () => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No }),
            output, TextWriter.Null, language, json: false, verbose: verbose);
        App = Application.Create();
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        Shell = new Shell(App, new CliShellHost(Context), Dialogs);
        _token = App.Begin(Shell);
        Draw();
    }

    public string Workspace { get; }
    public MeicContext Context { get; }
    public IApplication App { get; }
    public Shell Shell { get; }
    public RecordingDialogs Dialogs { get; } = new();

    /// <summary>The screen as drawn, one line per row.</summary>
    public string Screen => App.Driver!.ToString() ?? "";

    public string[] Lines => Screen.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public void Draw() => App.LayoutAndDraw(true);

    public ShellHarness Press(params Key[] keys)
    {
        foreach (var key in keys) { App.InjectKey(key); Draw(); }
        return this;
    }

    public ShellHarness Type(string text)
    {
        foreach (var c in text) App.InjectKey(new Key(c));
        Draw();
        return this;
    }

    public void Resize(int width, int height)
    {
        App.Driver!.SetScreenSize(width, height);
        Draw();
    }

    public void Dispose()
    {
        if (_token is not null) App.End(_token);
        Shell.Dispose();
        App.Dispose();
        Context.Dispose();
        _dir.Dispose();
    }
}

/// <summary>Dialogs answered without a terminal, everything they showed recorded.</summary>
internal sealed class RecordingDialogs : IDialogs
{
    public List<string> Told { get; } = new();
    public List<string> Errors { get; } = new();
    public List<string> Asked { get; } = new();
    public List<string> Shown { get; } = new();
    public bool Answer { get; set; } = true;

    public void Tell(string title, string message) => Told.Add(message);
    public void Error(string title, string message) => Errors.Add(message);
    public bool Confirm(string title, string question) { Asked.Add(question); return Answer; }
    public void Show(string title, string text) => Shown.Add(text);
}
