using Meic.FocusGroups.Commands;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Storage;
using Meic.FocusGroups.Workbench;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.FocusGroups.Tests;

/// <summary>
/// The coding view over a real store, drawn headless by Terminal.Gui's ANSI driver at a set size, with keys and mouse
/// events injected as the terminal sends them. Confirmations are answered by <see cref="Answer"/>.
/// </summary>
internal sealed class CodingHarness : IDisposable
{
    private readonly SessionToken? _token;
    private readonly Runnable _window;

    public CodingHarness(FocusHarness h, Transcript transcript, string coder, int width = 80, int height = 24)
    {
        App = Application.Create();
        App.Init(DriverRegistry.Names.ANSI);
        App.Driver!.SetScreenSize(width, height);
        _window = new Runnable { Width = Dim.Fill(), Height = Dim.Fill() };
        View = new CodingView(h, new FocusStore(h.Store, Ui.S(h.Language)), transcript, coder, question => { Asked.Add(question); return Answer; });
        _window.Add(View);
        _token = App.Begin(_window);
        View.Attach(App);
        Draw();
    }

    public IApplication App { get; }
    public CodingView View { get; }
    public bool Answer { get; set; } = true;
    public List<string> Asked { get; } = new();

    public string Screen => App.Driver!.ToString() ?? "";
    public string[] Lines => Screen.Split('\n').Select(l => l.TrimEnd('\r').TrimEnd()).ToArray();

    public void Draw() => App.LayoutAndDraw(true);

    public CodingHarness Press(params Key[] keys)
    {
        foreach (var key in keys) { App.InjectKey(key); Draw(); }
        return this;
    }

    public CodingHarness Press(Key key, int times)
    {
        for (var i = 0; i < times; i++) App.InjectKey(key);
        Draw();
        return this;
    }

    /// <summary>Moves the transcript's cursor onto the first line showing <paramref name="words"/>, at their first letter, with arrow keys.</summary>
    public CodingHarness CursorTo(string words)
    {
        var lines = View.TextLines.ToList();
        var row = lines.FindIndex(l => l.Contains(words, StringComparison.Ordinal));
        if (row < 0) throw new InvalidOperationException($"'{words}' is not on any line of the transcript pane");
        var col = lines[row].IndexOf(words, StringComparison.Ordinal);
        var t = View.Transcript;
        App.InjectKey(Key.Home);
        for (var guard = 0; t.CurrentRow != row && guard < 500; guard++) App.InjectKey(t.CurrentRow < row ? Key.CursorDown : Key.CursorUp);
        for (var i = 0; i < col; i++) App.InjectKey(Key.CursorRight);
        Draw();
        return this;
    }

    public CodingHarness Type(string text)
    {
        foreach (var c in text) App.InjectKey(new Key(c));
        Draw();
        return this;
    }

    public CodingHarness Mouse(System.Drawing.Point at, MouseFlags flags)
    {
        App.InjectMouse(new Mouse { ScreenPosition = at, Flags = flags });
        Draw();
        return this;
    }

    public void Dispose()
    {
        if (_token is not null) App.End(_token);
        _window.Dispose();
        App.Dispose();
    }
}
