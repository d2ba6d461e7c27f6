using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Meic.Agreements.Model;
using Meic.Agreements.Rendering;
using Meic.Agreements.Services;

namespace Meic.Agreements.Tests;

public sealed class DraftingTests
{
    [Fact]
    public void Should_refuse_a_draft_with_missing_variables_and_list_them()
    {
        using var cluster = new TestCluster();
        var changes = TestCluster.RomeDraft();
        var e = Should.Throw<MissingVariablesException>(() => cluster.Service().Draft("meic-cluster", "en", new DraftChanges
        {
            Parties = changes.Parties, // no --starts/--expires and the English template has no default backbone
        }));
        e.Missing.Select(m => m.Name).ShouldBe(["backbone", "starts_on", "expires_on"], ignoreOrder: true);
        e.ExitCode.ShouldBe(2);
        cluster.Data().Agreements.Count().ShouldBe(0);
        cluster.Data().Commitments.Count().ShouldBe(0);
    }

    [Fact]
    public void Should_render_every_variable_and_number_references()
    {
        using var cluster = new TestCluster();
        var (agreement, rendered) = cluster.Service().Draft("meic-cluster-rome", "roma", TestCluster.RomeDraft());
        var md = MarkdownWriter.Write(rendered);
        md.ShouldNotContain("{{");
        md.ShouldNotContain("}}");
        md.ShouldContain("## Art. 14 – Risoluzione delle controversie");
        md.ShouldContain("entro 15 giorni"); // dialogue_days
        md.ShouldContain("preavviso scritto di 90 giorni");
        var disputes = rendered.Articles.Single(a => a.Id == "disputes").Number;
        var leaving = rendered.Articles.Single(a => a.Id == "accountability");
        leaving.Blocks.First().Text.ShouldContain($"artt. {rendered.Articles.Single(a => a.Id == "contributions").Number} e {rendered.Articles.Single(a => a.Id == "interaction").Number}");
        disputes.ShouldBe(14);
        md.ShouldContain("LUMSA [University]");
        agreement.Title.ShouldBe("Protocollo d'intesa del cluster MEIC di Roma");
        cluster.Data().Versions.Get("roma@1")!.Markdown.ShouldBe(md);
    }

    [Fact]
    public void Should_write_a_valid_word_document_with_headings_clauses_and_a_signature_table()
    {
        using var cluster = new TestCluster();
        var (_, rendered) = cluster.Service().Draft("meic-cluster-madrid", "madrid", TestCluster.RomeDraft());
        var path = Path.Combine(cluster.Directory, "madrid.docx");
        DocxWriter.Write(rendered, path);

        using var doc = WordprocessingDocument.Open(path, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        errors.ShouldBeEmpty(string.Join("\n", errors));
        var body = doc.MainDocumentPart!.Document.Body!;
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText).ToList();
        headings.First().ShouldBe("Cláusula 1 – Partes y representantes");
        headings.Count.ShouldBe(rendered.Articles.Count + 1);
        headings.Last().ShouldBe("Firmas");
        var table = body.Elements<Table>().ShouldHaveSingleItem();
        var rows = table.Elements<TableRow>().ToList();
        rows.Count.ShouldBe(4);
        rows[0].InnerText.ShouldBe("ParteRepresentanteCargoFechaFirma");
        rows[1].InnerText.ShouldContain("CIES onlus");
        body.InnerText.ShouldNotContain("{{");
        doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ShouldContain("Heading1");
    }

    [Fact]
    public void Should_write_a_signable_protocol_with_page_numbers_header_place_and_a_signature_block_that_does_not_split()
    {
        using var cluster = new TestCluster();
        var (_, rendered) = cluster.Service().Draft("meic-cluster-rome", "roma", TestCluster.RomeDraft());
        var path = Path.Combine(cluster.Directory, "roma.docx");
        DocxWriter.Write(rendered, path);

        using var doc = WordprocessingDocument.Open(path, false);
        new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        var main = doc.MainDocumentPart!;
        main.DocumentSettingsPart.ShouldNotBeNull();
        main.NumberingDefinitionsPart.ShouldNotBeNull();
        main.HeaderParts.Single().Header!.InnerText.ShouldBe(cluster.Data().Cluster!.Name);
        var footer = main.FooterParts.Single().Footer!;
        footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
        footer.InnerText.ShouldStartWith("pagina ");
        var body = main.Document.Body!;
        body.InnerText.ShouldContain("Letto, approvato e sottoscritto.");
        body.InnerText.ShouldContain("Roma, ________________"); // nobody has signed yet: the date is written by hand
        body.InnerText.ShouldNotContain("backbone");
        body.InnerText.ShouldNotContain("nessun impegno registrato");
        var rows = body.Elements<Table>().Single().Elements<TableRow>().ToList();
        rows.ShouldAllBe(r => r.TableRowProperties!.Elements<CantSplit>().Any());
        rows.SkipLast(1).ShouldAllBe(r => r.Descendants<Paragraph>().All(p => p.ParagraphProperties!.KeepNext != null));
        body.Descendants<NumberingProperties>().ShouldNotBeEmpty(); // bullets are a real list, not a typed "•"
        body.InnerText.ShouldNotContain("•");
        rendered.Articles.SelectMany(a => a.Blocks).Select(b => b.Text).ShouldNotContain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"\b\d{4}-\d{2}-\d{2}\b"));
    }

    [Fact]
    public void Should_refuse_to_leave_out_a_required_clause()
    {
        using var cluster = new TestCluster();
        var changes = TestCluster.RomeDraft();
        var e = Should.Throw<Meic.Sdk.Errors.InputException>(() => cluster.Service().Draft("meic-cluster-rome", "roma", new DraftChanges
        {
            Parties = changes.Parties, StartsOn = changes.StartsOn, ExpiresOn = changes.ExpiresOn, Without = ["disputes"],
        }));
        e.Message.ShouldContain("'disputes' is required");
        cluster.Data().Agreements.Count().ShouldBe(0);
    }

    [Fact]
    public void Should_draft_the_purpose_alliance_protocol_with_its_municipal_clauses()
    {
        using var cluster = new TestCluster();
        var (_, rendered) = cluster.Service().Draft("alleanza-di-scopo", "alleanza", TestCluster.RomeDraft());
        rendered.Title.ShouldEndWith("– CIES onlus"); // the municipality defaults to the cluster's promoter: one name per body
        rendered.Articles.Select(a => a.Id).ShouldContain("context-analysis");
        rendered.Articles.Single(a => a.Id == "co-design").Blocks[0].Text.ShouldContain($"all'art. {rendered.Articles.Single(a => a.Id == "context-analysis").Number}");
    }
}
