using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Tests;

public sealed class ReferralTests
{
    private static readonly string[] Refer = ["broker", "refer", "--case", "RM-2024-017", "--from", "cies-onlus", "--service", "cnos-fap-vocational-courses"];

    [Fact]
    public void Should_follow_a_referral_from_consent_to_a_successful_outcome_and_feed_the_network()
    {
        using var cluster = new TestCluster();
        var referral = cluster.Json<Referral>([.. Refer, "--consent", "written"]);
        referral.Status.ShouldBe(ReferralStatus.InProgress);
        referral.ToActorId.ShouldBe("cnos-fap");
        referral.Consent.Given.ShouldBeTrue();

        cluster.Json<Referral>("broker", "referral", "accept", referral.Id).Status.ShouldBe(ReferralStatus.Accepted);
        var done = cluster.Json<Referral>("broker", "referral", "done", referral.Id, "--successful", "--reason", "serviceProvided");
        done.Status.ShouldBe(ReferralStatus.Done);
        done.Successful.ShouldBe(true);
        done.History.Select(h => h.Status).ShouldBe([ReferralStatus.InProgress, ReferralStatus.Accepted, ReferralStatus.Done]);

        cluster.Ok([.. Refer.Select(a => a == "RM-2024-017" ? "RM-2024-018" : a), "--consent", "verbal"]);
        using var store = cluster.OpenStore();
        var tie = store.Collection<Relationship>("relationships").Get(NetworkTies.TieId("cies-onlus", "cnos-fap"))!;
        tie.Kind.ShouldBe(TieKind.Referral);
        tie.Origin.ShouldBe(TieSource.Referral);
        tie.Directed.ShouldBeTrue();
        tie.Weight.ShouldBe(2);
        var raw = store.Journal.Read(new Meic.Sdk.Store.JournalQuery { Collection = "referrals" }).Last().After!;
        raw.ShouldContain("\"status\":\"inProgress\"");
        raw.ShouldNotContain("\"name\"");
    }

    [Fact]
    public void Should_refuse_a_referral_without_recorded_consent()
    {
        using var cluster = new TestCluster();
        var r = cluster.Meic(Refer);
        r.ExitCode.ShouldBe(2);
        r.Err.ShouldContain("consent");
        var overridden = cluster.Meic([.. Refer, "--override", "--reason", "urgent"]);
        overridden.ExitCode.ShouldBe(2);
        overridden.Err.ShouldContain("non può inviare senza consenso");   // in the Rome workspace's language
        cluster.Json<List<Referral>>("broker", "referral", "list").ShouldBeEmpty();
    }

    [Fact]
    public void Should_let_an_allowed_role_override_missing_consent_and_record_who_did()
    {
        using var cluster = new TestCluster(settings: """{ "meic.brokerage": { "overrideRoles": "supervisor" } }""");
        var env = new Dictionary<string, string?> { ["MEIC_ROLE"] = "supervisor", ["MEIC_USER"] = "giulia" };
        var r = cluster.Meic(env, [.. Refer, "--override", "--reason", "imminent risk of losing the place", "--json"]);
        r.ExitCode.ShouldBe(0, r.ToString());
        var referral = Newtonsoft.Json.JsonConvert.DeserializeObject<Referral>(r.Out, Meic.Sdk.Text.Json.Settings)!;
        referral.Consent.Given.ShouldBeFalse();
        referral.Consent.Overridden.ShouldBeTrue();
        referral.Consent.OverriddenBy.ShouldBe("giulia");
        referral.Consent.OverrideRole.ShouldBe("supervisor");
        referral.History[0].Note!.ShouldContain("consent override by giulia");
    }

    [Theory]
    [InlineData("Mario Rossi")]
    [InlineData("Fatima")]
    [InlineData("")]
    public void Should_refuse_anything_that_looks_like_a_name_as_a_case_code(string code)
    {
        Should.Throw<InputException>(() => CaseCode.Validate(code, BrokeragePlugin.Strings("it"))).Message.ShouldStartWith("--case:");
    }

    [Fact]
    public void Should_not_echo_a_typed_name_back()
    {
        Should.Throw<InputException>(() => CaseCode.Validate("Mario Rossi", BrokeragePlugin.Strings("es"))).Message.ShouldNotContain("Rossi");
    }

    [Fact]
    public void Should_need_a_reason_from_the_list_when_unsuccessful_and_a_reason_to_reject()
    {
        using var cluster = new TestCluster();
        var id = cluster.Json<Referral>([.. Refer, "--consent", "written"]).Id;
        cluster.Meic("broker", "referral", "reject", id).ExitCode.ShouldBe(2); // --reason is required
        cluster.Ok("broker", "referral", "accept", id);
        var bad = cluster.Meic("broker", "referral", "done", id, "--unsuccessful", "--reason", "notEligable");
        bad.ExitCode.ShouldBe(2);
        bad.Err.ShouldContain("forse 'notEligible'?");   // in the Rome workspace's language
        cluster.Json<Referral>("broker", "referral", "done", id, "--unsuccessful", "--reason", "notEligible").OutcomeReason.ShouldBe("notEligible");
        cluster.Meic("broker", "referral", "revoke", id).Err.ShouldContain("è concluso");
    }

    [Fact]
    public void Should_refuse_a_referral_to_a_service_that_no_longer_exists()
    {
        using var cluster = new TestCluster();
        var id = cluster.Json<Referral>([.. Refer, "--consent", "written"]).Id;
        cluster.Ok("broker", "services", "remove", "cnos-fap-vocational-courses");
        var again = cluster.Meic([.. Refer, "--consent", "written"]);
        again.ExitCode.ShouldBe(2);
        again.Err.ShouldContain("il servizio 'cnos-fap-vocational-courses' non esiste");
        var accept = cluster.Meic("broker", "referral", "accept", id);
        accept.ExitCode.ShouldBe(2);
        accept.Err.ShouldContain("non esiste più");   // in the Rome workspace's language
    }

    [Fact]
    public void Should_refuse_an_edit_made_against_a_version_someone_else_changed()
    {
        using var cluster = new TestCluster();
        var id = cluster.Json<Referral>([.. Refer, "--consent", "written"]).Id;
        var seen = (long)cluster.Json<JObject>("broker", "referral", "show", id)["version"]!;
        cluster.Ok("broker", "referral", "accept", id, "--expect-version", seen.ToString());
        var stale = cluster.Meic("broker", "referral", "revoke", id, "--expect-version", seen.ToString());
        stale.ExitCode.ShouldBe(1);
        stale.Err.ShouldContain("conflitto: referrals/" + id); // in the Rome workspace's language
    }

    [Fact]
    public void Should_throw_a_conflict_when_two_operators_save_the_same_referral()
    {
        using var cluster = new TestCluster();
        var id = cluster.Json<Referral>([.. Refer, "--consent", "written"]).Id;
        using var store = cluster.OpenStore();
        var anna = ReferralWorkflow.Load(store, id, null);
        var luis = ReferralWorkflow.Load(store, id, null);
        ReferralWorkflow.Accept(store, anna, "anna", DateTimeOffset.Now);
        Should.Throw<ConflictException>(() => ReferralWorkflow.Reject(store, luis, "luis", DateTimeOffset.Now, "no places"));
        store.Collection<Referral>("referrals").Get(id)!.Status.ShouldBe(ReferralStatus.Accepted);
    }
}
