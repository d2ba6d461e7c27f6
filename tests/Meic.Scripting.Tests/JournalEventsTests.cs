using Meic.Sdk.Store;

namespace Meic.Scripting.Tests;

public sealed class JournalEventsTests
{
    private static JournalEntry Entry(string collection, ChangeKind kind, string? before, string? after) =>
        new(1, DateTimeOffset.UnixEpoch, "ana", collection, "doc-1", kind, before, after);

    [Fact]
    public void Should_name_an_actor_insert_added_without_a_stage_change()
    {
        var events = JournalEvents.From([Entry("actors", ChangeKind.Insert, null, """{"stage":"mapped"}""")]).ToList();

        events.Select(e => e.Name).ShouldBe(["actor.added"]);
        events[0].Subject.ShouldBe("doc-1");
    }

    [Fact]
    public void Should_raise_stageChanged_with_from_and_to_when_an_update_changes_the_stage()
    {
        var events = JournalEvents.From([Entry("actors", ChangeKind.Update, """{"stage":"mapped"}""", """{"stage":"member"}""")]).ToList();

        events.Select(e => e.Name).ShouldBe(["actor.updated", "actor.stageChanged"]);
        events[1].Data!["from"].ShouldBe("mapped");
        events[1].Data!["to"].ShouldBe("member");
    }

    [Fact]
    public void Should_raise_agreement_signed_and_meeting_closed_only_when_the_status_becomes_so()
    {
        var signed = JournalEvents.From([Entry("agreements", ChangeKind.Update, """{"status":"circulated"}""", """{"status":"signed"}""")]).Select(e => e.Name);
        var resaved = JournalEvents.From([Entry("agreements", ChangeKind.Update, """{"status":"signed"}""", """{"status":"signed","title":"x"}""")]).Select(e => e.Name);
        var closed = JournalEvents.From([Entry("meetings", ChangeKind.Update, """{"status":"running"}""", """{"status":"closed"}""")]).Select(e => e.Name);

        signed.ShouldBe(["agreement.updated", "agreement.signed"]);
        resaved.ShouldBe(["agreement.updated"]);
        closed.ShouldBe(["meeting.updated", "meeting.closed"]);
    }

    [Fact]
    public void Should_name_ties_indicator_values_and_other_collections()
    {
        var names = JournalEvents.From([
            Entry("relationships", ChangeKind.Delete, "{}", null),
            Entry("indicator-values", ChangeKind.Insert, null, "{}"),
            Entry("fg-codes", ChangeKind.Insert, null, "{}"),
        ]).Select(e => e.Name);

        names.ShouldBe(["tie.removed", "indicator.entered", "fg-codes.added"]);
    }
}
