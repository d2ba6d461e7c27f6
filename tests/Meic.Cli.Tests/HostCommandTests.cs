using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Cli.Tests;

public sealed class HostCommandTests : IDisposable
{
    private readonly TempDir _dir = new("meic-cli");
    private readonly string _ws;

    public HostCommandTests()
    {
        _ws = _dir.File("ws");
        MeicProcess.Run(_dir.Path, "init", _ws, "--template", "rome").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_find_the_workspace_from_a_subfolder_like_git()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_ws, "notes", "2026")).FullName;
        MeicProcess.Run(sub, "status", "--json").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_say_clearly_when_there_is_no_workspace()
    {
        var r = MeicProcess.Run(Path.GetTempPath(), "status", "--lang", "en");
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("no cluster workspace here");
    }

    [Fact]
    public void Should_report_a_healthy_store_in_doctor()
    {
        var r = MeicProcess.Run(_ws, "doctor", "--json");
        r.ExitCode.ShouldBe(0, r.ToString());
        var json = JObject.Parse(r.Out);
        json["problems"]!.Value<int>().ShouldBe(0);
        json["storeKind"]!.Value<string>().ShouldBe("sqlite");
    }

    [Fact]
    public void Should_back_up_and_restore_the_store()
    {
        var backup = _dir.File("backup.db");
        MeicProcess.Run(_ws, "backup", backup).ExitCode.ShouldBe(0);
        var env = Plugins("Fixture.Good");
        MeicProcess.Run(_ws, env, "hello", "after-backup", "--save").ExitCode.ShouldBe(0);
        Greetings(env).ShouldBe(2);

        var restore = MeicProcess.Run(_ws, env, "restore", backup, "--json");

        restore.ExitCode.ShouldBe(0, restore.ToString());
        File.Exists(JObject.Parse(restore.Out)["previous"]!.Value<string>()).ShouldBeTrue();
        Greetings(env).ShouldBe(1); // the backup predates the plugin's own rows; its migration seeds one again
        MeicProcess.Run(_ws, "doctor").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_refuse_to_overwrite_an_existing_backup_file()
    {
        var existing = _dir.Write("exists.db", "keep me");
        var r = MeicProcess.Run(_ws, "backup", existing);
        r.ExitCode.ShouldBe(2);
        File.ReadAllText(existing).ShouldBe("keep me");
    }

    [Fact]
    public void Should_refuse_to_restore_from_a_file_that_is_not_a_backup()
    {
        var before = MeicProcess.Run(_ws, "status", "--json").Out;
        var r = MeicProcess.Run(_ws, "restore", _dir.Write("junk.db", "junk"));
        r.ExitCode.ShouldBe(2);
        MeicProcess.Run(_ws, "status", "--json").Out.ShouldBe(before);
    }

    [Theory]
    [InlineData("{ \"language\": 5 }", "$.language")]
    [InlineData("{ \"store\": { \"kind\": \"mongo\" } }", "$.store.kind")]
    [InlineData("{ \"language\": \"it\", ", "not valid JSON")]
    public void Should_reject_a_malformed_toolkit_json_with_exit_code_2(string config, string expected)
    {
        File.WriteAllText(Path.Combine(_ws, "toolkit.json"), config);
        var r = MeicProcess.Run(_ws, "status");
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("toolkit.json");
        r.Err.ShouldContain(expected);
        r.Err.ShouldNotContain("   at ");
    }

    [Fact]
    public void Should_show_a_stack_trace_only_with_verbose()
    {
        File.WriteAllText(Path.Combine(_ws, "toolkit.json"), "{ \"language\": 5 }");
        MeicProcess.Run(_ws, "status", "--verbose").Err.ShouldContain("   at ");
    }

    [Fact]
    public void Should_say_when_the_database_file_is_missing()
    {
        File.Delete(Path.Combine(_ws, "cluster.db"));
        var r = MeicProcess.Run(_ws, "status");
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("cluster.db");
        File.Exists(Path.Combine(_ws, "cluster.db")).ShouldBeFalse();
    }

    [Fact]
    public void Should_exit_2_on_an_unknown_option()
    {
        MeicProcess.Run(_ws, "status", "--colour").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Should_print_help_when_run_without_a_terminal()
    {
        var r = MeicProcess.Run(_ws);
        r.ExitCode.ShouldBe(0);
        r.Out.ShouldContain("init");
        r.Out.ShouldContain("status");
    }

    [Fact]
    public void Should_list_plugin_commands_in_help_without_loading_them()
    {
        var env = Plugins("Fixture.Good", "Fixture.Throws");
        var r = MeicProcess.Run(_ws, env, "--help", "--lang", "it");
        r.ExitCode.ShouldBe(0);
        r.Out.ShouldContain("Saluta da un plugin");
        r.Out.ShouldContain("boom");
    }

    [Fact]
    public void Should_run_a_plugin_command_and_keep_working_when_another_plugin_throws()
    {
        var env = Plugins("Fixture.Good", "Fixture.Throws", "Fixture.NewerSdk");

        var hello = MeicProcess.Run(_ws, env, "hello", "Roma", "--json");
        var boom = MeicProcess.Run(_ws, env, "boom");
        var plugins = JArray.Parse(MeicProcess.Run(_ws, env, "plugins", "--json").Out);

        hello.ExitCode.ShouldBe(0, hello.ToString());
        JObject.Parse(hello.Out)["text"]!.Value<string>().ShouldBe("hello Roma");
        boom.ExitCode.ShouldBe(1);
        boom.Err.ShouldContain("fixture.throws");
        var status = plugins.ToDictionary(p => p["id"]!.Value<string>()!, p => p["status"]!.Value<string>());
        status["fixture.good"].ShouldBe("loaded");
        status["fixture.throws"].ShouldBe("failed");
        status["fixture.newer-sdk"].ShouldBe("incompatible");
    }

    [Fact]
    public void Should_skip_a_plugin_disabled_in_toolkit_json()
    {
        var cfg = JObject.Parse(File.ReadAllText(Path.Combine(_ws, "toolkit.json")));
        cfg["plugins"]!["disabled"] = new JArray("fixture.good");
        File.WriteAllText(Path.Combine(_ws, "toolkit.json"), cfg.ToString());
        var env = Plugins("Fixture.Good");

        MeicProcess.Run(_ws, env, "hello").ExitCode.ShouldBe(2);
        JArray.Parse(MeicProcess.Run(_ws, env, "plugins", "--json").Out).Single(p => p["id"]!.Value<string>() == "fixture.good")["status"]!.Value<string>().ShouldBe("disabled");
    }

    [Fact]
    public void Should_describe_the_privacy_commands_in_italian()
    {
        var r = MeicProcess.Run(_ws, "privacy", "--help", "--lang", "it");

        r.ExitCode.ShouldBe(0, r.ToString());
        r.Out.ShouldContain("Diritti degli interessati");
        r.Out.ShouldContain("Il registro delle attività di trattamento");
        r.Out.ShouldNotContain("Data subjects' rights");
    }

    [Fact]
    public void Should_describe_the_audit_command_in_spanish()
    {
        var r = MeicProcess.Run(_ws, "audit", "--help", "--lang", "es");

        r.ExitCode.ShouldBe(0, r.ToString());
        r.Out.ShouldContain("Muestra quién cambió qué y cuándo, a partir del registro");
        r.Out.ShouldContain("Solo los cambios de esta persona");
        r.Out.ShouldNotContain("Only changes by this person");
    }

    [Fact]
    public void Should_ask_to_confirm_an_erasure_in_the_language_of_the_cluster()
    {
        var r = MeicProcess.Run(_ws, "privacy", "erase", "Zainab Okonkwo"); // the Rome template's language is Italian

        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("--yes: la cancellazione di una persona non si può annullare");
    }

    private Dictionary<string, string?> Plugins(params string[] names) =>
        new() { ["MEIC_PLUGIN_PATH"] = FixturePlugins.CopyTo(_dir.File("plugins"), names) };

    private int Greetings(IDictionary<string, string?> env) =>
        JObject.Parse(MeicProcess.Run(_ws, env, "hello", "--json").Out)["greetings"]!.Value<int>();

    public void Dispose() => _dir.Dispose();
}
