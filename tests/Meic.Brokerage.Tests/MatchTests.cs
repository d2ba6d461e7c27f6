using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Tests;

public sealed class MatchTests
{
    [Fact]
    public void Should_propose_services_for_needs_show_gaps_and_follow_a_taken_match()
    {
        using var cluster = new TestCluster();
        cluster.Ok("broker", "needs", "add", "--description", "Corso professionale per titolari di protezione sussidiaria", "--for", "subsidiary-protection");
        cluster.Ok("broker", "needs", "add", "--description", "Cure odontoiatriche", "--area", "institutions");
        var result = cluster.Json<JObject>("broker", "match");
        var needs = (JArray)result["needs"]!;
        var course = needs.Single(n => ((string)n["description"]!).StartsWith("Corso"));
        ((string)course["candidates"]![0]!["serviceId"]!).ShouldBe("cnos-fap-vocational-courses");
        var dental = needs.Single(n => ((string)n["description"]!).StartsWith("Cure"));
        ((bool)dental["gap"]!).ShouldBeTrue();
        result["gaps"]!.Select(g => (string)g!).ShouldContain((string)dental["need"]!);

        var matchId = (string)course["candidates"]![0]!["match"]!;
        cluster.Json<Match>("broker", "take", matchId, "--by", "cies-onlus").TakenBy.ShouldBe("cies-onlus");
        cluster.Meic("broker", "take", matchId, "--by", "someone").ExitCode.ShouldBe(2);
        cluster.Json<Match>("broker", "outcome", matchId, "--answered", "--note", "enrolled").Status.ShouldBe("answered");
        // A second run keeps the recorded outcome.
        var again = cluster.Json<JObject>("broker", "match");
        ((string)again["needs"]!.SelectMany(n => n["candidates"]!).Single(c => (string)c["match"]! == matchId)["status"]!).ShouldBe("answered");
    }

    [Fact]
    public void Should_read_needs_from_the_context_analysis_focus_groups_and_decisions_when_present()
    {
        using var cluster = new TestCluster();
        using (var store = cluster.OpenStore())
        {
            store.Collection<MapNeedRecord>("map-needs").Insert(new MapNeedRecord { Id = "n1", Area = "housing", Description = "Alloggi per chi esce dall'accoglienza", District = "Municipio V", Source = "key informants", Date = "2026-01-10" });
            store.Collection<FgCodeRecord>("fg-codes").Insert(new FgCodeRecord { Id = "c0", Name = "Bisogni" });
            store.Collection<FgCodeRecord>("fg-codes").Insert(new FgCodeRecord { Id = "c1", Name = "Lavoro", ParentId = "c0", Definition = "Accesso al lavoro tramite tirocini" });
            store.Collection<FgCodeRecord>("fg-codes").Insert(new FgCodeRecord { Id = "c2", Name = "Fiducia" });
            store.Collection<DecisionRecord>("decisions").Insert(new DecisionRecord { Id = "d1", Proposal = "Aprire uno sportello lavoro comune" });
            store.Collection<DecisionRecord>("decisions").Insert(new DecisionRecord { Id = "d2", Proposal = "Riunirsi il primo lunedì del mese" });
        }
        var needs = cluster.Json<List<Need>>("broker", "needs", "list");
        // The mapping plugin, when installed, seeds the template's own needs too: only ours are asserted.
        var ids = needs.Select(n => n.Id).ToList();
        ids.ShouldContain("decisions/d1");
        ids.ShouldContain("fg-codes/c1");
        ids.ShouldContain("map-needs/n1");
        ids.ShouldNotContain("decisions/d2");
        ids.ShouldNotContain("fg-codes/c2");
        needs.Single(n => n.Id == "map-needs/n1").Source.ShouldBe("context");
        needs.Single(n => n.Id == "fg-codes/c1").Area.ShouldBe("work");
    }

    [Fact]
    public void Should_never_propose_a_full_service_or_one_reserved_for_another_group()
    {
        var need = new Need { Id = "n", Area = "housing", Description = "posto letto", ForWhom = ["asylum-seekers"] };
        var full = new Service { Id = "full", ActorId = "a", Name = "Posto letto", Area = "housing", Capacity = 0 };
        var reserved = new Service { Id = "women", ActorId = "a", Name = "Posto letto", Area = "housing", ForWhom = ["refugees"] };
        var open = new Service { Id = "open", ActorId = "a", Name = "Posto letto", Area = "housing", Capacity = 2 };
        Matcher.Candidates(need, [full, reserved, open]).Select(c => c.Service.Id).ShouldBe(["open"]);
    }
}
