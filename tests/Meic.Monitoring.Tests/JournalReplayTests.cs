using Meic.Monitoring.Compute;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Monitoring.Tests;

public sealed class JournalReplayTests
{
    private static JournalEntry E(long seq, string at, string collection, string id, ChangeKind kind, object? after) =>
        new(seq, DateTimeOffset.Parse(at), "tester", collection, id, kind, null, after is null ? null : Json.Serialize(after));

    [Fact]
    public void Should_rebuild_stages_and_ties_as_they_were_at_each_moment()
    {
        var journal = new[]
        {
            E(1, "2026-01-05T00:00:00Z", "actors", "a", ChangeKind.Insert, Build.Actor("a", EngagementStage.Mapped)),
            E(2, "2026-01-06T00:00:00Z", "actors", "b", ChangeKind.Insert, Build.Actor("b", EngagementStage.Member)),
            E(3, "2026-01-07T00:00:00Z", "notes", "n", ChangeKind.Insert, new { text = "ignored" }),
            E(4, "2026-02-10T00:00:00Z", "actors", "a", ChangeKind.Update, Build.Actor("a", EngagementStage.Member)),
            E(5, "2026-02-11T00:00:00Z", "relationships", "t", ChangeKind.Insert, new Relationship { Source = "a", Target = "b", Wave = "w1" }),
            E(6, "2026-03-15T00:00:00Z", "actors", "b", ChangeKind.Delete, null),
        };
        var moments = new[] { "2026-02-01", "2026-03-01", "2026-04-01" }.Select(d => DateTimeOffset.Parse(d + "T00:00:00Z")).ToList();
        var replay = new JournalReplay();
        var states = replay.StatesAt(journal, moments);
        states.Count.ShouldBe(3);
        states.Select(s => s.Actors.Count(Calculators.IsActive)).ShouldBe([1, 2, 1]);
        states.Select(s => s.Relationships.Count).ShouldBe([0, 1, 1]);
        Calculators.All["network.density"](states[1], Build.Year(2026)).Value.ShouldBe(1);
        Calculators.All["network.density"](states[1], Build.Year(2026)).Breakdown["wave:w1"].ShouldBe(1);
        Calculators.All["network.density"](states[2], Build.Year(2026)).Value.ShouldBeNull(); // one actor left
        replay.Applied.ShouldBe(5);
    }

    [Fact]
    public void Should_skip_a_malformed_document_and_count_it()
    {
        var journal = new[]
        {
            new JournalEntry(1, DateTimeOffset.Parse("2026-01-05T00:00:00Z"), "t", "actors", "bad", ChangeKind.Insert, null, "{\"stage\":\"astronaut\"}"),
            E(2, "2026-01-06T00:00:00Z", "actors", "ok", ChangeKind.Insert, Build.Actor("ok", EngagementStage.Member)),
        };
        var state = new JournalReplay().StatesAt(journal, [DateTimeOffset.Parse("2026-02-01T00:00:00Z")])[0];
        state.Actors.Count.ShouldBe(1);
        state.Unreadable["actors"].ShouldBe(1);
    }
}
