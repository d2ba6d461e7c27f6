using Newtonsoft.Json.Linq;

namespace Meic.Store.Postgres.Tests;

public sealed class AuditTests
{
    [Fact]
    public void Should_show_who_changed_what_filtered_by_person_record_and_date()
    {
        using var ws = new ClusterWorkspaceFixture();
        ws.MeicAs("ana", "hello", "Ana", "--save").ExitCode.ShouldBe(0);
        ws.MeicAs("bo", "hello", "Bo", "--save").ExitCode.ShouldBe(0);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var byBo = JArray.Parse(ws.Meic("audit", "--user", "bo", "--json").Out);
        var greetings = JArray.Parse(ws.Meic("audit", "--record", "greetings", "--from", today, "--to", today, "--json").Out);
        var yesterday = JArray.Parse(ws.Meic("audit", "--to", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"), "--json").Out);
        var table = ws.Meic("audit", "--user", "ana");

        byBo.Single()["after"]!["text"]!.ToString().ShouldBe("hello Bo");
        byBo.Single()["kind"]!.ToString().ShouldBe("insert");
        greetings.Select(e => (string?)e["user"]).ShouldBe(["ana", "ana", "bo"]); // the migration's seed ran as ana
        yesterday.ShouldBeEmpty();
        table.Out.ShouldContain("greetings/");
        table.Out.ShouldContain("ana");
        table.Out.ShouldNotContain("hello Ana"); // the table names fields, never their (possibly personal) values
    }

    [Fact]
    public void Should_reject_a_date_that_is_not_a_date()
    {
        using var ws = new ClusterWorkspaceFixture();
        var result = ws.Meic("audit", "--from", "last tuesday", "--lang", "en");
        result.ExitCode.ShouldBe(2);
        result.Err.ShouldContain("--from: 'last tuesday' is not a date");
    }
}
