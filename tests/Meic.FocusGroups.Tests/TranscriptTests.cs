using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Meic.FocusGroups.Storage;
using Meic.FocusGroups.Transcripts;
using Meic.Sdk.Errors;

namespace Meic.FocusGroups.Tests;

public sealed class TranscriptTests
{
    private const string Transcript =
        "Focus group on work, Rome, Via Nazionale.\r\n" +
        "[00:00:05] Anna Verdi: Welcome. Let us start.\r\n" +
        "[00:00:12] Mario Rossi: We find jobs through friends, not the job centre.\r\n" +
        "It happens every week near Via Nazionale.\r\n" +
        "[00:01:02] Fatou Diallo: Sport rebuilt my trust. Mario Rossi knows it.\r\n";

    [Fact]
    public void Should_split_turns_at_timed_and_plain_markers()
    {
        var turns = new TurnParser().Parse(TextSource.Normalize("A: one\nBob Smith: two\n[00:12:03] Carla: three\nnot a marker line\n"));
        turns.Select(t => t.Speaker).ShouldBe(["A", "Bob Smith", "Carla"]);
        turns[2].Time.ShouldBe("00:12:03");
    }

    [Fact]
    public void Should_accept_a_custom_marker_and_refuse_one_without_a_speaker_group()
    {
        new TurnParser(@"^--(?<speaker>\w+)--").Parse("--X-- hi\n--Y-- ho").Select(t => t.Speaker).ShouldBe(["X", "Y"]);
        Should.Throw<InputException>(() => new TurnParser(@"^(\w+):"));
    }

    [Fact]
    public void Should_pseudonymise_speakers_and_names_and_keep_offsets_exact()
    {
        using var h = new FocusHarness();
        var session = h.Session("s1", Transcript, "Anna Verdi", "Mario Rossi", "Fatou Diallo");
        var t = h.Fs.TranscriptsOf("s1").Single();
        t.Text.ShouldNotContain("Mario");
        t.Text.ShouldNotContain("\r");
        t.Text.ShouldContain("[00:00:12] P1: We find jobs");
        t.Text.ShouldContain("P1 knows it");
        var turns = h.Fs.TurnsOf(t.Id);
        turns.Select(x => x.Speaker).ShouldBe(["MOD", "P1", "P2"]);
        foreach (var turn in turns) t.Text[turn.TextStart..turn.End].ShouldBe(turn.Text);
        turns[1].Text.ShouldBe("We find jobs through friends, not the job centre.\nIt happens every week near Via Nazionale.");
        h.Fs.KeyOf("s1").Entries.Select(e => e.Name).ShouldContain("Mario Rossi");
        h.Fs.Sessions.Get("s1")!.Participants.ShouldAllBe(p => p.Pseudonym.Length > 0);
    }

    [Fact]
    public void Should_redact_listed_places()
    {
        using var h = new FocusHarness();
        var session = new Meic.FocusGroups.Model.FgSession { Id = "s2", Topic = "t" };
        h.Fs.Sessions.Insert(session);
        h.Fs.Keys.Insert(new Meic.FocusGroups.Model.PseudonymKey { Id = "key-s2", SessionId = "s2", Redactions = ["Via Nazionale"] });
        new TranscriptImporter(h.Fs).Import("s2", "t.txt", TextSource.Normalize(Transcript), "txt", null, "now");
        h.Fs.TranscriptsOf("s2").Single().Text.ShouldNotContain("Nazionale");
        h.Fs.Turns.Search("Nazionale").ShouldBeEmpty();
    }

    [Fact]
    public void Should_find_turns_by_full_text_search()
    {
        using var h = new FocusHarness();
        h.Session("s1", Transcript, "Anna Verdi", "Mario Rossi", "Fatou Diallo");
        var hits = h.Fs.Turns.Search("friends");
        hits.Count.ShouldBe(1);
        h.Fs.Turns.Get(hits[0].Id)!.Speaker.ShouldBe("P1");
    }

    [Fact]
    public void Should_import_a_real_docx_and_refuse_a_corrupt_one()
    {
        using var h = new FocusHarness();
        var path = h.Dir.File("t.docx");
        using (var doc = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("Mario Rossi: first paragraph"))),
                new Paragraph(new Run(new Text("second paragraph"))),
                new Paragraph(new Run(new Text("Fatou Diallo: ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), new Run(new Text("split run")))));
            main.Document.Save();
        }
        var (text, format) = TextSource.Read(path, Commands.Ui.S("en"));
        format.ShouldBe("docx");
        text.ShouldBe("Mario Rossi: first paragraph\nsecond paragraph\nFatou Diallo: split run");
        var corrupt = h.Dir.Write("bad.docx", "this is not a zip");
        Should.Throw<InputException>(() => TextSource.Read(corrupt, Commands.Ui.S("en"))).Message.ShouldContain("not a readable .docx");
    }

    [Fact]
    public void Should_number_paragraphs_within_turns()
    {
        using var h = new FocusHarness();
        h.Session("s1", Transcript, "Anna Verdi", "Mario Rossi", "Fatou Diallo");
        var t = h.Fs.TranscriptsOf("s1").Single();
        var ps = Paragraphs.Of(t.Text, h.Fs.TurnsOf(t.Id));
        ps.Count.ShouldBe(4);
        t.Text[ps[2].Start..ps[2].End].ShouldBe("It happens every week near Via Nazionale.");
    }

    [Fact]
    public void Should_refuse_a_range_outside_the_text()
    {
        using var h = new FocusHarness();
        h.Session("s1", Transcript, "Anna Verdi", "Mario Rossi", "Fatou Diallo");
        var service = new CodingService(h.Fs);
        var t = service.TranscriptFor("s1", null);
        Should.Throw<InputException>(() => service.Segment(t, null, null, $"10:{t.Text.Length + 1}"));
        Should.Throw<InputException>(() => service.Segment(t, 9, null, null));
    }
}

public sealed class ParticipantTests
{
    [Fact]
    public void Should_give_role_labels_as_pseudonyms_when_a_role_is_known()
    {
        var session = new Meic.FocusGroups.Model.FgSession { Id = "s" };
        var key = new Meic.FocusGroups.Model.PseudonymKey();
        Participants.Add(session, key, "A", null, "mediator").Pseudonym.ShouldBe("Mediator1");
        Participants.Add(session, key, "B", null, "mediator").Pseudonym.ShouldBe("Mediator2");
        Participants.Add(session, key, "C", null, "participant").Pseudonym.ShouldBe("P1");
        Participants.Add(session, key, "D", null, "facilitator").Pseudonym.ShouldBe("MOD");
        key.Entries.Select(e => e.Name).ShouldBe(["A", "B", "C", "D"]);
    }
}

public sealed class MarkdownAndCodebookTests
{
    [Fact]
    public void Should_split_markdown_turns_with_bold_speakers()
    {
        new TurnParser().Parse("# Focus group\n\n**Mario Rossi:** hello\n\n**Fatou Diallo**: second\n").Select(t => t.Speaker).ShouldBe(["Mario Rossi", "Fatou Diallo"]);
    }

    [Fact]
    public void Should_refuse_a_codebook_whose_parents_form_a_loop()
    {
        const string json = """{"codes":[{"id":"a","name":"A","parent":"b"},{"id":"b","name":"B","parent":"a"}]}""";
        Should.Throw<InputException>(() => Meic.FocusGroups.Templates.CodebookFile.Read(json, "en", "c.json")).Message.ShouldContain("loop");
    }
}
