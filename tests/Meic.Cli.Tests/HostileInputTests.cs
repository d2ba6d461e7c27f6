using Meic.Testing;

namespace Meic.Cli.Tests;

/// <summary>
/// Input an attacker or an unlucky partner could hand the host besides files: an argument that looks like a response
/// file, a regular expression that backtracks for ever, a number too big for toolkit.json, a plugin that takes a
/// built-in's id. Each is taken literally, refused as bad input (exit 2, the field named, in the person's language)
/// or reported and skipped, and nothing is half-written.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempDir _temp = new("meic-hostile-input");

    public void Dispose() => _temp.Dispose();

    private string Rome(string language = "en")
    {
        var ws = Path.Combine(_temp.Path, "rome-" + language);
        var init = MeicProcess.Run(_temp.Path, "init", ws, "--template", "rome", "--lang", language);
        init.ExitCode.ShouldBe(0, init.ToString());
        return ws;
    }

    [Fact]
    public void Should_take_an_organisation_called_at_work_literally_not_as_a_response_file()
    {
        var ws = Rome();
        File.WriteAllText(Path.Combine(ws, "Work"), "status\n"); // what a response file @Work would have read instead

        var add = MeicProcess.Run(ws, "map", "actors", "add", "@Work", "--sector", "company", "--area", "lavoro");
        var list = MeicProcess.Run(ws, "map", "actors", "list", "--json");

        add.ExitCode.ShouldBe(0, add.ToString());
        add.Out.ShouldContain("@Work");
        list.Out.ShouldContain("\"name\": \"@Work\"");
    }

    [Theory]
    [InlineData("en", "bad input: --marker: the marker took longer than 2 s")]
    [InlineData("it", "dati non validi: --marker: il marcatore ha impiegato più di 2 s")]
    public void Should_refuse_a_marker_that_backtracks_for_ever_as_bad_input_and_import_nothing(string language, string expected)
    {
        var ws = Rome(language);
        MeicProcess.Run(ws, "focus", "session", "add", "--id", "s1", "--topic", "Lavoro", "--date", "2026-03-01").ExitCode.ShouldBe(0);
        var transcript = Path.Combine(ws, "t.txt");
        File.WriteAllText(transcript, "A: hello\n" + new string('a', 40_000) + "!\n");
        var before = MeicProcess.Run(ws, "status", "--json").Out;

        var run = MeicProcess.Run(ws, "focus", "transcript", "import", transcript, "--session", "s1", "--marker", "^(?<speaker>(a|aa)+)+:");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain(expected);
        run.Err.ShouldNotContain("Regex engine");
        run.Err.ShouldNotContain("   at ");
        MeicProcess.Run(ws, "status", "--json").Out.ShouldBe(before);
    }

    [Theory]
    [InlineData("en", "expected a number of seconds above 0 and at most 86400; found 99999999999999999999")]
    [InlineData("it", "serve un numero di secondi maggiore di 0 e al massimo 86400; trovato 99999999999999999999")]
    public void Should_refuse_a_time_limit_too_big_for_any_number_naming_the_field(string language, string expected)
    {
        var ws = Rome(language);
        var config = Path.Combine(ws, "toolkit.json");
        File.WriteAllText(config, File.ReadAllText(config).Replace("\"timeoutSeconds\": 5", "\"timeoutSeconds\": 99999999999999999999"));
        File.WriteAllText(Path.Combine(ws, "hello.csx"), "Console.WriteLine(\"ran\");");
        var line = Array.FindIndex(File.ReadAllLines(config), l => l.Contains("timeoutSeconds")) + 1;

        var run = MeicProcess.Run(ws, "script", "run", "hello.csx");

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain($"toolkit.json:{line}: $.scripts.timeoutSeconds"); // the line in no language, the words in the person's
        run.Err.ShouldContain(expected);
        run.Out.ShouldNotContain("ran");
    }

    [Theory]
    [InlineData("en", "reuses the built-in id 'meic.mapping' (version 99.0.0); it was skipped, the built-in plugin is used")]
    [InlineData("it", "riusa l'id 'meic.mapping' di un plugin incluso (versione 99.0.0); è stato saltato e si usa quello incluso")]
    public void Should_skip_a_workspace_plugin_that_reuses_a_built_in_id_with_a_higher_version_and_keep_the_built_in(string language, string expected)
    {
        var ws = Rome(language);
        var impostor = Path.Combine(FixturePlugins.CopyTo(Path.Combine(ws, "plugins"), "Fixture.Good"), "Fixture.Good");
        var manifest = Path.Combine(impostor, "plugin.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest)
            .Replace("\"fixture.good\"", "\"meic.mapping\"").Replace("\"1.2.0\"", "\"99.0.0\"").Replace("\"name\": \"hello\"", "\"name\": \"map\""));

        var run = MeicProcess.Run(ws, "map", "actors", "list", "--json");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Err.ShouldContain(impostor);
        run.Err.ShouldContain(expected);
        run.Out.ShouldContain("\"id\": \"alda\""); // the built-in map command still answers
    }
}
