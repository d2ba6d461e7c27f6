using Meic.Agreements.Model;
using Meic.Agreements.Services;
using Meic.Sdk.Errors;

namespace Meic.Agreements.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public void Should_come_into_force_when_every_party_has_signed()
    {
        using var cluster = new TestCluster();
        var agreement = cluster.InForce();
        agreement.Status.ShouldBe(AgreementStatus.InForce);
        agreement.Parties.ShouldAllBe(p => p.SignedOn == TestCluster.Today);
        agreement.Parties.Single(p => p.ActorId == "cnos").SignedBy.ShouldBe("Mario Rossi");
    }

    [Fact]
    public void Should_refuse_to_sign_for_an_actor_that_is_not_a_party_and_change_nothing()
    {
        using var cluster = new TestCluster();
        var service = cluster.Service();
        service.Draft("meic-cluster-rome", "roma", TestCluster.RomeDraft());
        service.Circulate("roma");
        var before = cluster.Data().Agreement("roma");
        var e = Should.Throw<InputException>(() => service.Sign("roma", "alda", "Someone", null, TestCluster.Today));
        e.Message.ShouldContain("'alda' is not a party to 'roma'");
        var after = cluster.Data().Agreement("roma");
        after.Version.ShouldBe(before.Version);
        after.Parties.ShouldAllBe(p => p.SignedOn == null);
    }

    [Fact]
    public void Should_refuse_to_amend_an_agreement_that_is_not_in_force()
    {
        using var cluster = new TestCluster();
        cluster.Service().Draft("meic-cluster-rome", "roma", TestCluster.RomeDraft());
        var e = Should.Throw<InputException>(() => cluster.Service().Amend("roma", new DraftChanges { Variables = new() { ["notice_days"] = "60" }, Note = "plenaria" }, null));
        e.Message.ShouldContain("is not in force");
        cluster.Data().Agreement("roma").Variables["notice_days"].ShouldBe("90");
        cluster.Data().Versions.Get("roma@2").ShouldBeNull();
    }

    [Fact]
    public void Should_make_a_new_version_on_amendment_and_diff_it()
    {
        using var cluster = new TestCluster();
        cluster.InForce();
        var (amended, _) = cluster.Service().Amend("roma", new DraftChanges { Variables = new() { ["notice_days"] = "60" }, Note = "plenaria del 2025-03-01" }, null);
        amended.Edition.ShouldBe(2);
        amended.Status.ShouldBe(AgreementStatus.Amended);
        var v1 = cluster.Data().Versions.Get("roma@1")!.Markdown;
        var v2 = cluster.Data().Versions.Get("roma@2")!.Markdown;
        var diff = TextDiff.Lines(v1, v2).Where(l => l.Kind != DiffKind.Same).ToList();
        diff.ShouldContain(l => l.Kind == DiffKind.Removed && l.Text.Contains("preavviso scritto di 90 giorni"));
        diff.ShouldContain(l => l.Kind == DiffKind.Added && l.Text.Contains("preavviso scritto di 60 giorni"));
    }

    [Fact]
    public void Should_refuse_the_second_of_two_concurrent_edits_of_one_draft()
    {
        using var cluster = new TestCluster();
        cluster.Service().Draft("meic-cluster-rome", "roma", TestCluster.RomeDraft());
        using var second = cluster.Open(); // another person's connection to the same database

        var mine = cluster.Data("anna").Agreements.Get("roma")!;
        var theirs = cluster.Data("marco", store: second).Agreements.Get("roma")!;
        mine.Variables["notice_days"] = "60";
        cluster.Data("anna").Agreements.Update(mine);
        theirs.Variables["notice_days"] = "120";
        Should.Throw<ConflictException>(() => cluster.Data("marco", store: second).Agreements.Update(theirs));

        cluster.Data().Agreement("roma").Variables["notice_days"].ShouldBe("60");
    }

    [Fact]
    public void Should_refuse_an_edit_against_a_stale_revision()
    {
        using var cluster = new TestCluster();
        cluster.Service().Draft("meic-cluster-rome", "roma", TestCluster.RomeDraft());
        var read = cluster.Data().Agreement("roma").Version;
        cluster.Service("anna").Edit("roma", new DraftChanges { Variables = new() { ["notice_days"] = "60" } }, read);
        var e = Should.Throw<ConflictException>(() => cluster.Service("marco").Edit("roma", new DraftChanges { Variables = new() { ["notice_days"] = "120" } }, read));
        e.Expected.ShouldBe(read);
        cluster.Data().Agreement("roma").Variables["notice_days"].ShouldBe("60");
    }

    [Fact]
    public void Should_record_exit_notice_with_its_period_and_pending_commitments()
    {
        using var cluster = new TestCluster();
        cluster.InForce();
        var (_, party, pending) = cluster.Service().NoticeExit("roma", "cnos", TestCluster.Today, "riorganizzazione");
        party.ExitEffectiveOn.ShouldBe(TestCluster.Today.AddDays(90));
        pending.ShouldHaveSingleItem().Commitment.Description.ShouldBe("Corsi di formazione");
        Should.Throw<InputException>(() => cluster.Service().CompleteExit("roma", "cnos")).Message.ShouldContain("notice period");
        var (_, left, _) = cluster.Service(today: TestCluster.Today.AddDays(91)).CompleteExit("roma", "cnos");
        left.ExitedOn.ShouldBe(TestCluster.Today.AddDays(91));
    }

    [Fact]
    public void Should_add_a_party_by_accession_as_a_new_version()
    {
        using var cluster = new TestCluster();
        cluster.InForce();
        var a = cluster.Service().Accede("roma", new PartyInput("alda", "partner", null), "Marta Verdi", TestCluster.Today, []);
        a.Edition.ShouldBe(2);
        a.Party("alda")!.ByAccession.ShouldBeTrue();
        cluster.Data().Versions.Get("roma@2")!.Markdown.ShouldContain("ALDA, partner, rappresentata da Marta Verdi (per adesione)");
    }
}
