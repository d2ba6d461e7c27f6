using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Sdk.Errors;

namespace Meic.Agreements.Tests;

public sealed class ConflictTests
{
    [Fact]
    public void Should_move_a_dispute_through_the_stages_with_their_time_limits_and_flag_overdue_ones()
    {
        using var cluster = new TestCluster();
        cluster.InForce();
        var raised = new ConflictService(cluster.Data()).Raise("roma", ["cies", "cnos"], "Ripartizione dei corsi", "contributions", TestCluster.Today, []);
        raised.Stage.ShouldBe(ConflictStage.Dialogue);
        raised.StageDeadline.ShouldBe(TestCluster.Today.AddDays(15));
        ConflictService.Overdue(raised, TestCluster.Today.AddDays(16)).ShouldBeTrue();

        var later = TestCluster.Today.AddDays(16);
        var advanced = new ConflictService(cluster.Data("mediatrice", later)).Advance(raised.Id, "Le parti non si sono accordate", false);
        advanced.Stage.ShouldBe(ConflictStage.Mediation);
        advanced.StageDeadline.ShouldBe(later.AddDays(30));
        var resolved = new ConflictService(cluster.Data("mediatrice", later)).Resolve(raised.Id, "Due corsi a testa");
        resolved.Status.ShouldBe(ConflictStatus.Resolved);
        ConflictService.Overdue(resolved, later.AddDays(100)).ShouldBeFalse();
    }

    [Fact]
    public void Should_show_mediation_notes_only_to_the_people_the_agreement_names()
    {
        using var cluster = new TestCluster();
        cluster.InForce();
        var c = new ConflictService(cluster.Data()).Raise("roma", ["cies", "cnos"], "Dati dei beneficiari", "data-protection", TestCluster.Today, []);
        new ConflictService(cluster.Data("mediatrice")).Note(c.Id, "CNOS teme per il consenso", confidential: true);
        new ConflictService(cluster.Data("marco")).Note(c.Id, "Incontro fissato", confidential: false);

        var named = new ConflictService(cluster.Data("mediatrice"));
        named.NotesFor(named.Get(c.Id)).Visible.Count.ShouldBe(2);
        var other = new ConflictService(cluster.Data("marco"));
        var (visible, withheld) = other.NotesFor(other.Get(c.Id));
        visible.ShouldHaveSingleItem().Text.ShouldBe("Incontro fissato");
        withheld.ShouldBe(1);
        Should.Throw<InputException>(() => other.Note(c.Id, "segreto", confidential: true));
    }

    [Fact]
    public void Should_refuse_a_dispute_naming_an_actor_that_is_not_a_party()
    {
        using var cluster = new TestCluster();
        cluster.InForce();
        Should.Throw<InputException>(() => new ConflictService(cluster.Data()).Raise("roma", ["alda"], "x", null, TestCluster.Today, []))
            .Message.ShouldContain("'alda' is not a party");
        cluster.Data().Conflicts.Count().ShouldBe(0);
    }
}
