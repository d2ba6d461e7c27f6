using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Meic.FocusGroups.Model;
using Meic.FocusGroups.Refi;
using Meic.FocusGroups.Storage;
using Meic.Sdk.Errors;
using Meic.Testing;

namespace Meic.FocusGroups.Tests;

public sealed class RefiQdaTests
{
    private const string Transcript =
        "Anna Verdi: What helps you find work?\n" +
        "Mario Rossi: Friends help me find jobs, informally. Ça va — ünïcode 😀 here.\n" +
        "Fatou Diallo: For me football built trust with neighbours.\n";

    private static FocusHarness Project()
    {
        var h = new FocusHarness();
        h.Session("s1", Transcript, "Anna Verdi", "Mario Rossi", "Fatou Diallo");
        var t = h.Fs.TranscriptsOf("s1").Single();
        var parent = h.Fs.Codes.Insert(new Code { Id = "network", Name = "Network", Color = "#17BECF", Guid = StableGuid.For("code", "network"), Sets = ["themes"] });
        var jobs = h.Fs.Codes.Insert(new Code { Id = "jobs", Name = "Informal networks for jobs", ParentId = "network", Definition = "Work through friends.", Inclusion = "word of mouth", Exclusion = "job centres", Example = "\"friends\"", Guid = StableGuid.For("code", "jobs"), Sets = ["themes", "work"] });
        var trust = h.Fs.Codes.Insert(new Code { Id = "trust", Name = "Trust through sport", ParentId = "network", Guid = StableGuid.For("code", "trust") });
        var service = new CodingService(h.Fs);
        service.Apply(t, jobs, "ana", service.Segment(t, 2, null, null), "turn", "now");
        service.Apply(t, trust, "ben", service.Segment(t, 3, null, null), "turn", "now");
        var emoji = t.Text.IndexOf("here", StringComparison.Ordinal);
        service.Apply(t, jobs, "ben", (emoji, emoji + 4, null), "range", "now");
        h.Fs.Memos.Insert(new Memo { Id = "m1", TargetKind = "code", TargetId = "jobs", Text = "central theme", Author = "ana" });
        return h;
    }

    private static void Validate(XDocument doc, string xsd)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(Repo.Schemas, "refi-qda", xsd));
        var errors = new List<string>();
        doc.Validate(schemas, (_, e) => errors.Add(e.Message));
        errors.ShouldBeEmpty();
    }

    private static XDocument Qde(string qdpx)
    {
        using var zip = ZipFile.OpenRead(qdpx);
        using var s = zip.GetEntry("project.qde")!.Open();
        return XDocument.Load(s);
    }

    [Fact]
    public void Should_write_a_codebook_and_project_valid_against_the_REFI_QDA_schemas()
    {
        using var h = Project();
        var qdc = h.Dir.File("c.qdc"); var qdpx = h.Dir.File("p.qdpx");
        RefiWriter.SaveCodebook(new RefiExchange(h.Fs).Export("x", codebookOnly: true), qdc);
        RefiWriter.SaveProject(new RefiExchange(h.Fs).Export("x"), qdpx);
        Validate(XDocument.Load(qdc), "Codebook.xsd");
        Validate(Qde(qdpx), "Project.xsd");
    }

    [Fact]
    public void Should_keep_the_same_GUIDs_across_exports()
    {
        using var h = Project();
        string a = h.Dir.File("a.qdpx"), b = h.Dir.File("b.qdpx");
        RefiWriter.SaveProject(new RefiExchange(h.Fs).Export("x"), a);
        RefiWriter.SaveProject(new RefiExchange(h.Fs).Export("x"), b);
        Qde(a).ToString().ShouldBe(Qde(b).ToString());
        Qde(a).Descendants().Count(e => e.Attribute("guid") is not null).ShouldBeGreaterThan(8);
    }

    [Fact]
    public void Should_give_back_the_same_codebook_and_codings_after_a_round_trip()
    {
        using var a = Project();
        var file = a.Dir.File("p.qdpx");
        RefiWriter.SaveProject(new RefiExchange(a.Fs).Export("x"), file);
        using var b = new FocusHarness();
        new RefiExchange(b.Fs).Import(RefiReader.ReadProject(file, Commands.Ui.S("en")), "now");

        string Codebook(FocusHarness h) => string.Join("\n", h.Fs.Codes.All().OrderBy(c => c.Guid).Select(c =>
            $"{c.Guid}|{c.Name}|{(c.ParentId is null ? "" : h.Fs.Codes.Get(c.ParentId)!.Guid)}|{c.Color}|{c.Definition}|{c.Inclusion}|{c.Exclusion}|{c.Example}|{string.Join(",", c.Sets.Order())}"));
        string Codings(FocusHarness h) => string.Join("\n", h.Fs.Codings.All().Select(c =>
        {
            var t = h.Fs.Transcripts.Get(c.TranscriptId)!;
            return $"{h.Fs.Codes.Get(c.CodeId)!.Guid}|{c.Coder}|{c.Start}|{c.End}|{t.Text[c.Start..c.End]}";
        }).Order());
        Codebook(b).ShouldBe(Codebook(a));
        Codings(b).ShouldBe(Codings(a));
        b.Fs.Memos.All().Single().Text.ShouldBe("central theme");
        b.Fs.Turns.Search("football").Count.ShouldBe(1);

        var again = b.Dir.File("again.qdpx");
        RefiWriter.SaveProject(new RefiExchange(b.Fs).Export("x"), again);
        Qde(again).Descendants().Where(e => e.Name.LocalName == "Code").Select(e => e.Attribute("guid")!.Value)
            .ShouldBe(Qde(file).Descendants().Where(e => e.Name.LocalName == "Code").Select(e => e.Attribute("guid")!.Value));
    }

    [Fact]
    public void Should_read_a_Taguette_codebook_with_an_empty_Sets()
    {
        using var dir = new TempDir();
        var file = dir.Write("t.qdc", """
            <?xml version="1.0" encoding="utf-8"?>
            <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Taguette 1.4"><Codes>
              <Code guid="0a7d9d7e-1111-4b2a-9f1e-2a2b2c2d2e2f" name="housing" isCodable="true" color="#aabbcc"><Description>homes</Description></Code>
            </Codes><Sets/></CodeBook>
            """);
        var p = RefiReader.ReadCodebook(file, Commands.Ui.S("en"));
        p.Codes.Single().Name.ShouldBe("housing");
        p.Sets.ShouldBeEmpty();
    }

    private static string Zip(TempDir dir, string name, string qdeName, string qde, params (string Path, string Text)[] files)
    {
        var path = dir.File(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using (var w = new StreamWriter(zip.CreateEntry(qdeName).Open())) w.Write(qde);
        foreach (var (p, t) in files) using (var w = new StreamWriter(zip.CreateEntry(p).Open())) w.Write(t);
        return path;
    }

    private const string Code = "c0c0c0c0-0000-4000-8000-000000000001";
    private static string ProjectXml(int start, int end, string extraCode = "") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Project xmlns="urn:QDA-XML:project:1.0" name="nvivo">
          <CodeBook><Codes><Code guid="{Code}" name="jobs" isCodable="true"/>{extraCode}</Codes></CodeBook>
          <Sources><TextSource guid="50505050-0000-4000-8000-000000000001" name="fg1.txt" plainTextPath="internal://50505050-0000-4000-8000-000000000001.txt">
            <PlainTextSelection guid="5e5e5e5e-0000-4000-8000-000000000001" startPosition="{start}" endPosition="{end}">
              <Coding guid="c1c1c1c1-0000-4000-8000-000000000001"><CodeRef targetGUID="{Code}"/></Coding>
            </PlainTextSelection></TextSource></Sources>
        </Project>
        """;

    [Fact]
    public void Should_read_NVivos_Sources_folder_and_move_CRLF_offsets_to_the_normalised_text()
    {
        using var h = new FocusHarness();
        var text = "P1: hello there\r\nP2: friends find jobs\r\n";
        var start = text.IndexOf("friends", StringComparison.Ordinal);
        var file = Zip(h.Dir, "n.qdpx", "project.qde", ProjectXml(start, start + 7), ("Sources/50505050-0000-4000-8000-000000000001.txt", text));
        new RefiExchange(h.Fs).Import(RefiReader.ReadProject(file, Commands.Ui.S("en")), "now");
        var coding = h.Fs.Codings.All().Single();
        var t = h.Fs.Transcripts.Get(coding.TranscriptId)!;
        t.Text.ShouldNotContain("\r");
        t.Text[coding.Start..coding.End].ShouldBe("friends");
    }

    [Fact]
    public void Should_accept_an_inner_qde_named_after_the_project()
    {
        using var h = new FocusHarness();
        var file = Zip(h.Dir, "a.qdpx", "My Project.qde", ProjectXml(0, 2), ("sources/50505050-0000-4000-8000-000000000001.txt", "P1: hi"));
        RefiReader.ReadProject(file, Commands.Ui.S("en")).Sources.Single().Selections.Single().End.ShouldBe(2);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "zipslip", "escapes" },
        { "noqde", "project.qde" },
        { "outside", "outside the text" },
        { "duplicate", "used twice" },
        { "dangling", "does not hold" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Should_refuse_an_unusable_qdpx_with_a_clear_error_and_write_nothing(string kind, string message)
    {
        using var h = new FocusHarness();
        const string src = "sources/50505050-0000-4000-8000-000000000001.txt";
        var file = kind switch
        {
            "zipslip" => Zip(h.Dir, "z.qdpx", "project.qde", ProjectXml(0, 2), (src, "P1: hi"), ("../../evil.txt", "x")),
            "noqde" => Zip(h.Dir, "z.qdpx", "readme.txt", "nothing", (src, "P1: hi")),
            "outside" => Zip(h.Dir, "z.qdpx", "project.qde", ProjectXml(0, 99), (src, "P1: hi")),
            "duplicate" => Zip(h.Dir, "z.qdpx", "project.qde", ProjectXml(0, 2, $"""<Code guid="{Code}" name="again" isCodable="true"/>"""), (src, "P1: hi")),
            _ => Zip(h.Dir, "z.qdpx", "project.qde", ProjectXml(0, 2).Replace($"<CodeRef targetGUID=\"{Code}\"", "<CodeRef targetGUID=\"dddddddd-0000-4000-8000-000000000009\""), (src, "P1: hi")),
        };
        var before = h.Store.Counts().Values.Sum();
        Should.Throw<InputException>(() => new RefiExchange(h.Fs).Import(RefiReader.ReadProject(file, Commands.Ui.S("en")), "now")).Message.ShouldContain(message);
        h.Store.Counts().Values.Sum().ShouldBe(before);
        File.Exists(Path.Combine(Path.GetDirectoryName(h.Dir.Path)!, "evil.txt")).ShouldBeFalse();
    }

    [Fact]
    public void Should_count_positions_in_code_points_in_the_file()
    {
        using var h = Project();
        var file = h.Dir.File("p.qdpx");
        RefiWriter.SaveProject(new RefiExchange(h.Fs).Export("x"), file);
        var t = h.Fs.TranscriptsOf("s1").Single();
        var utf16 = t.Text.IndexOf("here", StringComparison.Ordinal);
        Qde(file).Descendants().Where(e => e.Name.LocalName == "PlainTextSelection").Select(e => int.Parse(e.Attribute("startPosition")!.Value))
            .ShouldContain(utf16 - 1); // the emoji before it is two UTF-16 units but one character
    }
}
