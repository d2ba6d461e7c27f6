using Meic.Sdk.Errors;
using Meic.Sdk.Tables;

namespace Meic.Sdk.Tests.Tables;

public sealed class ColumnMappingTests
{
    private static readonly TableSchema Ties = new("a ties sheet",
    [
        new TableField("source", true, "da", "desde"), new TableField("target", true, "a", "hasta"), new TableField("kind", false, "tipo"),
        new TableField("intensity", false, "intensità", "intensidad"), new TableField("trust", false, "fiducia", "confianza"),
    ]);

    private static Table Sheet(params string[] headers) => new("legami.csv", headers, [new TableRow(2, headers.Select(_ => "x").ToArray())], "UTF-8", "csv", ',');

    [Fact]
    public void Should_map_italian_and_spanish_headers_without_case_or_accents()
    {
        var m = ColumnMapping.Resolve(Sheet("Da", "A", "Tipo", "INTENSITA", "Fiducia"), Ties, [], [], "en");
        m.Columns.Select(c => c.Field).ShouldBe(["source", "target", "kind", "intensity", "trust"]);
        m.Columns[0].How.ShouldBe("alias");
        ColumnMapping.Resolve(Sheet("desde", "hasta", "confianza"), Ties, [], [], "es")["trust"].ShouldBe(2);
    }

    [Fact]
    public void Should_refuse_an_unknown_column_naming_it_and_what_it_could_be()
    {
        var e = Should.Throw<InputException>(() => ColumnMapping.Resolve(Sheet("da", "a", "fiduccia"), Ties, [], [], "en"));
        e.Message.ShouldContain("'fiduccia'");
        e.Message.ShouldContain("could be: trust");
        e.Where.ShouldBe("legami.csv:1");
    }

    [Fact]
    public void Should_name_every_unknown_column_at_once_by_the_fields_labels_in_the_users_language()
    {
        var labelled = new TableSchema("un foglio di legami",
        [
            new TableField("source", true, "da") { Labels = new() { ["it"] = "da" } },
            new TableField("target", true, "a") { Labels = new() { ["it"] = "a" } },
            new TableField("trust", false, "fiducia") { Labels = new() { ["it"] = "fiducia" } },
        ]);
        var e = Should.Throw<InputException>(() => ColumnMapping.Resolve(Sheet("da", "a", "fiduccia", "colore"), labelled, [], [], "it"));
        e.Message.ShouldBe("legami.csv:1: 2 colonne non sono campi di un foglio di legami: 'fiduccia' (forse fiducia), 'colore'. Abbina ciascuna con --map \"colonna=campo\" o saltala con --ignore \"colonna\" (campi: da*, a*, fiducia).");
        e.Where.ShouldBe("legami.csv:1");
    }

    [Fact]
    public void Should_take_a_column_mapped_or_ignored_on_purpose()
    {
        var m = ColumnMapping.Resolve(Sheet("da", "a", "forza", "colore"), Ties, ["forza=intensity"], ["colore"], "it");
        m["intensity"].ShouldBe(2);
        m.Columns[3].How.ShouldBe("ignore");
        m.Columns[3].Field.ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_two_columns_for_one_field_a_missing_required_field_and_a_map_to_no_field()
    {
        Should.Throw<InputException>(() => ColumnMapping.Resolve(Sheet("da", "desde", "a"), Ties, [], [], "en")).Message.ShouldContain("both map to the field 'source'");
        Should.Throw<InputException>(() => ColumnMapping.Resolve(Sheet("da", "tipo"), Ties, [], [], "en")).Message.ShouldContain("'target'");
        Should.Throw<InputException>(() => ColumnMapping.Resolve(Sheet("da", "a", "x"), Ties, ["x=colour"], [], "en")).Message.ShouldContain("'colour' is not a field");
    }
}
