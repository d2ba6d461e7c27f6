using Meic.Core.Plugins;
using Meic.Sdk.Errors;
using Meic.Sdk.Screens;
using Meic.Sdk.Text;
using Meic.Tui.Pages;
using Meic.Tui.Screens;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Meic.Tui;

/// <summary>
/// The terminal application: a menu bar (the cluster, one menu per plugin, help), the page on top of a stack of
/// screens, the equivalent <c>meic</c> command under it, and a status bar with the keys that work here. The shell owns
/// the keys, the same on every screen: Esc back one level, Ctrl+Q quit (asking when something is unsaved), F1 or
/// <c>?</c> help, the current screen's actions on their keys. A screen that fails says so in a dialog; the shell goes on.
/// </summary>
internal sealed class Shell : Runnable
{
    public const int MinWidth = 60, MinHeight = 16;
    private readonly IApplication _app;
    private readonly List<Page> _stack = new();

    public Shell(IApplication app, IShellHost host, IDialogs dialogs)
    {
        _app = app; Host = host; Dialogs = dialogs;
        T = host.Context.Strings;
        Context = new ShellContext(this);
        Width = Dim.Fill(); Height = Dim.Fill();
        Menu = new MenuBar(Menus(int.MaxValue));
        Content = new FrameView { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(2), CanFocus = true };
        CommandLine = new Label { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill(), Height = 1, Text = "" };
        Status = new StatusBar();
        TooSmall = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(), Visible = false, Text = "" };
        Add(Menu, Content, CommandLine, Status, TooSmall);
        _app.Keyboard.KeyDown += OnKey;
        FrameChanged += (_, _) => { Fit(); ArrangeMenus(); if (_stack.Count > 0) UpdateChrome(); };
        Show(new TextPage(HomeScreen.Create(host)));
    }

    public IShellHost Host { get; }
    public IDialogs Dialogs { get; }
    public Strings T { get; }
    public ShellContext Context { get; }
    public MenuBar Menu { get; private set; }
    public FrameView Content { get; }
    public Label CommandLine { get; }
    public StatusBar Status { get; }
    public Label TooSmall { get; }

    /// <summary>Selected rows by screen, so a list opened again shows where the user was.</summary>
    public Dictionary<string, string> Memory { get; } = new(StringComparer.Ordinal);

    /// <summary>Starts a screen's background work off the UI thread (a test holds it back to see the screen while it runs).</summary>
    public Func<Action, Task> StartWork { get; set; } = Task.Run;

    /// <summary>The page on top.</summary>
    public Page Current => _stack[^1];

    /// <summary>The pages, home first.</summary>
    public IReadOnlyList<Page> Pages => _stack;

    /// <summary>Opens <paramref name="view"/> on top of the current page.</summary>
    public void Push(ScreenView view)
    {
        Page page;
        try { page = Build(view); }
        catch (Exception e) when (Recoverable(e)) { Fail(view.Title, e); return; }
        Show(page);
    }

    /// <summary>Goes back to the home page (asking first when a form would be lost), then opens what <paramref name="open"/> describes.</summary>
    public void Navigate(string title, Func<ScreenView> open)
    {
        if (!Home()) return;
        ScreenView view;
        try { view = open(); }
        catch (Exception e) when (Recoverable(e)) { Fail(title, e); return; }
        Push(view);
    }

    /// <summary>Back one level; false on the home page.</summary>
    public bool Back()
    {
        if (_stack.Count <= 1) return false;
        var top = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        Content.Remove(top.View);
        top.Changed -= UpdateChrome;
        top.Dispose();
        var page = Current;
        Content.Add(page.View);
        Guard(page.Screen.Title, page.Refresh);
        Enter(page);
        return true;
    }

    /// <summary>Back to the home page; false when the user chose to stay on a form with unsaved changes.</summary>
    public bool Home()
    {
        if (_stack.Skip(1).Any(p => p.Unsaved) && !Dialogs.Confirm(T["ui.quit"], T["ui.leaveUnsaved"])) return false;
        while (_stack.Count > 1) Back();
        return true;
    }

    /// <summary>Quits, asking first when something is unsaved.</summary>
    public void Quit()
    {
        if (_stack.Any(p => p.Unsaved) && !Dialogs.Confirm(T["ui.quit"], T["ui.quitUnsaved"])) return;
        _app.RequestStop(this);
    }

    /// <summary>
    /// Stops at once, without asking (a signal): the dialog open, if any, is closed first, then the shell; nothing
    /// unsaved is written.
    /// </summary>
    public void StopNow()
    {
        if (_app.TopRunnable is { } top && top != this)
        {
            _app.RequestStop(top);
            // A dialog's own loop has to return before the shell's can stop: ask again until it has.
            _app.AddTimeout(TimeSpan.FromMilliseconds(20), () =>
            {
                if (_app.TopRunnable is { } next) _app.RequestStop(next);
                return IsRunning;
            });
            return;
        }
        _app.RequestStop(this);
    }

    /// <summary>The help overlay: the keys that work here and the command-line equivalent of the screen and its actions.</summary>
    public string HelpText()
    {
        var page = Current;
        var s = page.Screen;
        var lines = new List<string> { s.Title };
        if (s.Help is { } help) lines.Add(help);
        if (page.CommandLine is { } command) lines.Add("$ " + command);
        lines.Add("");
        lines.Add(T["ui.help.keys"]);
        foreach (var (key, label, cmd) in KeysHere(withCommands: true))
            lines.Add($"  {KeyWords.Of(key, T),-8} {label}" + (cmd is null ? "" : $"   $ {cmd}"));
        lines.Add("");
        lines.Add(T["ui.help.general"]);
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Runs <paramref name="action"/> on the current page: confirmation, errors in a dialog, the screen read again.</summary>
    public void Run(ScreenAction action)
    {
        var page = Current;
        var row = page.Row;
        if (action.NeedsRow && row is null) return;
        if (action.Confirm is { } ask && row is not null && !Dialogs.Confirm(page.Screen.Title, ask(row))) return;
        Guard(action.Label, () => action.Run(Context, row));
        if (Current == page) Guard(page.Screen.Title, page.Refresh);
        UpdateChrome();
    }

    /// <summary>Shows <paramref name="e"/> in a dialog: a refusal as it is worded, anything else briefly (in full with --verbose).</summary>
    public void Fail(string title, Exception e)
    {
        var message = e is MeicException ? Refusals.Words(e, T) : T["ui.failed", e.Message];
        if (Host.Context.Verbose && e is not MeicException) message += Environment.NewLine + e;
        Dialogs.Error(title, message);
    }

    private void Guard(string title, Action action)
    {
        try { action(); }
        catch (Exception e) when (Recoverable(e)) { Fail(title, e); } // deliberate: a screen's failure is shown, the shell goes on
    }

    private static bool Recoverable(Exception e) => e is not (OutOfMemoryException or StackOverflowException);

    private Page Build(ScreenView view) => view switch
    {
        ListScreen list => new ListPage(list, T, Memory, _app, StartWork),
        FormScreen form => new FormPage(form, T, values => Submit(form, values), result =>
        {
            Back();
            if (result.Message is { } said) Dialogs.Tell(form.Title, said);
            if (result.Next is { } next) Push(next);
        }),
        TextScreen text => new TextPage(text),
        TerminalScreen raw => new RawPage(raw, Context, T),
        _ => throw new MeicException(T["ui.unknownScreen", view.GetType().Name]),
    };

    private FormResult Submit(FormScreen form, FormValues values)
    {
        try { return form.Submit(Host.Context, values); }
        catch (Exception e) when (Recoverable(e)) { Fail(form.Title, e); return FormResult.Refuse("", e is MeicException ? Refusals.Words(e, T) : T["ui.failed", e.Message]); }
    }

    private void Show(Page page)
    {
        if (_stack.Count > 0) Content.Remove(Current.View);
        _stack.Add(page);
        Content.Add(page.View);
        Enter(page);
    }

    private void Enter(Page page)
    {
        page.Changed -= UpdateChrome;
        page.Changed += UpdateChrome;
        Content.Title = string.Join(" › ", _stack.Select(p => p.Screen.Title));
        page.Focus();
        UpdateChrome();
    }

    private string? _chrome;

    private void UpdateChrome()
    {
        var page = Current;
        var command = page.CommandLine is { } c ? "$ " + c : "";
        var keys = Fitting(KeysHere(withCommands: false), Frame.Width > 0 ? Frame.Width : _app.Screen.Width).ToList();
        // Every move down a list asks again; the bar is rebuilt, and the shell laid out again, only when it changed:
        // laying out the whole shell at every keypress was most of a keypress's cost on a list of 2,000 actors.
        var chrome = command + "\n" + string.Join("\n", keys.Select(k => k.Key + "\t" + k.Label));
        if (chrome == _chrome) return;
        _chrome = chrome;
        CommandLine.Text = command;
        Status.RemoveAll();
        foreach (var (key, label, _) in keys)
        {
            var spec = key;
            Status.Add(new KeyHint(Keys.Of(spec), label, () => Press(spec), KeyWords.Of(spec, T)));
        }
        SetNeedsLayout();
    }

    // The keys of the current page, in the order the status bar shows them: back, the actions, the page's own, help, quit.
    private List<(string Key, string Label, string? Command)> KeysHere(bool withCommands)
    {
        var page = Current;
        var keys = new List<(string, string, string?)>();
        if (_stack.Count > 1) keys.Add(("Esc", T["ui.key.back"], null));
        foreach (var a in page.Screen.Actions)
            if (!a.NeedsRow || page.Row is not null)
                keys.Add((a.Key, a.Label, withCommands ? SafeCommand(a, page.Row) : null));
        foreach (var (key, label) in page.OwnKeys) keys.Add((key, label, null));
        keys.Add(("F1", T["ui.key.help"], null));
        if (withCommands) keys.Add(("F10", T["ui.key.menu"], null));
        keys.Add(("^Q", T["ui.quit"], null));
        return keys;
    }

    // The keys that fit on one line, by priority (back, help and quit first, then the actions, then the page's own), in their order.
    private IEnumerable<(string Key, string Label, string? Command)> Fitting(List<(string Key, string Label, string? Command)> keys, int width)
    {
        int Cost((string Key, string Label, string? Command) k) => KeyWords.Of(k.Key, T).Length + k.Label.Length + 5;
        static int Rank(string key) => key is "Esc" or "F1" or "^Q" ? 0 : 1;
        var kept = new HashSet<int>();
        var used = 0;
        foreach (var i in Enumerable.Range(0, keys.Count).OrderBy(i => Rank(keys[i].Key)).ThenBy(i => i))
        {
            if (used + Cost(keys[i]) > width) continue;
            used += Cost(keys[i]);
            kept.Add(i);
        }
        return keys.Where((_, i) => kept.Contains(i));
    }

    private static string? SafeCommand(ScreenAction a, ListRow? row)
    {
        try { return a.Command?.Invoke(row); }
        catch (Exception) { return null; } // deliberate: a command line that cannot be worded is left out of the help
    }

    // A click on a status bar item does what its key does.
    private void Press(string key)
    {
        switch (key)
        {
            case "Esc": Back(); return;
            case "F1": ShowHelp(); return;
            case "^Q": Quit(); return;
        }
        if (Current.Screen.Actions.FirstOrDefault(a => a.Key == key) is { } action) Run(action);
        else Current.HandleKey(Keys.Of(key));
    }

    private void ShowHelp() => Dialogs.Show(T["ui.key.help"], HelpText());

    private void OnKey(object? sender, Key key)
    {
        if (key.Handled || _app.TopRunnableView != this || Menu.IsOpen() || TooSmall.Visible && key != Key.Q.WithCtrl && key != Key.C.WithCtrl) return;
        key.Handled = Handle(key);
    }

    /// <summary>What the shell does with <paramref name="key"/>; true when it used it.</summary>
    public bool Handle(Key key)
    {
        var page = Current;
        // Ctrl+C too: in a terminal it means "stop", and the terminal must be given back as it was.
        if (key == Key.Q.WithCtrl || key == Key.C.WithCtrl) { Quit(); return true; }
        if (key == Key.F1) { ShowHelp(); return true; }
        if (key == Key.Esc)
        {
            if (!page.HandleEscape()) Back();
            return true; // on the home page Esc does nothing (and never quits)
        }
        if (page.HandleKey(key)) { UpdateChrome(); return true; }
        if (page.Typing) return false;
        if (key.AsRune.Value == '?') { ShowHelp(); return true; }
        foreach (var action in page.Screen.Actions)
            if (Keys.Match(action.Key, key)) { Run(action); return true; }
        return false;
    }

    private void Fit()
    {
        var small = Frame.Width < MinWidth || Frame.Height < MinHeight;
        TooSmall.Text = small ? T["ui.tooSmall", MinWidth, MinHeight, Frame.Width, Frame.Height] : "";
        TooSmall.Visible = small;
        Menu.Visible = Content.Visible = CommandLine.Visible = Status.Visible = !small;
    }

    private int _menusShown = -1;

    // The bar is built again when the number of plugin menus that fit changes: a view belongs to one bar only.
    private void ArrangeMenus()
    {
        if (Frame.Width <= 0) return;
        var fitting = MenuLayout.Fitting(T["ui.menu.cluster"], PluginMenus().Select(m => m.Title).ToList(), T["ui.menu.help"], T["ui.menu.more"], Frame.Width);
        if (fitting == _menusShown) return;
        _menusShown = fitting;
        var old = Menu;
        Menu = new MenuBar(Menus(fitting)) { Visible = old.Visible };
        Remove(old);
        old.Dispose();
        Add(Menu);
    }

    private IEnumerable<(string Title, PluginEntry Entry, IReadOnlyList<ManifestScreen> Screens)> PluginMenus() =>
        Host.Context.Plugins.Entries
            .Where(e => e.Status is PluginStatus.Found or PluginStatus.Loaded && e.Manifest is { Screens.Count: > 0 })
            .Select(e => (e.Manifest!.Name.For(T.Language), e, (IReadOnlyList<ManifestScreen>)e.Manifest!.Screens));

    private List<View> ScreenItems(PluginEntry entry, IReadOnlyList<ManifestScreen> screens) =>
        screens.Select(s => (View)new MenuItem(s.Title.For(T.Language), "", () => OpenPlugin(entry, s))).ToList();

    private IEnumerable<MenuBarItem> Menus(int pluginsOnTheBar)
    {
        var host = Host;
        yield return new MenuBarItem(T["ui.menu.cluster"],
        [
            new MenuItem(T["ui.status"], "", () => Navigate(T["ui.status"], () => HomeScreen.Create(host))),
            new MenuItem(T["ui.settings"], "", () => Navigate(T["ui.settings"], () => ClusterSettingsScreen.Create(host))),
            new MenuItem(T["status.areas"], "", () => Navigate(T["status.areas"], () => AreasScreen.Create(host))),
            new MenuItem(T["ui.plugins"], "", () => Navigate(T["ui.plugins"], () => PluginsScreen.Create(host))),
            new MenuItem(T["ui.doctor"], "", () => Navigate(T["ui.doctor"], () => HealthScreen.Create(host))),
            new MenuItem(T["ui.quit"], "", Quit),
        ]);
        var plugins = PluginMenus().ToList();
        foreach (var (title, entry, screens) in plugins.Take(pluginsOnTheBar))
            yield return new MenuBarItem(title, ScreenItems(entry, screens));
        // The rest in one flat menu, each screen with its plugin's name beside it: a cascading menu at the right
        // edge of an 80-column terminal opens over its parent and hides it.
        if (plugins.Count > pluginsOnTheBar)
            yield return new MenuBarItem(T["ui.menu.more"], plugins.Skip(pluginsOnTheBar)
                .SelectMany((p, i) => (i == 0 ? [] : new View[] { new Line() })
                    .Concat(p.Screens.Select(s => (View)new MenuItem(s.Title.For(T.Language), p.Title, () => OpenPlugin(p.Entry, s)))))
                .ToList());
        yield return new MenuBarItem(T["ui.menu.help"],
        [
            new MenuItem(T["ui.help.keysItem"], "", ShowHelp),
            new MenuItem(T["ui.about"], "", () => Dialogs.Tell(T["ui.about"], T["ui.aboutText", typeof(Shell).Assembly.GetName().Version?.ToString(3) ?? ""])),
        ]);
    }

    /// <summary>Opens a plugin's screen: the plugin loads now; a screen registered only the old way is not shown.</summary>
    public void OpenPlugin(PluginEntry entry, ManifestScreen screen)
    {
        var title = screen.Title.For(T.Language);
        var catalog = Host.Context.Plugins;
        if (!catalog.Load(entry)) { Dialogs.Error(title, T["ui.unavailable", entry.Reason ?? ""]); return; }
        Host.Context.PluginLoaded(entry);
        var registration = entry.Registration!;
        if (registration.Views.TryGetValue(screen.Id, out var open)) Navigate(title, () => open(Context));
        else Dialogs.Error(title, T["ui.unavailable", screen.Id]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Keyboard.KeyDown -= OnKey;
            foreach (var page in _stack) page.Changed -= UpdateChrome;
        }
        base.Dispose(disposing);
    }
}
