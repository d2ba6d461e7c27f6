using DocumentFormat.OpenXml.Packaging;
using Meic.Facilitation.Minutes;
using Meic.Testing;

namespace Meic.Facilitation.Tests;

public sealed class MinutesTests
{
    private const string Arabic = "مرحبا بالجميع";
    private const string Tigrinya = "ሰላም ንኹልኹም";
    private const string Bengali = "সবাইকে নমস্কার";

    private static MinutesModel Model() => new()
    {
        Id = "m1", Title = "Tavolo lavoro", Kind = "Thematic table", Date = "2030-03-14", From = "10:00", To = "11:30", Place = "Sala 2",
        Facilitator = "M. R.", Approval = "draft", PeoplePresent = 2,
        Organisations = [new OrganisationLine("CIES onlus", "A. B."), new OrganisationLine("CNOS-FAP", null)],
        Items = [new ItemLine(1, "Giro", 20, "CIES onlus", "Round of introductions", $"{Arabic} {Tigrinya} {Bengali}")],
        Decisions = [new DecisionLine("consent", "Open a help desk", "agreed", null, "2030-09-01")],
        Actions = [new ActionLine("Draft the leaflet", "CNOS-FAP", "2030-04-01", "open")],
        Pulse = new PulseLine("1 risposta", "4,0", "3,0", "5,0", "4,0", null),
    };

    [Theory]
    [InlineData("en", "# Minutes: Tavolo lavoro", "## Decisions")]
    [InlineData("it", "# Verbale: Tavolo lavoro", "## Decisioni")]
    [InlineData("es", "# Acta: Tavolo lavoro", "## Decisiones")]
    public void Should_render_the_minutes_from_each_language_template(string language, string heading, string decisions)
    {
        var md = MinutesRenderer.Render(Model(), language);
        md.ShouldStartWith(heading);
        md.ShouldContain(decisions);
        md.ShouldContain("**Open a help desk**");
        md.ShouldContain("**CNOS-FAP**");
        md.ShouldContain($"{Arabic} {Tigrinya} {Bengali}");
    }

    [Fact]
    public void Should_write_a_docx_that_reads_back_with_headings_and_non_latin_text_intact()
    {
        using var dir = new TempDir();
        var file = dir.File("minutes.docx");
        DocxMinutes.Write(MinutesRenderer.Render(Model(), "it"), file, "it", "pagina {0} di {1}");

        using var doc = WordprocessingDocument.Open(file, false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var text = body.InnerText;
        text.ShouldContain("Verbale: Tavolo lavoro");
        text.ShouldContain(Arabic);
        text.ShouldContain(Tigrinya);
        text.ShouldContain(Bengali);
        var styles = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.ParagraphStyleId>().Select(s => s.Val!.Value).ToList();
        styles.ShouldContain("Title");
        styles.ShouldContain("Heading2");
        body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Bold>().ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData("it", "Facilitazione: M. R. – firma ___", "(1 risposta, 1–5)")]
    [InlineData("es", "Facilitación: M. R. – firma ___", "(1 risposta, 1–5)")]
    public void Should_end_unapproved_minutes_with_signature_lines_and_approved_ones_with_the_approval(string language, string signature, string pulse)
    {
        var md = MinutesRenderer.Render(Model(), language);
        md.ShouldContain(signature);
        md.ShouldContain(pulse);
        md.ShouldNotContain("Nessuna nota");
        var approved = Model();
        approved.Approved = true;
        approved.Approval = "approvato il 2 aprile 2030 (riunione m2); bloccato";
        var done = MinutesRenderer.Render(approved, language);
        done.ShouldNotContain("___");
        done.ShouldContain("approvato il 2 aprile 2030");
    }

    [Fact]
    public void Should_write_initials_instead_of_names_unless_asked()
    {
        MinutesBuilder.Person("Maria Rossi", withNames: false).ShouldBe("M. R.");
        MinutesBuilder.Person("Maria Rossi", withNames: true).ShouldBe("Maria Rossi");
        MinutesBuilder.Person("  ", withNames: false).ShouldBeNull();
    }
}
