using System.IO.Compression;
using System.Text;
using Meic.Sdk.Errors;
using Meic.Sdk.Files;
using Meic.Testing;

namespace Meic.Sdk.Tests;

/// <summary>The shared limiter every importer reads with: archives, XML and text, on real files made here.</summary>
public sealed class FileLimitsTests : IDisposable
{
    private readonly TempDir _temp = new("meic-limits");

    public void Dispose() => _temp.Dispose();

    private static readonly FileLimits Small = new() { MaxEntries = 5, MaxEntryBytes = 4096, MaxTotalBytes = 8192, MaxXmlDepth = 8, MaxFieldChars = 100, MaxLines = 10, MaxLineChars = 200 };

    private string Zip(params (string Name, string Text)[] entries)
    {
        var path = _temp.File($"{Guid.NewGuid():N}.zip");
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var s = zip.CreateEntry(name).Open();
            s.Write(Encoding.UTF8.GetBytes(text));
        }
        return path;
    }

    [Fact]
    public void Should_read_a_well_formed_archive_within_its_limits()
    {
        var path = Zip(("a.xml", "<a><b>text</b></a>"), ("notes.txt", "hello"));

        LimitedArchive.Check(path, Small);
        using var archive = LimitedArchive.Open(path, Small);

        archive.LoadXml(archive.Find("a.xml")!).Root!.Value.ShouldBe("text");
        archive.ReadText(archive.Find("NOTES.TXT")!).ShouldBe("hello");
    }

    [Fact]
    public void Should_refuse_too_many_entries_naming_the_file_and_the_limit()
    {
        var path = Zip(Enumerable.Range(0, 6).Select(i => ($"{i}.txt", "x")).ToArray());

        var e = Should.Throw<InputException>(() => LimitedArchive.Open(path, Small));

        e.ExitCode.ShouldBe(2);
        e.Message.ShouldStartWith(path);
        e.Message.ShouldContain("6 entries, more than the limit of 5 (limits.maxEntries in toolkit.json)");
    }

    [Fact]
    public void Should_refuse_an_entry_whose_declared_size_is_over_the_limit_before_inflating_it()
    {
        var path = Zip(("big.xml", new string(' ', 5000)));

        var e = Should.Throw<InputException>(() => LimitedArchive.Open(path, Small));

        e.Message.ShouldContain("big.xml: this part expands to 5000 bytes, more than the limit of 4096 (limits.maxEntryBytes");
    }

    [Fact]
    public void Should_count_what_is_inflated_when_the_headers_lie()
    {
        var file = _temp.File("lying.xlsx");
        HostileFiles.For("xlsx").Single(h => h.Name == "lying-bomb.xlsx").Write(file);

        var e = Should.Throw<InputException>(() => LimitedArchive.Check(file));

        // Refused naming the part either way: by the count of inflated bytes, or by the runtime's own check that the
        // entry is longer than its header says (which then reads as broken XML).
        e.Message.ShouldContain("xl/worksheets/sheet1.xml");
    }

    [Theory]
    [InlineData("xxe.xlsx", "declares a DTD or entities")]
    [InlineData("laughs.xlsx", "declares a DTD or entities")]
    [InlineData("deep.xlsx", "nests deeper than 128 levels")]
    [InlineData("huge-field.xlsx", "more than the limit of 1048576 (limits.maxFieldChars")]
    [InlineData("malformed.xlsx", "not well-formed XML")]
    [InlineData("bomb.xlsx", "limits.maxEntryBytes")]
    [InlineData("ratio-bomb.xlsx", "limits.maxCompressionRatio")]
    [InlineData("entries.xlsx", "limits.maxEntries")]
    [InlineData("binary.xlsx", "not a zip archive")]
    [InlineData("truncated.xlsx", "not a zip archive")]
    public void Should_refuse_each_hostile_archive_with_the_part_and_the_limit(string name, string expected)
    {
        var file = _temp.File(name);
        HostileFiles.For("xlsx").Single(h => h.Name == name).Write(file);

        var e = Should.Throw<InputException>(() => LimitedArchive.Check(file));

        e.ExitCode.ShouldBe(2);
        e.Message.ShouldStartWith(file);
        e.Message.ShouldContain(expected);
        e.Message.Length.ShouldBeLessThan(MeicException.MaxMessageChars + 1);
    }

    [Fact]
    public void Should_refuse_text_with_too_many_lines_a_line_too_long_or_nul_bytes()
    {
        var lines = _temp.Write("lines.csv", string.Concat(Enumerable.Repeat("a\n", 11)));
        var longLine = _temp.Write("long.csv", "ok\n" + new string('x', 201) + "\n");
        var binary = _temp.File("junk.txt");
        File.WriteAllBytes(binary, [0x41, 0, 0x42]);

        Should.Throw<InputException>(() => LimitedText.ReadAllText(lines, Small)).Message.ShouldContain("more than 10 lines (limits.maxLines");
        Should.Throw<InputException>(() => LimitedText.ReadAllText(longLine, Small)).Message.ShouldStartWith(longLine + ":2: line 2 is longer than 200 characters");
        Should.Throw<InputException>(() => LimitedText.ReadAllText(binary, Small)).Message.ShouldContain("binary");
    }

    [Fact]
    public void Should_quote_only_the_beginning_of_a_huge_field()
    {
        var field = "Coop " + new string('z', 10_000_000);

        var e = Should.Throw<InputException>(() => FileLimits.Default.CheckField(field, "elenco.csv:3"));

        e.Message.ShouldStartWith("elenco.csv:3: a value is 10000005 characters long");
        e.Message.ShouldContain("it begins 'Coop zzzz");
        e.Message.Length.ShouldBeLessThan(400);
    }

    [Fact]
    public void Should_word_refusals_in_the_users_language()
    {
        var path = Zip(Enumerable.Range(0, 6).Select(i => ($"{i}.txt", "x")).ToArray());
        try
        {
            FileLimits.Use(FileLimits.Default, "it");
            Should.Throw<InputException>(() => LimitedArchive.Open(path, Small)).Message.ShouldContain("l'archivio contiene 6 voci");
            FileLimits.Use(FileLimits.Default, "es");
            Should.Throw<InputException>(() => LimitedArchive.Open(path, Small)).Message.ShouldContain("contiene 6 entradas");
        }
        finally { FileLimits.Use(FileLimits.Default, "en"); }
    }
}
