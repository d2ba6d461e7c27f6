using Meic.Sdk.Plugins;
using Meic.Sdk.Screens;

namespace Meic.Testing;

/// <summary>
/// Runs a plugin's screen descriptions the way the shell does, without a terminal, over a real context and store:
/// rows read, actions pressed by key, forms submitted with <see cref="FormScreen.Submit"/> (one transaction, committed
/// only when saved). What the screen opened and said is recorded for the test to read. The shell itself is tested
/// headless with Terminal.Gui's driver in Meic.Tui.Tests; this is for what a plugin's screens do with the store.
/// </summary>
public sealed class ScreenProbe(IMeicContext meic) : IScreenContext
{
    public IMeicContext Meic { get; } = meic;

    /// <summary>Views opened on top, in order.</summary>
    public List<ScreenView> Opened { get; } = new();

    /// <summary>Messages shown, in order.</summary>
    public List<string> Told { get; } = new();

    /// <summary>Questions asked, in order.</summary>
    public List<string> Asked { get; } = new();

    /// <summary>The answer every confirmation gets.</summary>
    public bool Answer { get; set; } = true;

    public void Open(ScreenView view) => Opened.Add(view);

    public void Tell(string message) => Told.Add(message);

    public bool Confirm(string question) { Asked.Add(question); return Answer; }

    /// <summary>The view last opened, as <typeparamref name="T"/>.</summary>
    public T Last<T>() where T : ScreenView => Opened.OfType<T>().LastOrDefault()
        ?? throw new InvalidOperationException($"no {typeof(T).Name} was opened; opened: {string.Join(", ", Opened.Select(v => v.Title))}");

    /// <summary>Presses <paramref name="key"/> on <paramref name="view"/> with <paramref name="row"/> selected, asking its confirmation first as the shell does.</summary>
    public void Press(ScreenView view, string key, ListRow? row = null)
    {
        var action = view.Actions.SingleOrDefault(a => a.Key == key)
            ?? throw new InvalidOperationException($"'{view.Title}' has no action on '{key}'; it has {string.Join(", ", view.Actions.Select(a => a.Key))}");
        if (action.NeedsRow && row is null) throw new InvalidOperationException($"'{key}' needs a selected row");
        if (action.Confirm is { } ask && row is not null && !Confirm(ask(row))) return;
        action.Run(this, row);
    }

    /// <summary>The row of <paramref name="list"/> whose id is <paramref name="id"/>.</summary>
    public static ListRow Row(ListScreen list, string id) => list.Rows().SingleOrDefault(r => r.Id == id)
        ?? throw new InvalidOperationException($"no row '{id}' in '{list.Title}'");

    /// <summary>Fills <paramref name="form"/> with <paramref name="values"/> (field id → text as typed) over its initial values and presses Save.</summary>
    public FormResult Save(FormScreen form, params (string Field, string Text)[] values)
    {
        var all = form.Fields.ToDictionary(f => f.Id, f => f.Value, StringComparer.Ordinal);
        foreach (var (field, text) in values)
        {
            if (!all.ContainsKey(field)) throw new InvalidOperationException($"'{form.Title}' has no field '{field}'");
            all[field] = text;
        }
        return form.Submit(Meic, new FormValues(form, all));
    }
}
