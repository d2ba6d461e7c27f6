using Meic.Mapping.Domain;
using Meic.Mapping.Io;

namespace Meic.Mapping.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("CIES Onlus", "C.I.E.S. onlus")]
    [InlineData("Comunità di Sant'Egidio", "Comunita Sant Egidio")]
    [InlineData("Cooperativa CivicoZero", "Cooperativa Civico Zero")]
    [InlineData("CGIL Torino - Ufficio Stranieri", "C.G.I.L. Torino Ufficio Stranieri")]
    public void Should_flag_likely_duplicates(string a, string b) => NameKey.LikelySame(a, b).ShouldBeTrue();

    [Theory]
    [InlineData("Asinitas", "Armadilla")]
    [InlineData("Associazione Prova 02", "Associazione Prova 01")]
    [InlineData("Cooperativa Alba", "Fondazione Alba")]
    [InlineData("Associazione Alba", "Fondazione Alba")]
    [InlineData("bulk-00194", "bulk-00190")]
    public void Should_not_flag_different_organisations(string a, string b) => NameKey.LikelySame(a, b).ShouldBeFalse();

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+39 06 123", "'+39 06 123")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain", "plain")]
    public void Should_neutralise_formula_like_cells(string cell, string expected) => TableWriter.Neutralise(cell).ShouldBe(expected);
}
