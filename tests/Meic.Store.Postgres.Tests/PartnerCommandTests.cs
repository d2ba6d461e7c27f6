using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Store.Postgres.Tests;

/// <summary>A partner logged in as themselves, through the real `meic`, against a real server.</summary>
public sealed class PartnerCommandTests
{
    [SkippableFact]
    public void Should_refuse_a_partner_another_organisations_record_and_audit_it()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var ws = new ClusterWorkspaceFixture("postgres");
        var login = "maria_" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var actors = JArray.Parse(ws.Meic("audit", "--record", "actors", "--json").Out).Select(e => e["id"]!.ToString()).Distinct().ToList();
            var (own, other) = (actors[0], actors[1]);
            ws.Env["MEIC_NEW_PASSWORD"] = "partner-password-1";
            var added = ws.Meic("users", "add", login, "--role", "partner", "--org", own);
            added.ExitCode.ShouldBe(0, added.ToString());
            var asMaria = new Dictionary<string, string?>(ws.Env) { ["MEIC_DATABASE_URL"] = ws.Url!.Replace("//meic:", $"//{login}:").Replace(new Npgsql.NpgsqlConnectionStringBuilder(PostgresTestDatabase.Server).Password!, "partner-password-1") };

            var refused = MeicProcess.Run(ws.Directory, asMaria, "rename-actor", other, "Taken over", "--lang", "en");
            var ownEdit = System.Diagnostics.Process.Start(MeicProcess.Start(ws.Directory, asMaria, "rename-actor", own, "Renamed by its partner"))!;
            ownEdit.StandardInput.WriteLine();
            ownEdit.WaitForExit(600_000).ShouldBeTrue();

            refused.ExitCode.ShouldBe(1, refused.ToString());
            refused.Err.ShouldContain($"refused: actors/{other} is outside the records your role (partner) reaches");
            refused.Err.ShouldContain("This attempt has been recorded.");
            ownEdit.ExitCode.ShouldBe(0, ownEdit.StandardError.ReadToEnd());
            var log = JArray.Parse(ws.Meic("audit", "--record", "privacy-log", "--json").Out);
            log.ShouldContain(e => (string?)e["user"] == login && ((string?)e["after"]!["detail"])!.Contains($"actors/{other}"));
            var edits = JArray.Parse(ws.Meic("audit", "--user", login, "--record", "actors", "--json").Out);
            edits.Single()["id"]!.ToString().ShouldBe(own);
        }
        finally
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            try { PostgresTestDatabase.Admin($"DROP OWNED BY \"{login}\"; DROP ROLE IF EXISTS \"{login}\""); }
            catch (Npgsql.PostgresException) { /* the role was never created */ }
        }
    }
}
