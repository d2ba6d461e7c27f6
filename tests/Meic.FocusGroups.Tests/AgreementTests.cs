using Meic.FocusGroups.Agreement;

namespace Meic.FocusGroups.Tests;

public sealed class KrippendorffAlphaTests
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers × 12 units, missing values as null.
    private static readonly string?[][] Observers =
    [
        ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
        ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
        [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
        ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
    ];

    private static ReliabilityData Example()
    {
        var data = new ReliabilityData(["A", "B", "C", "D"]);
        for (var u = 0; u < 12; u++) data.Add($"{u + 1}", Observers.Select(o => o[u]).ToArray());
        return data;
    }

    [Theory]
    [InlineData(Metric.Nominal, 0.743)]
    [InlineData(Metric.Ordinal, 0.815)]
    [InlineData(Metric.Interval, 0.849)]
    [InlineData(Metric.Ratio, 0.797)]
    public void Should_match_Krippendorffs_worked_example(Metric metric, double expected)
    {
        KrippendorffAlpha.Compute(Example(), metric).Value.ShouldBe(expected, 0.0005);
    }

    [Fact]
    public void Should_leave_out_units_with_a_single_value()
    {
        // Unit 12 has one value only: it is unpairable, so 11 units enter the computation.
        KrippendorffAlpha.Compute(Example(), Metric.Nominal).Units.ShouldBe(11);
    }

    [Fact]
    public void Should_count_a_weighted_unit_as_that_many_units()
    {
        var one = new ReliabilityData(["a", "b"]);
        one.Add("x", ["1", "1"], 3); one.Add("y", ["1", "2"], 2); one.Add("z", ["2", "2"], 4);
        var many = new ReliabilityData(["a", "b"]);
        for (var i = 0; i < 3; i++) many.Add($"x{i}", ["1", "1"]);
        for (var i = 0; i < 2; i++) many.Add($"y{i}", ["1", "2"]);
        for (var i = 0; i < 4; i++) many.Add($"z{i}", ["2", "2"]);
        KrippendorffAlpha.Compute(one, Metric.Nominal).Value.ShouldBe(KrippendorffAlpha.Compute(many, Metric.Nominal).Value, 1e-12);
    }

    [Fact]
    public void Should_be_undefined_when_all_values_agree_on_one_category()
    {
        var data = new ReliabilityData(["a", "b"]);
        data.Add("1", ["x", "x"]); data.Add("2", ["x", "x"]);
        double.IsNaN(KrippendorffAlpha.Compute(data, Metric.Nominal).Value).ShouldBeTrue();
    }

    [Fact]
    public void Should_refuse_non_numbers_for_interval_data()
    {
        var data = new ReliabilityData(["a", "b"]);
        data.Add("1", ["x", "y"]);
        Should.Throw<FormatException>(() => KrippendorffAlpha.Compute(data, Metric.Interval));
    }
}

public sealed class CohenKappaTests
{
    // peers.md: 1,000 characters, two coders code 100 each, 50 overlap.
    private static ReliabilityData PeersVector() =>
        CodingUnits.Characters(["A", "B"], "c", [(0, 1000)], [new CodedSpan("A", "c", 0, 100), new CodedSpan("B", "c", 50, 150)]);

    [Fact]
    public void Should_give_percent_0_900_and_kappa_0_444_on_the_peers_vector()
    {
        var data = PeersVector();
        data.Units.Sum(u => u.Weight).ShouldBe(1000);
        PercentAgreement.Compute(data).Value.ShouldBe(0.900, 1e-9);
        CohenKappa.Compute(data).Value.ShouldBe(0.4444, 0.0001);
    }

    [Fact]
    public void Should_give_one_third_when_uncoded_text_is_left_out()
    {
        var data = CodingUnits.Characters(["A", "B"], "c", [(0, 1000)], [new CodedSpan("A", "c", 0, 100), new CodedSpan("B", "c", 50, 150)], codedOnly: true);
        PercentAgreement.Compute(data).Value.ShouldBe(1 / 3.0, 1e-9);
    }

    [Fact]
    public void Should_match_Cohens_definition_on_a_small_table()
    {
        // 2×2 table: yes/yes 20, yes/no 5, no/yes 10, no/no 15 → po 0.7, pe 0.5 → κ 0.4.
        var data = new ReliabilityData(["a", "b"]);
        data.Add("yy", ["yes", "yes"], 20); data.Add("yn", ["yes", "no"], 5); data.Add("ny", ["no", "yes"], 10); data.Add("nn", ["no", "no"], 15);
        var k = CohenKappa.Compute(data);
        k.Observed.ShouldBe(0.7, 1e-12); k.Expected.ShouldBe(0.5, 1e-12); k.Value.ShouldBe(0.4, 1e-12);
    }

    [Fact]
    public void Should_refuse_more_than_two_coders()
    {
        Should.Throw<ArgumentException>(() => CohenKappa.Compute(new ReliabilityData(["a", "b", "c"])));
    }
}

public sealed class FleissKappaTests
{
    // Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 categories; κ = 0.430.
    private static readonly int[][] Table =
    [
        [0,0,0,6,0],[0,3,0,0,3],[0,1,4,0,1],[0,0,0,0,6],[0,3,0,3,0],[2,0,4,0,0],[0,0,4,0,2],[2,0,3,1,0],[2,0,0,4,0],[0,0,0,0,6],
        [1,0,0,5,0],[1,1,0,4,0],[0,3,3,0,0],[1,0,0,5,0],[0,2,0,3,1],[0,0,5,0,1],[3,0,0,1,2],[5,1,0,0,0],[0,2,0,4,0],[1,0,2,0,3],
        [0,0,0,0,6],[0,1,0,5,0],[0,2,0,1,3],[2,0,0,4,0],[1,0,0,4,1],[0,5,0,1,0],[4,0,0,0,2],[0,2,0,4,0],[1,0,5,0,0],[0,0,0,0,6],
    ];

    [Fact]
    public void Should_match_Fleiss_1971()
    {
        var k = FleissKappa.FromCounts(Table);
        k.Value.ShouldBe(0.430, 0.0005);
        k.Units.ShouldBe(30);
    }

    [Fact]
    public void Should_equal_the_count_form_when_given_ratings()
    {
        var data = new ReliabilityData(["r1", "r2", "r3", "r4", "r5", "r6"]);
        for (var i = 0; i < Table.Length; i++)
            data.Add($"{i}", Table[i].SelectMany((n, cat) => Enumerable.Repeat($"{cat}", n)).ToArray());
        FleissKappa.Compute(data).Value.ShouldBe(FleissKappa.FromCounts(Table).Value, 1e-12);
    }

    [Fact]
    public void Should_refuse_subjects_with_different_numbers_of_ratings()
    {
        Should.Throw<ArgumentException>(() => FleissKappa.FromCounts([[2, 0], [1, 2]]));
    }
}

public sealed class PercentAgreementTests
{
    [Fact]
    public void Should_average_agreeing_pairs_over_three_coders()
    {
        var data = new ReliabilityData(["a", "b", "c"]);
        data.Add("1", ["x", "x", "x"]); // 3 of 3 pairs agree
        data.Add("2", ["x", "x", "y"]); // 1 of 3
        PercentAgreement.Compute(data).Value.ShouldBe(4 / 6.0, 1e-12);
    }
}

public sealed class ReliabilityCsvTests
{
    [Fact]
    public void Should_read_Krippendorffs_example_from_a_csv_with_missing_rows_absent()
    {
        using var dir = new Meic.Testing.TempDir();
        var lines = new List<string> { "unit,coder,value" };
        string?[][] obs =
        [
            ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null],
            ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"],
            [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null],
            ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null],
        ];
        for (var c = 0; c < 4; c++) for (var u = 0; u < 12; u++) if (obs[c][u] is { } v) lines.Add($"u{u + 1},coder{(char)('A' + c)},{v}");
        var file = dir.Write("r.csv", string.Join("\r\n", lines));
        KrippendorffAlpha.Compute(ReliabilityCsv.Read(file, Metric.Interval), Metric.Interval).Value.ShouldBe(0.849, 0.0005);
    }

    [Fact]
    public void Should_refuse_a_file_with_fewer_than_two_coders()
    {
        using var dir = new Meic.Testing.TempDir();
        var file = dir.Write("r.csv", "unit,coder,value\n1,a,1\n2,a,2\n");
        Should.Throw<Meic.Sdk.Errors.InputException>(() => ReliabilityCsv.Read(file, Metric.Nominal)).Message.ShouldContain("two coders");
    }

    [Fact]
    public void Should_name_the_line_of_a_non_number_for_interval_data()
    {
        using var dir = new Meic.Testing.TempDir();
        var file = dir.Write("r.csv", "unit,coder,value\n1,a,1\n1,b,high\n");
        Should.Throw<Meic.Sdk.Errors.InputException>(() => ReliabilityCsv.Read(file, Metric.Interval)).Message.ShouldContain("r.csv:3");
    }
}
