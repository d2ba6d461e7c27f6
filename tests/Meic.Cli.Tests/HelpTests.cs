using Meic.Testing;

namespace Meic.Cli.Tests;

// Help is written by the host, in the user's language, with the library's layout.
public sealed class HelpTests : IDisposable
{
    private readonly TempDir _dir = new("meic-help");
    private readonly string _ws;

    public HelpTests()
    {
        _ws = _dir.File("ws");
        MeicProcess.Run(_dir.Path, "init", _ws, "--template", "rome").ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Should_write_the_whole_help_in_italian()
    {
        var r = MeicProcess.Run(_ws, "--help", "--lang", "it");

        r.ExitCode.ShouldBe(0, r.ToString());
        r.Out.ShouldStartWith("Descrizione:"); // UTF-8 into the pipe, without a byte order mark
        r.Out.ShouldContain("Utilizzo:\n  meic [comando] [opzioni]");
        r.Out.ShouldContain("-?, -h, --help     Mostra la guida e le informazioni d'uso.");
        r.Out.ShouldContain("  init <DIR>      Crea la cartella di un cluster da un modello.");
        r.Out.ShouldNotContain("Show help");
        r.Out.ShouldNotContain("[options]");
    }

    [Fact]
    public void Should_show_arguments_choices_required_options_and_defaults_of_a_command()
    {
        var r = MeicProcess.Run(_ws, "map", "export", "--help", "--lang", "es");

        r.ExitCode.ShouldBe(0, r.ToString()); // help even though the required options are missing
        r.Err.ShouldBeEmpty();
        r.Out.ShouldContain("Uso:\n  meic map export [opciones]");
        r.Out.ShouldContain("--format <csv|dot|gexf|graphml|json|xlsx> (OBLIGATORIO)");
        // The global options follow the command's own.
        r.Out.IndexOf("--wave", StringComparison.Ordinal).ShouldBeLessThan(r.Out.IndexOf("--cluster <DIR>", StringComparison.Ordinal));

        var init = MeicProcess.Run(_ws, "init", "--help", "--lang", "en");
        init.Out.ShouldContain("Arguments:\n  <DIR>  The folder to create the workspace in.");
        init.Out.ShouldContain("-t, --template <template>    Template: rome, madrid, blank or a folder. Without it, at a terminal, the setup wizard opens.");
        init.Out.ShouldContain("--timezone <timezone>        The time zone, as an IANA id (Europe/Rome); by default the country's.");
        init.Out.ShouldNotContain("[default: False]");
    }

    [Fact]
    public void Should_list_a_commands_subcommands_with_their_arguments()
    {
        var r = MeicProcess.Run(_ws, "map", "-h", "--lang", "en");

        r.ExitCode.ShouldBe(0, r.ToString());
        r.Out.ShouldContain("meic map [command] [options]");
        r.Out.ShouldContain("  import <actors|ties> <FILE>  ");
    }

    [Fact]
    public void Should_word_parse_errors_in_the_workspace_language()
    {
        var r = MeicProcess.Run(_ws, "statsu"); // the Rome workspace speaks Italian

        r.ExitCode.ShouldBe(2);
        r.Err.ShouldBe("meic: dati non validi: non riconosco 'statsu': non è un comando né un'opzione. Vedi `meic --help`.\n");
    }

    [Fact]
    public void Should_show_a_vocabulary_default_by_its_label_in_the_workspace_language()
    {
        var it = MeicProcess.Run(_ws, "monitor", "indicators", "add", "--help", "--lang", "it");
        it.ExitCode.ShouldBe(0, it.ToString());
        it.Out.ShouldContain("[predefinito: trimestrale]");
        it.Out.ShouldContain("[predefinito: numero]");
        it.Out.ShouldNotContain("[predefinito: quarter]");

        var es = MeicProcess.Run(_ws, "broker", "needs", "add", "--help", "--lang", "es");
        es.ExitCode.ShouldBe(0, es.ToString());
        es.Out.ShouldContain("[por defecto: Introducida a mano]");
    }

    public void Dispose() => _dir.Dispose();
}
