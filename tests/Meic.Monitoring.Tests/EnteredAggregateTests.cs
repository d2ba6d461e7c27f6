using Meic.Monitoring.Compute;
using Meic.Monitoring.Model;

namespace Meic.Monitoring.Tests;

public sealed class EnteredAggregateTests
{
    [Fact]
    public void Should_warn_when_disaggregated_parts_do_not_add_up_to_the_total()
    {
        var ind = Build.Entered("TRAINED", dims: "sex");
        var m = EnteredAggregate.Of(ind, [Build.Value("TRAINED", "2026-Q1", 20), Build.Value("TRAINED", "2026-Q1", 12, ("sex", "female")), Build.Value("TRAINED", "2026-Q1", 6, ("sex", "male"))]);
        m.Value.ShouldBe(20);
        m.Breakdown["sex:female"].ShouldBe(12);
        m.Notes.ShouldContain(n => n.Warning && n.ToString().Contains("add up to 18") && n.ToString().Contains("total is 20"));
    }

    [Fact]
    public void Should_add_quarters_of_a_cumulative_indicator_and_use_parts_when_no_total_was_entered()
    {
        var ind = Build.Entered("TRAINED", dims: "sex");
        var m = EnteredAggregate.Of(ind, [Build.Value("TRAINED", "2026-Q1", 20), Build.Value("TRAINED", "2026-Q2", 5, ("sex", "female")), Build.Value("TRAINED", "2026-Q2", 5, ("sex", "male"))]);
        m.Value.ShouldBe(30);
        m.Notes.ShouldNotContain(n => n.Warning);
    }

    [Fact]
    public void Should_show_no_data_for_a_ratio_whose_denominators_are_zero()
    {
        var ind = Build.Entered("USEFUL", unit: "percent", cumulative: false);
        var zero = Build.Value("USEFUL", "2026-Q1", null); zero.Numerator = 0; zero.Denominator = 0;
        var m = EnteredAggregate.Of(ind, [zero]);
        m.Value.ShouldBeNull();
        m.Notes.ShouldContain(n => n.ToString().Contains("denominator is zero"));
        var half = Build.Value("USEFUL", "2026-Q2", 50); half.Numerator = 5; half.Denominator = 10;
        EnteredAggregate.Of(ind, [zero, half]).Value.ShouldBe(50);
    }

    [Fact]
    public void Should_find_off_track_pro_rata_for_counts_and_against_the_target_for_rates()
    {
        var count = Build.Entered("PATHWAYS");
        var target = (Periods.Period.Parse("2026", Commands.Ui.Strings("en")), 50.0);
        var midYear = new DateOnly(2026, 7, 2);
        TargetCheck.Status(count, 10, target, midYear, 0.1).ShouldBe(TargetCheck.OffTrack);
        TargetCheck.Status(count, 24, target, midYear, 0.1).ShouldBe(TargetCheck.OnTrack);
        TargetCheck.Status(count, 50, target, midYear, 0.1).ShouldBe(TargetCheck.Met);
        TargetCheck.Status(count, null, target, midYear, 0.1).ShouldBe(TargetCheck.NoData);
        var rate = Build.Entered("USEFUL", unit: "percent", cumulative: false);
        TargetCheck.Status(rate, 60, (Periods.Period.Parse("2026", Commands.Ui.Strings("en")), 80.0), new DateOnly(2026, 1, 10), 0.1).ShouldBe(TargetCheck.OffTrack);
    }
}
