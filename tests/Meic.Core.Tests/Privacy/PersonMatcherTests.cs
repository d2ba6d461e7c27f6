using Meic.Core.Privacy;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Tests.Privacy;

public sealed class PersonMatcherTests
{
    [Fact]
    public void Should_remove_a_contact_that_is_the_person()
    {
        var actor = JObject.Parse("""{ "name": "CIES onlus", "contacts": [ { "name": "Maria Bianchi", "email": "m@x.org" }, { "name": "Luca Neri" } ] }""");

        new PersonMatcher("Maria Bianchi").Scrub(actor).ShouldBeTrue();

        actor["contacts"]!.Select(c => (string?)c["name"]).ShouldBe(["Luca Neri"]);
    }

    [Fact]
    public void Should_keep_an_organisations_entry_that_only_mentions_the_person()
    {
        var agreement = JObject.Parse("""{ "parties": [ { "actorId": "cies-onlus", "role": "promotore", "signedBy": "Maria Bianchi", "representative": "Maria Bianchi" }, { "actorId": "cnos-fap" } ] }""");

        new PersonMatcher("maria bianchi").Scrub(agreement).ShouldBeTrue();

        var parties = (JArray)agreement["parties"]!;
        parties.Select(p => (string?)p["actorId"]).ShouldBe(["cies-onlus", "cnos-fap"]);
        ((string?)parties[0]["signedBy"]).ShouldBe(PersonMatcher.Erased);
        ((string?)parties[0]["representative"]).ShouldBe(PersonMatcher.Erased);
        agreement.ToString().ShouldNotContain("Bianchi");
    }
}
