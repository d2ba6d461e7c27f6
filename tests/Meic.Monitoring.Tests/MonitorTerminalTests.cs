using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Monitoring.Tests;

/// <summary>Monitoring end to end: the real host in tmux at 80×24, a value entered through the form, read back by the command line.</summary>
public sealed class MonitorTerminalTests
{
    [TmuxFact]
    public void Should_enter_an_indicator_value_through_the_form_and_the_command_line_reads_it_back()
    {
        using var dir = new TempDir("meic-monitor-tmux");
        var ws = Path.Combine(dir.Path, "rome");
        MeicProcess.Run(dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);

        using (var app = new TerminalApp(ws))
        {
            app.Open(6, "Inserisci un valore", 1, "Periodo *:");
            app.Tmux.Keys("Tab");
            app.Type("2027-Q1");
            app.Tmux.Keys("Tab");
            app.Type("12");
            app.Tmux.WaitFor("--period 2027-Q1 --value 12");
            app.Press("Inserito EU.O.CIVIC = 12 per 2027-Q1.", "C-s");
            app.Dismiss("Inserito EU.O.CIVIC");
            app.Quit();
        }

        var list = MeicProcess.Run(ws, "monitor", "values", "list", "--json");
        list.ExitCode.ShouldBe(0, list.ToString());
        var value = JArray.Parse(list.Out).ShouldHaveSingleItem();
        ((string)value["indicatorCode"]!, (string)value["period"]!, (decimal)value["value"]!).ShouldBe(("EU.O.CIVIC", "2027-Q1", 12m));
    }
}
