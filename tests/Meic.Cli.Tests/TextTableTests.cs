using Meic.Cli.Output;

namespace Meic.Cli.Tests;

public sealed class TextTableTests
{
    private static string[] Draw(TextTable table, TextStyle style)
    {
        var o = new StringWriter { NewLine = "\n" };
        table.Write(o, style);
        return o.ToString().TrimEnd('\n').Split('\n');
    }

    [Fact]
    public void Should_keep_the_frame_straight_with_wide_letters_accents_and_line_breaks()
    {
        var table = new TextTable("Attori", new TextColumn("Nome"), new TextColumn("N", Right: true))
            .AddRow("北京协会", "3")
            .AddRow("Associazione Città\nAperta", "12")
            .AddRow("e\u0301", "7"); // e + combining acute: one column

        var lines = Draw(table, TextStyle.Plain);

        lines[0].Trim().ShouldBe("Attori");
        var frame = lines.Skip(1).ToList();
        frame.Select(TextWidth.Of).Distinct().Count().ShouldBe(1, string.Join("\n", frame));
        frame.ShouldContain("│ Associazione Città Aperta │ 12 │");
        frame.ShouldContain("│ 北京协会                  │  3 │");
    }

    [Fact]
    public void Should_write_escape_sequences_only_when_styled()
    {
        var table = new TextTable(null, new TextColumn("Area")).AddRow("[bold]not markup[/]");

        Draw(table, TextStyle.Plain).ShouldAllBe(l => !l.Contains('\u001b'));
        Draw(table, TextStyle.For(terminal: false)).ShouldAllBe(l => !l.Contains('\u001b'));
        var styled = Draw(table, TextStyle.For(terminal: true));
        if (Environment.GetEnvironmentVariable("NO_COLOR") is null or "" && Environment.GetEnvironmentVariable("TERM") != "dumb")
            styled[1].ShouldContain("\u001b[1m");
        styled.ShouldContain("│ [bold]not markup[/] │"); // data is text, never interpreted
    }

    [Fact]
    public void Should_frame_a_panel_around_its_longest_value()
    {
        var o = new StringWriter { NewLine = "\n" };
        new TextPanel("MEIC Roma").Add("Città", "Roma").Add("Archivio", "sqlite · /tmp/cluster.db").Write(o, TextStyle.Plain);

        var lines = o.ToString().TrimEnd('\n').Split('\n');
        lines.ShouldBe(new[]
        {
            "╭─MEIC Roma──────────────────────────╮",
            "│ Città     Roma                     │",
            "│ Archivio  sqlite · /tmp/cluster.db │",
            "╰────────────────────────────────────╯",
        });
    }
}
