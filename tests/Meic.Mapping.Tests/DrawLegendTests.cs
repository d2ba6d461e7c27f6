using Meic.Testing;

namespace Meic.Mapping.Tests;

/// <summary>The drawn map reads in the workspace's language: a legend of what appears, no English codes on the lines.</summary>
public sealed class DrawLegendTests : IDisposable
{
    private readonly TempDir _dir = new("meic-draw");

    public void Dispose() => _dir.Dispose();

    private string Dot(string language)
    {
        var ws = Path.Combine(_dir.Path, language);
        MeicProcess.Run(_dir.Path, "init", ws, "--template", "rome", "--lang", language).ExitCode.ShouldBe(0);
        var file = Path.Combine(_dir.Path, language + ".dot");
        var r = MeicProcess.Run(ws, "map", "export", "--format", "dot", "--out", file);
        r.ExitCode.ShouldBe(0, r.ToString());
        return File.ReadAllText(file);
    }

    [Fact]
    public void Should_draw_a_legend_of_sectors_networks_and_ties_in_italian_without_english_codes_on_the_lines()
    {
        var dot = Dot("it");

        dot.ShouldContain("\"legend\" [shape=plaintext");
        dot.ShouldContain("Legenda");
        dot.ShouldContain("Terzo settore");
        dot.ShouldContain("Rete collaborativa");
        dot.ShouldContain("Scambio di informazioni");
        dot.ShouldNotContain("label=\"information-exchange\"");
        dot.ShouldNotContain("third-sector");
        dot.ShouldContain("style=dotted"); // information exchange drawn dotted, as the legend says
    }

    [Fact]
    public void Should_draw_the_legend_in_spanish()
    {
        var dot = Dot("es");

        dot.ShouldContain("Leyenda");
        dot.ShouldContain("Tercer sector");
    }
}
