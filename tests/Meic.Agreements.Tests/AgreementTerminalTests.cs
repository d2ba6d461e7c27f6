using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Agreements.Tests;

/// <summary>Agreements end to end: the real host in tmux at 80×24, a signature recorded through the form, read back by the command line.</summary>
public sealed class AgreementTerminalTests
{
    [TmuxFact]
    public void Should_record_a_signature_through_the_form_and_the_command_line_reads_it_back()
    {
        using var dir = new TempDir("meic-agreement-tmux");
        var ws = Path.Combine(dir.Path, "rome");
        MeicProcess.Run(dir.Path, "init", ws, "--template", "rome").ExitCode.ShouldBe(0);
        var draft = MeicProcess.Run(ws, "agreement", "draft", "--template", "meic-cluster-rome", "--id", "roma",
            "--party", "cies-onlus", "--party", "cnos-fap", "--starts", "01/01/2027", "--expires", "31/12/2028");
        draft.ExitCode.ShouldBe(0, draft.ToString());
        MeicProcess.Run(ws, "agreement", "circulate", "roma").ExitCode.ShouldBe(0); // a draft is sent out before anyone signs

        using (var app = new TerminalApp(ws))
        {
            app.Open(1, "Registro delle controversie", 0, "$ meic agreement list");
            app.Press("Firma di Protocollo", "s"); // s signs here; the list sorts with o
            app.Tmux.Keys("Tab"); // the party: CIES onlus, the first not yet signed
            app.Type("E. Melandri");
            app.Tmux.WaitFor("--party cies-onlus --by \"E. Melandri\"");
            app.Press("CIES onlus ha firmato", "C-s");
            app.Dismiss("CIES onlus ha firmato");
            app.Quit();
        }

        var show = MeicProcess.Run(ws, "agreement", "show", "roma", "--json");
        show.ExitCode.ShouldBe(0, show.ToString());
        var parties = (JArray)JObject.Parse(show.Out)["agreement"]!["parties"]!;
        var cies = parties.Single(p => (string)p["actorId"]! == "cies-onlus");
        ((string)cies["signedBy"]!).ShouldBe("E. Melandri");
        cies["signedOn"].ShouldNotBeNull();
        parties.Single(p => (string)p["actorId"]! == "cnos-fap")["signedOn"].ShouldBeNull();
    }
}
