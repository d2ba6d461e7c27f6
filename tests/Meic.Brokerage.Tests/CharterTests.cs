using Meic.Brokerage.Charter;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Tests;

public sealed class CharterTests
{
    [Fact]
    public void Should_publish_an_accessible_static_site_in_three_languages()
    {
        using var cluster = new TestCluster(settings: """{ "meic.brokerage": { "brandColor": "#ffd700", "contactEmail": "rete@example.org" } }""");
        var outDir = cluster.File("site");
        var result = cluster.Json<JObject>("charter", "publish", "--out", outDir);
        ((string)result["brandColor"]!).ShouldBe(Contrast.Fallback); // gold is too light for white text
        foreach (var f in new[] { "index.html", "index.it.html", "index.es.html", "index.en.html", "services.hsds.json" })
            File.Exists(Path.Combine(outDir, f)).ShouldBeTrue(f);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        html.ShouldContain("<html lang=\"it\">");
        html.ShouldContain("<a class=\"skip\" href=\"#main\">Vai al contenuto</a>");
        html.ShouldContain("<h1>Carta dei servizi – Roma</h1>");
        html.ShouldContain("<label for=\"q\">Cerca un servizio</label>");
        html.ShouldContain("role=\"search\"");
        html.ShouldContain("aria-live=\"polite\"");
        html.ShouldContain("<h4 id=\"svc-cnos-fap-vocational-courses-name\">Corsi di formazione professionale</h4>");
        html.ShouldContain("mailto:rete@example.org");
        html.ShouldNotContain("src=\"http"); // nothing loaded from elsewhere
        html.ShouldNotContain("<link");
        File.ReadAllText(Path.Combine(outDir, "index.es.html")).ShouldContain("<h1>Carta de servicios – Roma</h1>");
        File.ReadAllText(Path.Combine(outDir, "index.en.html")).ShouldContain("<label for=\"q\">Search services</label>");
    }

    [Fact]
    public void Should_escape_text_from_data_in_the_page_and_the_index()
    {
        using var cluster = new TestCluster();
        cluster.Ok("broker", "services", "add", "--actor", "ali", "--name", "Casa </script><b>x</b>", "--area", "housing");
        var outDir = cluster.File("site");
        cluster.Ok("charter", "publish", "--out", outDir);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        html.ShouldNotContain("<b>x</b>");
        html.ShouldContain("Casa &lt;/script&gt;&lt;b&gt;x&lt;/b&gt;");
        html.ShouldContain("Casa <\\/script>");
    }

    [Fact]
    public void Should_publish_a_clear_empty_page_for_a_cluster_without_services()
    {
        using var cluster = new TestCluster("blank");
        var outDir = cluster.File("site");
        var r = cluster.Ok("charter", "publish", "--out", outDir);
        r.Out.ShouldContain("no services yet");
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        html.ShouldContain("id=\"empty\"");
        html.ShouldContain("<h1>");
        html.ShouldNotContain("<article");
    }

    [ChromiumFact]
    public void Should_find_services_when_searched_in_a_headless_browser()
    {
        using var cluster = new TestCluster();
        var outDir = cluster.File("site");
        cluster.Ok("charter", "publish", "--out", outDir);
        var url = new Uri(Path.Combine(outDir, "index.html")).AbsoluteUri;
        var dom = Chromium.DumpDom(url + "?q=lavoro", cluster.File("chromium-profile"));
        var results = dom[dom.IndexOf("id=\"results\"", StringComparison.Ordinal)..dom.IndexOf("id=\"directory\"", StringComparison.Ordinal)];
        results.ShouldNotContain("hidden");
        results.ShouldContain("href=\"#svc-cies-onlus-job-orientation\"");
        results.ShouldNotContain("#svc-sant-egidio-night-shelter");
        results.ShouldContain("servizi trovati per «lavoro»");

        var accents = Chromium.DumpDom(new Uri(Path.Combine(outDir, "index.es.html")).AbsoluteUri + "?q=arabic", cluster.File("chromium-profile"));
        accents.ShouldContain("href=\"#svc-asinitas-italian-school\"");
        // Everyday words find the area's services, as the directory's own search does.
        Chromium.DumpDom(url + "?q=casa", cluster.File("chromium-profile")).ShouldContain("href=\"#svc-sant-egidio-night-shelter\"");
        Chromium.DumpDom(new Uri(Path.Combine(outDir, "index.es.html")).AbsoluteUri + "?q=vivienda", cluster.File("chromium-profile"))
            .ShouldContain("href=\"#svc-sant-egidio-night-shelter\"");
        var none = Chromium.DumpDom(url + "?q=zzzz", cluster.File("chromium-profile"));
        none.ShouldContain("Nessun servizio trovato per «zzzz»");
    }

    [Theory]
    [InlineData("#1d4e89", true)]
    [InlineData("#ffd700", false)]
    [InlineData("#767676", true)]
    public void Should_accept_a_brand_colour_only_when_white_text_on_it_is_readable(string color, bool readable)
    {
        (Contrast.Readable(color) == color).ShouldBe(readable);
    }
}
