using Meic.Mapping.Domain;
using Meic.Mapping.Io;

namespace Meic.Mapping.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("CIES Onlus", "C.I.E.S. onlus")]
    [InlineData("Comunità di Sant'Egidio", "Comunita Sant Egidio")]
    [InlineData("Cooperativa CivicoZero", "Cooperativa Civico Zero")]
    public void Should_flag_likely_duplicates(string a, string b) => NameKey.LikelySame(a, b).ShouldBeTrue();

    [Fact]
    public void Should_not_flag_different_organisations() => NameKey.LikelySame("Asinitas", "Armadilla").ShouldBeFalse();

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+39 06 123", "'+39 06 123")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain", "plain")]
    public void Should_neutralise_formula_like_cells(string cell, string expected) => TableWriter.Neutralise(cell).ShouldBe(expected);
}
