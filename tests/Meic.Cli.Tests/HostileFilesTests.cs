using Meic.Testing;

namespace Meic.Cli.Tests;

/// <summary>
/// Every importer against the corpus of hostile files (made at test time, see HostileFiles): each file is refused
/// with exit 2 and one message naming it, no "unexpected error", no stack trace, and the store is left as it was.
/// </summary>
public sealed class HostileFilesTests : IClassFixture<HostileFilesTests.Cluster>
{
    private readonly Cluster _cluster;

    public HostileFilesTests(Cluster cluster) => _cluster = cluster;

    /// <summary>One Rome workspace and one folder of hostile files for the whole class.</summary>
    public sealed class Cluster : IDisposable
    {
        private readonly TempDir _temp = new("meic-hostile");

        public Cluster()
        {
            Workspace = Path.Combine(_temp.Path, "rome");
            var init = MeicProcess.Run(_temp.Path, "init", Workspace, "--template", "rome", "--lang", "en");
            if (init.ExitCode != 0) throw new InvalidOperationException(init.ToString());
            // The session transcripts are imported into, so a refusal can only be about the file.
            var session = MeicProcess.Run(Workspace, "focus", "session", "add", "--id", "s1", "--topic", "Lavoro", "--date", "2026-03-01");
            if (session.ExitCode != 0) throw new InvalidOperationException(session.ToString());
            Files = Path.Combine(_temp.Path, "files");
            Directory.CreateDirectory(Files);
        }

        public string Workspace { get; }
        public string Files { get; }

        public string Status() => MeicProcess.Run(Workspace, "status", "--json").Out;

        public void Dispose() => _temp.Dispose();
    }

    // The importers and the formats they read.
    private static readonly (string Format, string[] Command)[] Importers =
    [
        ("xlsx", ["map", "import", "actors"]),
        ("csv", ["map", "import", "actors"]),
        ("csv", ["monitor", "values", "import"]),
        ("docx", ["focus", "transcript", "import", "--session", "s1"]),
        ("txt", ["focus", "transcript", "import", "--session", "s1"]),
        ("qdpx", ["focus", "import", "qdpx"]),
        ("qdc", ["focus", "import", "qdc"]),
        ("ics", ["meeting", "import-ics"]),
    ];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (format, command) in Importers)
            foreach (var hostile in HostileFiles.For(format))
                data.Add(format, string.Join(' ', command), hostile.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_refuse_each_hostile_file_with_exit_2_and_leave_the_store_unchanged(string format, string command, string name)
    {
        var file = Path.Combine(_cluster.Files, $"{format}-{command.Replace(' ', '-')}-{name}");
        if (!File.Exists(file)) HostileFiles.For(format).Single(h => h.Name == name).Write(file);
        var before = _cluster.Status();
        var args = command.Split(' ').ToList();
        // The FILE argument sits before the options (transcript import takes --session after it).
        var at = args.IndexOf("--session");
        args.Insert(at < 0 ? args.Count : at, file);

        var run = MeicProcess.Run(_cluster.Workspace, [.. args, "--lang", "en"]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldContain(Path.GetFileName(file));
        run.Err.ShouldNotContain("unexpected error");
        run.Err.ShouldNotContain("   at ");
        run.Err.Length.ShouldBeLessThan(3000, "an error quotes an excerpt, never a whole field");
        _cluster.Status().ShouldBe(before);
    }

    // The refusal says which part of the archive and which toolkit.json limit, in the person's language.
    [Theory]
    [InlineData("xlsx", "map import actors", "bomb.xlsx", "xl/worksheets/sheet1.xml", "limits.maxEntryBytes")]
    [InlineData("xlsx", "map import actors", "ratio-bomb.xlsx", "xl/worksheets/sheet1.xml", "limits.maxCompressionRatio")]
    [InlineData("xlsx", "map import actors", "entries.xlsx", null, "limits.maxEntries")]
    [InlineData("xlsx", "map import actors", "xxe.xlsx", "xl/worksheets/sheet1.xml", null)]
    [InlineData("xlsx", "map import actors", "malformed.xlsx", "xl/worksheets/sheet1.xml", null)]
    [InlineData("docx", "focus transcript import", "bomb.docx", "word/document.xml", "limits.maxEntryBytes")]
    [InlineData("qdpx", "focus import qdpx", "bomb.qdpx", "project.qde", "limits.maxEntryBytes")]
    public void Should_name_the_part_and_the_limit_of_an_archive_bomb_in_italian(string format, string command, string name, string? part, string? limit)
    {
        var file = Path.Combine(_cluster.Files, $"it-{format}-{name}");
        if (!File.Exists(file)) HostileFiles.For(format).Single(h => h.Name == name).Write(file);
        var args = command.Split(' ').Append(file).ToList();
        if (format == "docx") args.AddRange(["--session", "s1"]);

        var run = MeicProcess.Run(_cluster.Workspace, [.. args, "--lang", "it"]);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Err.ShouldStartWith("meic: dati non validi: ");
        run.Err.ShouldContain(Path.GetFileName(file));
        if (part is not null) run.Err.ShouldContain(part);
        if (limit is not null) run.Err.ShouldContain(limit);
        run.Err.ShouldContain("non è stato importato nulla");
    }
}
