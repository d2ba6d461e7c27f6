using Meic.Sdk.Plugins;
using Meic.Sdk.Text;
using Spectre.Console;

namespace Rome.Municipi;

/// <summary>A terminal screen: actors per municipio as a bar chart; Esc goes back.</summary>
public sealed class MunicipiScreen(IMeicContext ctx) : IScreen
{
    /// <inheritdoc />
    public void Run(IScreenHost host)
    {
        var t = Strings.Load(typeof(MunicipiPlugin).Assembly, "Rome.Municipi.strings", ctx.Language);
        var coverage = new DistrictCoverage(ctx);
        host.Clear(t["screen.title"]);
        var chart = new BarChart().Label(t["col.actors"]).Width(70);
        foreach (var r in coverage.Rows()) chart.AddItem(r.District, r.Actors, r.Actors == 0 ? Color.Red : Color.Green);
        host.Console.Write(chart);
        host.Console.WriteLine(t["screen.hint"]);
        while (host.ReadKey().Key != ConsoleKey.Escape) { }
    }
}
