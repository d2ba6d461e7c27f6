using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Meic.Testing;
using Newtonsoft.Json.Linq;

namespace Meic.Mapping.Tests;

/// <summary>Every template's sample sheets (Italian, Spanish, English; CSV and .xlsx) import into a fresh workspace of that template.</summary>
public sealed class SampleFilesTests : IDisposable
{
    private readonly TempDir _dir = new("meic-samples");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("rome", "attori", "legami", "it")]
    [InlineData("rome", "actores", "vinculos", "es")]
    [InlineData("madrid", "actores", "vinculos", "es")]
    [InlineData("madrid", "actors", "ties", "en")]
    [InlineData("blank", "actors", "ties", "en")]
    [InlineData("blank", "attori", "legami", "it")]
    public void Should_import_the_sample_sheets_of_every_template_as_csv_and_xlsx(string template, string actors, string ties, string language)
    {
        var samples = Path.Combine(Repo.Root, "templates", "clusters", template, "mapping", "samples");
        foreach (var ext in new[] { ".csv", ".xlsx" })
        {
            var ws = Path.Combine(_dir.Path, template + ext.TrimStart('.'));
            MeicProcess.Run(_dir.Path, "init", ws, "--template", template).ExitCode.ShouldBe(0);
            var a = MeicProcess.Run(ws, "map", "import", "actors", Path.Combine(samples, actors + ext), "--lang", language, "--json");
            a.ExitCode.ShouldBe(0, a.ToString());
            var report = JObject.Parse(a.Out);
            report["created"]!.Value<int>().ShouldBe(4);
            ((JArray)report["columns"]!).ShouldAllBe(c => c["field"] != null);
            var t = MeicProcess.Run(ws, "map", "import", "ties", Path.Combine(samples, ties + ext), "--lang", language, "--json");
            t.ExitCode.ShouldBe(0, t.ToString());
            JObject.Parse(t.Out)["created"]!.Value<int>().ShouldBe(3);
        }
    }

    [Fact]
    public void Should_ship_sample_workbooks_that_pass_the_open_xml_validator()
    {
        var books = Directory.GetFiles(Path.Combine(Repo.Root, "templates", "clusters"), "*.xlsx", SearchOption.AllDirectories);
        books.Length.ShouldBeGreaterThanOrEqualTo(18);
        foreach (var book in books)
        {
            using var doc = SpreadsheetDocument.Open(book, false);
            new OpenXmlValidator().Validate(doc).Select(e => e.Description).ShouldBeEmpty(book);
        }
    }
}
