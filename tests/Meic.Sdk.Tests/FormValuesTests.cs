using Meic.Sdk.Screens;
using Meic.Sdk.Text;

namespace Meic.Sdk.Tests;

public sealed class FormValuesTests
{
    private static FormScreen Form(FormField field) => new() { Title = "t", Fields = [field], Save = _ => FormResult.Ok() };

    private static readonly FormField Actors = new()
    {
        Id = "actor", Label = "attore", Kind = FieldKind.Choice,
        Choices = [new Choice("caritas", "Caritas di Roma"), new Choice("cies", "CIES onlus"), new Choice("asinitas", "Asinitas onlus")],
    };

    [Theory]
    [InlineData("caritas", "caritas")]
    [InlineData("di roma", "caritas")]
    [InlineData("CIES", "cies")]
    [InlineData("asinitas onlus", "asinitas")]
    public void Should_resolve_a_record_by_part_of_its_name_when_no_other_name_has_it(string typed, string id)
    {
        var form = Form(Actors);

        new FormValues(form, new Dictionary<string, string> { ["actor"] = typed }).Choice("actor").ShouldBe(id);
        form.Check(new FormValues(form, new Dictionary<string, string> { ["actor"] = typed }), "it").ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_a_part_two_names_share_or_too_short_to_tell()
    {
        var form = Form(Actors);

        foreach (var typed in new[] { "onlus", "as" })
        {
            var values = new FormValues(form, new Dictionary<string, string> { ["actor"] = typed });
            values.Choice("actor").ShouldBeNull();
            form.Check(values, "it").Keys.ShouldContain("actor");
        }
    }

    [Fact]
    public void Should_never_guess_a_vocabulary_term_from_part_of_its_label()
    {
        var sectors = Vocabularies.Shared.Get("sector");
        var form = Form(FormField.Pick("sector", "settore", sectors, "it"));

        new FormValues(form, new Dictionary<string, string> { ["sector"] = "terzo settore" }).Choice("sector").ShouldBe("third-sector");
        new FormValues(form, new Dictionary<string, string> { ["sector"] = "terz" }).Choice("sector").ShouldBeNull();
    }
}
