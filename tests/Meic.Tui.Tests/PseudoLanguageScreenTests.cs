using Meic.Core.Plugins;
using Meic.Sdk.Text;
using Meic.Testing;
using Terminal.Gui.Input;

namespace Meic.Tui.Tests;

/// <summary>
/// Every screen of the terminal application, opened in the pseudo-language (every table word marked) over the Rome
/// cluster with the plugins the toolkit ships: no English word may stand outside the marks, in the menus, the
/// status bar, the command line shown, the lists or their details, or the help.
/// </summary>
public sealed class PseudoLanguageScreenTests
{
    [Fact]
    public void Should_word_every_screen_and_its_help_from_the_tables()
    {
        using var shell = new ShellHarness(language: Strings.PseudoLanguage, width: 120, height: 40, builtIns: true);
        var commands = new HashSet<string>(["meic"], StringComparer.Ordinal);
        var found = new List<string>();
        void Look(string where)
        {
            shell.Draw();
            foreach (var line in PseudoText.Unworded(shell.Screen, Allowed(shell), commands)) found.Add($"{where}: {line}");
            shell.Dialogs.Shown.Clear(); shell.Dialogs.Errors.Clear(); shell.Dialogs.Told.Clear();
            shell.Press(Key.F1); // the help lists this screen's keys and the command each one runs
            foreach (var text in shell.Dialogs.Shown.Concat(shell.Dialogs.Errors).Concat(shell.Dialogs.Told))
                foreach (var line in PseudoText.Unworded(text, Allowed(shell), commands)) found.Add($"{where} (help): {line}");
        }

        Look("home");
        var screens = 0;
        foreach (var entry in shell.Context.Plugins.Entries.Where(e => e.Manifest is { Screens.Count: > 0 } && e.Status is PluginStatus.Found or PluginStatus.Loaded))
        {
            commands.UnionWith(entry.Manifest!.Commands.SelectMany(c => c.Name.Split(' ')));
            foreach (var screen in entry.Manifest.Screens)
            {
                shell.Shell.Home();
                shell.Shell.OpenPlugin(entry, screen);
                Look($"{entry.Id} › {screen.Id}");
                screens++;
                shell.Press(Key.Enter); // the first row's detail, or the screen's own first step
                Look($"{entry.Id} › {screen.Id} › Enter");
                shell.Press(Key.Esc, Key.Esc);
            }
        }

        screens.ShouldBeGreaterThan(15);
        string.Join("\n", found.Take(120)).ShouldBeEmpty($"{found.Count} lines with words from no table");
    }

    // What the Rome cluster holds, and the command words a screen shows in its command line.
    private static HashSet<string> Allowed(ShellHarness shell)
    {
        var allowed = new HashSet<string>(TemplateWords.Rome, StringComparer.Ordinal);
        foreach (var e in shell.Context.Plugins.Entries) allowed.Add(e.Id);
        return allowed;
    }
}
