using Meic.Facilitation.Console;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Facilitation.Tests;

/// <summary>A clock the test moves by hand, so the coalesced saves never depend on the machine's speed.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;
    public override DateTimeOffset GetUtcNow() => Now;
    public void Advance(TimeSpan by) => Now += by;
}

/// <summary>
/// The live console over a real workspace's store, drawn headless by Terminal.Gui's ANSI driver at a set size, as
/// `meic meeting run` shows it; keys are injected as the terminal would send them.
/// </summary>
internal sealed class ConsoleHarness : IDisposable
{
    private readonly SessionToken? _token;
    private readonly Runnable _window;

    public ConsoleHarness(ScreenContext ctx, string meetingId, ManualTime time, bool takeOver = false, int width = 80, int height = 24)
    {
        Time = time;
        App = Application.Create();
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        _window = new Runnable { Width = Dim.Fill(), Height = Dim.Fill() };
        Console = new LiveConsole(new Store.Facilitation(ctx), meetingId, time, takeOver);
        _window.Add(Console);
        _token = App.Begin(_window);
        Console.Attach(App);
        Draw();
    }

    public IApplication App { get; }
    public LiveConsole Console { get; }
    public ManualTime Time { get; }

    public string Screen => App.Driver!.ToString() ?? "";
    public string[] Lines => Screen.Split('\n').Select(l => l.TrimEnd('\r').TrimEnd()).ToArray();

    public void Draw() => App.LayoutAndDraw(true);

    public ConsoleHarness Press(params Key[] keys)
    {
        foreach (var key in keys) { App.InjectKey(key); Draw(); }
        return this;
    }

    public ConsoleHarness Type(string text)
    {
        foreach (var c in text) App.InjectKey(new Key(c));
        Draw();
        return this;
    }

    /// <summary>Lets <paramref name="span"/> pass on the console's clock and runs its timer once.</summary>
    public ConsoleHarness Wait(TimeSpan span)
    {
        Time.Advance(span);
        Console.Tick();
        Draw();
        return this;
    }

    public void Dispose()
    {
        Console.Leave();
        if (_token is not null) App.End(_token);
        _window.Dispose();
        App.Dispose();
    }
}
