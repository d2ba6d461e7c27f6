using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Meic.Testing;

namespace Meic.Cli.Tests;

/// <summary>The Rome demo cluster, made once for the pseudo-language checks, and the words of its data.</summary>
public sealed class PseudoWorkspace : IDisposable
{
    private readonly TempDir _dir = new("meic-qps");

    public PseudoWorkspace()
    {
        Folder = _dir.File("roma");
        MeicProcess.Run(_dir.Path, "init", Folder, "--template", "rome").ExitCode.ShouldBe(0);
        DataWords = TemplateWords.Rome;
    }

    public string Folder { get; }

    /// <summary>Files written by a check, beside the cluster.</summary>
    public TempDir Scratch => _dir;

    /// <summary>The words the cluster's own data holds (names, descriptions, clauses): shown as given, in any language.</summary>
    public IReadOnlySet<string> DataWords { get; }

    public MeicResult Run(params string[] args) => MeicProcess.Run(Folder, Qps, args);

    public static readonly Dictionary<string, string?> Qps = new Dictionary<string, string?> { ["MEIC_LANG"] = "qps" };

    public void Dispose() => _dir.Dispose();
}

/// <summary>
/// Everything `meic` prints comes from a string table: run in the pseudo-language, where every table word is marked,
/// no English word may stand outside the marks. A new English literal fails here, not in front of a user in Rome.
/// </summary>
public sealed partial class PseudoLanguageTests(PseudoWorkspace ws) : IClassFixture<PseudoWorkspace>
{
    [Fact]
    public void Should_word_every_commands_help_from_the_tables()
    {
        var helps = HelpTree();

        helps.Count.ShouldBeGreaterThan(150); // the whole tree: the host's commands and every plugin's
        var found = Offences(helps.Select(h => (h.Command + " --help", h.Result)), CommandNames(helps));
        string.Join("\n", found.Take(150)).ShouldBeEmpty($"{found.Count} lines with words from no table");
    }

    [Fact]
    public void Should_word_every_required_option_or_argument_left_out_from_the_tables()
    {
        var helps = HelpTree();
        var runs = new ConcurrentBag<(string, MeicResult)>();
        // A command with something required refuses before it does anything: run each with nothing given.
        var needing = helps.Where(h => !h.Result.Out.Contains("⟦Commands:⟧") && (h.Result.Out.Contains("⟦(REQUIRED)⟧") || h.Result.Out.Contains("⟦Arguments:⟧")))
            .Select(h => h.Command).ToList();
        Parallel.ForEach(needing, new ParallelOptions { MaxDegreeOfParallelism = 3 }, command =>
            runs.Add((command, ws.Run(Words(command)))));

        needing.Count.ShouldBeGreaterThan(100);
        foreach (var (command, r) in runs) r.ExitCode.ShouldBeOneOf([0, 2], $"{command}: {r}"); // an optional argument may leave nothing to refuse
        var found = Offences(runs, CommandNames(helps));
        string.Join("\n", found.Take(150)).ShouldBeEmpty($"{found.Count} lines with words from no table");
    }

    [Fact]
    public void Should_word_what_the_read_commands_show_from_the_tables()
    {
        string[][] commands =
        [
            ["status"], ["plugins"], ["doctor"], ["cluster", "show"], ["import", "history"], ["privacy", "register"],
            ["map", "actors", "list"], ["map", "actors", "show", "roma-capitale"], ["map", "ties", "list"], ["map", "waves", "list"],
            ["map", "coverage"], ["map", "metrics"], ["map", "context", "population", "list"], ["map", "context", "needs", "list"],
            ["agreement", "templates"], ["agreement", "clauses", "list"], ["agreement", "list"],
            ["broker", "services", "list"], ["broker", "needs", "list"], ["broker", "match"], ["broker", "scripts", "list"], ["broker", "referral", "list"],
            ["meeting", "list"], ["actions"], ["focus", "session", "list"], ["focus", "codebook", "list"], ["focus", "coder", "list"],
            ["monitor", "indicators", "list"], ["monitor", "dashboard"], ["monitor", "alerts"], ["monitor", "values", "list"],
            ["municipi", "coverage"],
        ];
        var runs = new ConcurrentBag<(string, MeicResult)>();
        Parallel.ForEach(commands, new ParallelOptions { MaxDegreeOfParallelism = 3 }, c => runs.Add((string.Join(' ', c), ws.Run(c))));

        foreach (var (command, r) in runs) r.ExitCode.ShouldBe(0, $"{command}: {r}");
        var found = Offences(runs, CommandNames(HelpTree()));
        string.Join("\n", found.Take(150)).ShouldBeEmpty($"{found.Count} lines with words from no table");
    }

    [Fact]
    public void Should_word_every_importers_refusal_from_the_tables()
    {
        var bad = ws.Scratch.Write("bad/actors.csv", "nome;settore;ambito;colore\nCaritas;bakery;lavoro;rosso\n");
        var ties = ws.Scratch.Write("bad/ties.csv", "da;a;tipo\ncomune-di-roma;nessuno;invio\n");
        var text = ws.Scratch.Write("bad/notes.txt", "not a transcript: no speaker on this line\n");
        var ics = ws.Scratch.Write("bad/plan.ics", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2027-99-99\nEND:VCALENDAR\n");
        var json = ws.Scratch.Write("bad/services.json", "{ \"services\": [ { \"name\": 3 } ");
        var values = ws.Scratch.Write("bad/values.csv", "indicatore;periodo;valore\nnessuno;2027-Q5;tanti\n");
        var codebook = ws.Scratch.Write("bad/codebook.qdc", "<CodeBook><Codes><Code></Codes>");
        string[][] commands =
        [
            ["map", "import", "actors", bad], ["map", "import", "ties", ties], ["map", "import", "actors", ws.Scratch.File("bad/missing.csv")],
            ["focus", "transcript", "import", text, "--session", "fg-nessuna"], ["meeting", "import-ics", ics],
            ["broker", "services", "import", json], ["monitor", "values", "import", values], ["focus", "codebook", "import", codebook],
            ["map", "actors", "add", "Forno", "--sector", "panetteria", "--area", "lavoro"],
            ["map", "ties", "add", "roma-capitale", "nessuno", "--kind", "invio"],
            ["meeting", "plan", "--title", "Tavolo", "--start", "31/02/2027 10:00"],
            ["monitor", "enter", "nessuno", "--period", "2027-Q1", "--value", "tanti"],
            ["users", "list"], // logins live on PostgreSQL: refused on SQLite, saying how to name roles there
        ];
        var runs = new ConcurrentBag<(string, MeicResult)>();
        // what the files say is what the person gave: their words come back in the refusals
        var given = string.Join("\n", Directory.EnumerateFiles(ws.Scratch.File("bad")).Select(File.ReadAllText));
        Parallel.ForEach(commands, new ParallelOptions { MaxDegreeOfParallelism = 3 }, c => runs.Add((string.Join(' ', c) + "\n" + given, ws.Run(c))));

        foreach (var (command, r) in runs) r.ExitCode.ShouldBe(2, $"{command}: {r}");
        var found = Offences(runs, CommandNames(HelpTree()));
        string.Join("\n", found.Take(150)).ShouldBeEmpty($"{found.Count} lines with words from no table");
    }

    private List<string> Offences(IEnumerable<(string Command, MeicResult Result)> runs, IReadOnlySet<string> names)
    {
        var found = new List<string>();
        foreach (var (command, result) in runs.OrderBy(r => r.Command, StringComparer.Ordinal))
        {
            // what the person typed comes back as they typed it ("'colore' is not a field"), and so do argument names
            var allowed = new HashSet<string>(ws.DataWords, StringComparer.Ordinal);
            allowed.UnionWith(PseudoText.Words(command));
            allowed.UnionWith(ArgumentNames(HelpTree()));
            found.AddRange(PseudoText.Unworded(result.Out + "\n" + result.Err, allowed, names).Select(line => $"meic {command.Split('\n')[0]}: {line}"));
        }
        return found;
    }

    // <FILE>, <TARGET>: the names help gives arguments, which refusals name too
    private static HashSet<string> ArgumentNames(IEnumerable<(string Command, MeicResult Result)> helps) =>
        helps.SelectMany(h => ArgumentName().Matches(h.Result.Out).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"<([A-Z][A-Z_-]*)>")]
    private static partial Regex ArgumentName();

    private static HashSet<string> CommandNames(IEnumerable<(string Command, MeicResult Result)> helps) =>
        helps.SelectMany(h => Words(h.Command)).ToHashSet(StringComparer.Ordinal);

    private static string[] Words(string command) => command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly object TreeLock = new();
    private static List<(string Command, MeicResult Result)>? _tree;

    // Every command's help, walked once per run from the root's list of commands down (three at a time).
    private List<(string Command, MeicResult Result)> HelpTree()
    {
        lock (TreeLock)
        {
            if (_tree is not null) return _tree;
            var all = new List<(string, MeicResult)>();
            var level = new List<string> { "" };
            while (level.Count > 0)
            {
                var results = new ConcurrentBag<(string, MeicResult)>();
                Parallel.ForEach(level, new ParallelOptions { MaxDegreeOfParallelism = 3 }, c => results.Add((c, ws.Run([.. Words(c), "--help"]))));
                all.AddRange(results);
                level = results.SelectMany(r => Subcommands(r.Item2.Out).Select(s => (r.Item1 + " " + s).Trim())).ToList();
            }
            return _tree = all;
        }
    }

    // The names listed under "Commands:" in a help text.
    private static IEnumerable<string> Subcommands(string help)
    {
        var inside = false;
        foreach (var line in help.Split('\n'))
        {
            if (line.StartsWith("⟦Commands:⟧", StringComparison.Ordinal)) { inside = true; continue; }
            if (!inside) continue;
            if (!line.StartsWith("  ", StringComparison.Ordinal)) { inside = false; continue; }
            if (CommandName().Match(line) is { Success: true } m) yield return m.Groups[1].Value;
        }
    }

    [GeneratedRegex(@"^\s+([a-z][a-z0-9-]*)")]
    private static partial Regex CommandName();
}
