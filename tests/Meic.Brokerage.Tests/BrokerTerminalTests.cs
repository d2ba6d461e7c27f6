using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Tests;

/// <summary>Brokerage end to end: the real host in tmux at 80×24, a service added through the form, read back by the command line.</summary>
public sealed class BrokerTerminalTests
{
    [TmuxFact]
    public void Should_add_a_service_through_the_form_and_the_command_line_reads_it_back()
    {
        using var dir = new TempDir("meic-broker-tmux");
        var ws = Path.Combine(dir.Path, "rome");
        MeicProcess.Run(dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);

        using (var app = new TerminalApp(ws))
        {
            app.Open(2, "Copioni di orientamento", 0, "$ meic broker services list");
            app.Press("Nuovo servizio", "a");
            app.Type("CIES"); // the organisation, found by typing the start of its name
            app.Tmux.WaitFor("--actor cies-onlus");
            app.Tmux.Keys("Tab");
            app.Type("Sportello casa");
            app.Tmux.WaitFor("--name 'Sportello casa'");
            // Wait for what the save shows, not for the form's own text: the form closes on Ctrl+S, so a screen read
            // after the save no longer holds "Sportello casa" (the dialog names the service by its id).
            app.Tmux.Keys("C-s");
            app.Tmux.WaitFor(s => s.Contains("Aggiunto il servizio cies-onlus-sportello-casa", StringComparison.Ordinal), "the service added");
            app.Dismiss("Aggiunto il servizio");
            app.Quit();
        }

        var list = MeicProcess.Run(ws, "broker", "services", "list", "--json");
        list.ExitCode.ShouldBe(0, list.ToString());
        var service = JArray.Parse(list.Out).Single(s => (string)s["name"]! == "Sportello casa");
        ((string)service["actorId"]!).ShouldBe("cies-onlus");
    }
}
