using Meic.Mapping.Domain;
using Meic.Sdk.Screens;
using Meic.Testing;

namespace Meic.Mapping.Tests;

/// <summary>The import screen over a real Rome workspace, in Italian: it asks, shows what would happen, and writes only when told.</summary>
public sealed class ImportScreenTests
{
    private static string Csv(ScreenWorkspace ws, string text)
    {
        var file = Path.Combine(ws.Directory, "nuovi-attori.csv");
        File.WriteAllText(file, text);
        return "nuovi-attori.csv"; // as typed: from the cluster's folder
    }

    [Fact]
    public void Should_refuse_an_unknown_column_on_the_form_naming_it_and_write_nothing()
    {
        using var ws = ScreenWorkspace.Rome();
        var before = MapData.From(ws.Context).Actors.All().Count();
        var file = Csv(ws, "ente,settore,ambito,Referente\nCasa dei Popoli,terzo settore,casa,Maria\n");
        var form = ws.Open<FormScreen>("map-import");

        var result = ws.Probe.Save(form, ("file", file));

        result.Saved.ShouldBeFalse();
        result.Problems.Values.ShouldContain(p => p.Contains("Referente"));
        MapData.From(ws.Context).Actors.All().Count().ShouldBe(before);
    }

    [Fact]
    public void Should_preview_the_columns_and_rows_then_import_them_only_when_the_user_confirms()
    {
        using var ws = ScreenWorkspace.Rome();
        var before = MapData.From(ws.Context).Actors.All().Count();
        var file = Csv(ws, "ente,settore,ambito,Referente\nCasa dei Popoli,terzo settore,accoglienza abitativa,Maria\nC.I.E.S. Onlus,terzo settore,\"Formazione, lavoro, impresa\",Luca\n");
        var form = ws.Open<FormScreen>("map-import");
        form.CommandFor!(form.Initial()).ShouldStartWith("meic map import actors");

        var result = ws.Probe.Save(form, ("file", file), ("ignore", "Referente"));

        result.Saved.ShouldBeTrue(string.Join("; ", result.Problems.Values));
        var preview = result.Next.ShouldBeOfType<TextScreen>();
        var text = preview.Text();
        text.ShouldContain("Colonne", Case.Sensitive, text);
        text.ShouldContain("ente");
        text.ShouldContain("Referente");              // the skipped column is listed, not dropped in silence
        text.ShouldContain("Probabili doppioni");     // "C.I.E.S. Onlus" is probably "CIES onlus"
        text.ShouldContain("CIES onlus", Case.Sensitive, text);
        preview.Command.ShouldBe($"meic map import actors {Path.Combine(ws.Directory, file)} --ignore Referente --dry-run");
        MapData.From(ws.Context).Actors.All().Count().ShouldBe(before); // nothing written by the preview

        ws.Probe.Answer = false;
        ws.Probe.Press(preview, "i");
        MapData.From(ws.Context).Actors.All().Count().ShouldBe(before); // asked, and told no

        ws.Probe.Answer = true;
        ws.Probe.Press(preview, "i");
        ws.Probe.Asked.Last().ShouldContain("2 da creare");
        MapData.From(ws.Context).Actors.All().Count().ShouldBe(before + 2);
        ws.Probe.Told.Last().ShouldContain("meic import undo");
        MapData.From(ws.Context).Actors.All().ShouldContain(a => a.Name == "Casa dei Popoli" && a.Areas.Contains("housing"));
    }
}
