using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Store.Postgres.Tests;

/// <summary>Focus-group coders on the shared server: each person codes as their login, never as a name typed for someone else.</summary>
public sealed class CoderLoginTests
{
    [SkippableFact]
    public void Should_code_as_the_login_and_refuse_a_coder_name_typed_for_someone_else()
    {
        Skip.IfNot(PostgresTestDatabase.Available, PostgresTestDatabase.SkipReason);
        using var ws = new ClusterWorkspaceFixture("postgres");
        ws.Meic("focus", "session", "add", "--id", "fg1", "--topic", "Lavoro", "--date", "2024-03-01", "--participant", "Mario Rossi").ExitCode.ShouldBe(0);
        var file = Path.Combine(ws.Directory, "fg1.txt");
        File.WriteAllText(file, "Moderatore: Come avete trovato lavoro?\nMario Rossi: Grazie a un amico.\n");
        ws.Meic("focus", "transcript", "import", file, "--session", "fg1").ExitCode.ShouldBe(0);

        var other = ws.Meic("focus", "code", "apply", "--session", "fg1", "--code", "informal-networks-jobs", "--turn", "2", "--coder", "ben", "--lang", "it");
        other.ExitCode.ShouldBe(2, other.ToString());
        other.Err.ShouldContain("su questo database ognuno codifica con il proprio accesso: tu sei tester, non 'ben'.");
        var add = ws.Meic("focus", "coder", "add", "ben", "--lang", "es");
        add.ExitCode.ShouldBe(2, add.ToString());
        add.Err.ShouldContain("en esta base de datos los codificadores son los usuarios (tú eres tester)");

        ws.Meic("focus", "code", "apply", "--session", "fg1", "--code", "informal-networks-jobs", "--turn", "2").ExitCode.ShouldBe(0);
        var coding = JArray.Parse(ws.Meic("focus", "code", "list", "--session", "fg1", "--json").Out).ShouldHaveSingleItem();
        ((string)coding["coder"]!).ShouldBe("tester");
        JArray.Parse(ws.Meic("focus", "coder", "list", "--json").Out).Select(c => (string)c["name"]!).ShouldBe(["tester"]);
    }
}
