using Newtonsoft.Json.Linq;

namespace Meic.Store.Postgres.Tests;

public sealed class RoleCommandTests
{
    [Fact]
    public void Should_refuse_a_full_export_to_anyone_but_a_coordinator_and_audit_the_refusal()
    {
        using var ws = new ClusterWorkspaceFixture();
        var config = JObject.Parse(File.ReadAllText(Path.Combine(ws.Directory, "toolkit.json")));
        config["settings"] = new JObject { ["meic.access"] = new JObject { ["user.ana"] = "coordinator", ["user.bo"] = "facilitator" } };
        File.WriteAllText(Path.Combine(ws.Directory, "toolkit.json"), config.ToString());

        var byBo = ws.MeicAs("bo", "store", "copy", "--to", "bo.db", "--lang", "en");
        var subjectByBo = ws.MeicAs("bo", "privacy", "export", "Someone");
        var byAna = ws.MeicAs("ana", "store", "copy", "--to", "ana.db");

        byBo.ExitCode.ShouldBe(1);
        byBo.Err.ShouldContain("refused: a full export of the cluster (store copy) needs the coordinator role; you are facilitator");
        subjectByBo.ExitCode.ShouldBe(1);
        File.Exists(Path.Combine(ws.Directory, "bo.db")).ShouldBeFalse();
        byAna.ExitCode.ShouldBe(0, byAna.ToString());
        var log = JArray.Parse(ws.MeicAs("ana", "audit", "--record", "privacy-log", "--json").Out);
        log.Select(e => (string?)e["after"]!["action"]).ShouldBe(["refused", "refused", "fullExport"]);
        log.Select(e => (string?)e["user"]).ShouldBe(["bo", "bo", "ana"]);
    }
}
