using System.Text.RegularExpressions;
using Meic.Testing;

namespace Meic.Cli.Tests;

/// <summary>Bad commands in an Italian or Spanish workspace: the refusal is one line in the person's language, exit 2.</summary>
public sealed partial class HostMessagesLanguageTests : IDisposable
{
    private readonly TempDir _dir = new("meic-words");
    private readonly string _ws;

    public HostMessagesLanguageTests()
    {
        _ws = _dir.File("ws");
        MeicProcess.Run(_dir.Path, "init", _ws, "--template", "rome").ExitCode.ShouldBe(0);
    }

    public void Dispose() => _dir.Dispose();

    // The parser's own errors, and the host's refusals from the stores, the workspace, templates and commands.
    public static TheoryData<string, string[]> BadCommands()
    {
        var data = new TheoryData<string, string[]>();
        string[][] commands =
        [
            ["statsu"],                                  // unknown command
            ["status", "--bogus"],                       // unknown option
            ["backup"],                                  // missing argument
            ["cluster", "set"],                          // two missing arguments
            ["store", "copy"],                           // required option left out
            ["users", "add", "bob"],                     // required option left out
            ["audit", "--limit", "many"],                // a value of the wrong kind
            ["restore", "nope.db"],                      // no such backup
            ["restore", "cluster.db"],                   // the live database
            ["backup", "no/such/folder/x.db"],           // no such folder
            ["script", "run", "nope.csx"],               // no such script
            ["privacy", "erase", "ab", "--yes"],         // too short to find a person
            ["--cluster", "no-such-folder", "status"],   // not a folder
            ["init", "elsewhere", "--template", "atlantis"], // unknown template
        ];
        foreach (var language in new[] { "it", "es" })
            foreach (var c in commands) data.Add(language, c);
        return data;
    }

    [Theory]
    [MemberData(nameof(BadCommands))]
    public void Should_refuse_a_bad_command_in_one_line_of_the_persons_language(string language, string[] command)
    {
        var r = MeicProcess.Run(_ws, [.. command, "--lang", language]);

        r.ExitCode.ShouldBe(2, r.ToString());
        var lines = r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(1, r.ToString());
        lines[0].ShouldStartWith(language == "it" ? "meic: dati non validi: " : "meic: entrada no válida: ");
        EnglishWords().Matches(lines[0]).Select(m => m.Value).ShouldBeEmpty(lines[0]);
    }

    [Theory]
    [InlineData("it", "servizi", "codici del codebook")]
    [InlineData("es", "servicios", "códigos del libro de códigos")]
    public void Should_name_the_stored_collections_in_words_in_the_summary(string language, string services, string codes)
    {
        var status = MeicProcess.Run(_ws, "status", "--lang", language);
        status.ExitCode.ShouldBe(0, status.ToString());
        status.Out.ShouldContain(services);
        status.Out.ShouldContain(codes);
        status.Out.ShouldNotContain("fg-codes");
        status.Out.ShouldNotContain("orientation-scripts");
    }

    [Fact]
    public void Should_word_a_broken_store_in_the_workspace_language()
    {
        File.WriteAllText(Path.Combine(_ws, "cluster.db"), "not a database at all, just text");

        var it = MeicProcess.Run(_ws, "status");
        var es = MeicProcess.Run(_ws, "status", "--lang", "es");

        it.ExitCode.ShouldBe(2, it.ToString());
        it.Err.ShouldContain("il file non è un archivio MEIC");
        es.Err.ShouldContain("el archivo no es una base de datos MEIC");
    }

    [Theory]
    [InlineData("it", "manifesto non valido: ", "chiave sconosciuta \"colour\"; previste: id, name, version")]
    [InlineData("es", "manifiesto no válido: ", "clave desconocida \"colour\"; se esperaba: id, name, version")]
    public void Should_word_a_broken_plugin_manifest_in_the_persons_language(string language, string broken, string reason)
    {
        Directory.CreateDirectory(Path.Combine(_ws, "plugins", "odd"));
        File.WriteAllText(Path.Combine(_ws, "plugins", "odd", "plugin.json"), """{ "id": "odd", "version": "1.0", "sdk": ">=2.0", "entry": "odd.dll", "colour": "red" }""");

        var r = MeicProcess.Run(_ws, "doctor", "--json", "--lang", language);

        var odd = Newtonsoft.Json.Linq.JObject.Parse(r.Out)["plugins"]!.Single(p => ((string?)p["status"]) == "failed");
        var text = (string)odd["reason"]!;
        text.ShouldStartWith(broken);
        text.ShouldContain("plugin.json: ");
        text.ShouldContain(reason);
    }

    [Fact]
    public void Should_word_a_repeated_key_in_toolkit_json_in_the_persons_language()
    {
        var config = Path.Combine(_ws, "toolkit.json");
        var text = File.ReadAllText(config).TrimStart();
        File.WriteAllText(config, "{ \"language\": \"it\", \"language\": \"it\", " + text[1..]);

        var r = MeicProcess.Run(_ws, "status", "--lang", "es");

        r.ExitCode.ShouldBe(2, r.ToString());
        r.Err.ShouldContain("JSON no válido en la línea");
        r.Err.ShouldContain("la clave \"language\" aparece dos veces.");
    }

    // Whole words only: "errore" and "requerido" are Italian and Spanish.
    [GeneratedRegex(@"\b(expected|unknown|required|error|not found|invalid|unrecognized|missing|does not exist)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();
}
