using Meic.Monitoring.Reports;

namespace Meic.Monitoring.Tests;

public sealed class XlsxColumnTests
{
    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Should_name_spreadsheet_columns_past_z_as_a_spreadsheet_does(int index, string name) =>
        XlsxReport.Column(index).ShouldBe(name);
}
