using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Meic.CityPlugin;

/// <summary>A terminal screen (meic ui): actors by stage as a bar chart; Esc goes back.</summary>
public sealed class SummaryScreen(IMeicContext ctx) : IScreen
{
    /// <inheritdoc />
    public void Run(IScreenHost host)
    {
        var t = Strings.Load(typeof(Plugin).Assembly, "Meic.CityPlugin.strings", ctx.Language);
        host.Clear(t["screen.title"]);
        var chart = new BarChart().Width(60);
        foreach (var c in StageCount.Read(ctx)) chart.AddItem(c.Stage, c.Actors, Color.Blue);
        host.Console.Write(chart);
        host.Console.WriteLine(t["screen.hint"]);
        while (host.ReadKey().Key != ConsoleKey.Escape) { }
    }
}
