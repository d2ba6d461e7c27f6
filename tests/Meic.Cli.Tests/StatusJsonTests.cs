using Meic.Cli.Commands;
using Meic.Core.Text;
using Meic.Sdk.Text;
using Meic.Testing;
using Newtonsoft.Json;

namespace Meic.Cli.Tests;

// `status --json` is written by hand for start-up speed; it must read exactly as every other
// `--json` output, which Newtonsoft.Json writes.
public sealed class StatusJsonTests
{
    [Fact]
    public void Should_write_status_json_exactly_as_the_other_commands_would()
    {
        var summary = new ClusterSummary("MEIC Roma – \"Cluster\"", "Roma", "IT", "it", "CIES onlus", "activation", "rome",
            new StoreSummary("sqlite", "/tmp/città.db"),
            [new AreaSummary("work", "Formazione, lavoro", 3, 19), new AreaSummary("housing", "Casa\t\\ \u2028 😀", 0, null)],
            new Dictionary<string, int> { ["cooperative"] = 2, ["collaborative"] = 0 },
            new SortedDictionary<string, long> { ["actors"] = 66, ["relationships"] = 0 }, 123);

        IndentedJson.Write(summary.WriteTo).ShouldBe(JsonConvert.SerializeObject(summary, Json.Indented));
    }

    [Fact]
    public void Should_show_the_real_clusters_status_as_that_json()
    {
        using var dir = new TempDir();
        MeicProcess.Run(dir.Path, "init", "ws", "--template", "rome").ExitCode.ShouldBe(0);

        var r = MeicProcess.Run(Path.Combine(dir.Path, "ws"), "status", "--json");

        r.ExitCode.ShouldBe(0);
        var status = Newtonsoft.Json.Linq.JObject.Parse(r.Out);
        status["city"]!.ToString().ShouldBe("Roma");
        ((long)status["counts"]!["actors"]!).ShouldBeGreaterThan(0);
        status["areas"]!.Count().ShouldBe(4);
    }
}
