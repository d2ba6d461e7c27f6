using System.Net;
using System.Text;
using Meic.Brokerage.Model;
using Meic.Sdk.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Charter;

/// <summary>The network's identity on the charter: brand and the desk people can contact.</summary>
public sealed record CharterBrand(string Name, string Color, string? Email, string? Phone, string? Web, string? Address, string Promoter, string City);

/// <summary>
/// The service charter as static pages, one per language (index.html in the cluster's language,
/// index.it.html, index.es.html, index.en.html): plain HTML that lists every service, plus a small
/// inline script that searches an embedded JSON index, reading the query from <c>?q=</c>. No server,
/// no external file: it works from a file system or any web host.
/// </summary>
public static class CharterSite
{
    public static readonly string[] Languages = ["it", "es", "en"];

    public static IReadOnlyList<string> Write(string outDir, string defaultLanguage, CharterBrand brand, IReadOnlyList<Service> services,
        IReadOnlyList<Actor> actors, IReadOnlyList<AreaDefinition> areas, DateOnly today, JObject hsds)
    {
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        foreach (var lang in Languages)
        {
            var html = Page(lang, brand, services, actors, areas, today);
            var name = $"index.{lang}.html";
            File.WriteAllText(Path.Combine(outDir, name), html, new UTF8Encoding(false));
            written.Add(name);
            if (lang == defaultLanguage) { File.WriteAllText(Path.Combine(outDir, "index.html"), html, new UTF8Encoding(false)); written.Insert(0, "index.html"); }
        }
        if (!written.Contains("index.html")) { File.Copy(Path.Combine(outDir, "index.en.html"), Path.Combine(outDir, "index.html"), true); written.Insert(0, "index.html"); }
        File.WriteAllText(Path.Combine(outDir, "services.hsds.json"), hsds.ToString(Formatting.Indented), new UTF8Encoding(false));
        written.Add("services.hsds.json");
        return written;
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Page(string lang, CharterBrand brand, IReadOnlyList<Service> services, IReadOnlyList<Actor> actors,
        IReadOnlyList<AreaDefinition> areas, DateOnly today)
    {
        string T(string key, params object[] args) => CharterText.Get(lang, key, args);
        var actorNames = actors.ToDictionary(a => a.Id, a => a.Name);
        string AreaLabel(string? id) => id is null ? T("otherArea") : areas.FirstOrDefault(a => a.Id == id)?.Label.For(lang) ?? id;
        var sb = new StringBuilder();
        sb.Append($"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(T("title"))} · {E(brand.Name)}</title>
            <meta name="description" content="{E(T("intro", brand.City))}">
            <style>
            :root {"{"} --brand: {brand.Color}; --text: #1a1a1a; --muted: #4a4a4a; --bg: #ffffff; --soft: #f3f5f8; {"}"}
            * {"{"} box-sizing: border-box; {"}"}
            body {"{"} margin: 0; font: 1.05rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: var(--bg); {"}"}
            .skip {"{"} position: absolute; left: -999px; top: 0; background: #000; color: #fff; padding: .6rem 1rem; z-index: 10; {"}"}
            .skip:focus {"{"} left: .5rem; {"}"}
            header {"{"} background: var(--brand); color: #fff; padding: 1rem 1.25rem; {"}"}
            header a {"{"} color: #fff; {"}"}
            .brand {"{"} font-size: 1.25rem; font-weight: 700; margin: 0; {"}"}
            nav ul {"{"} list-style: none; padding: 0; margin: .5rem 0 0; display: flex; gap: 1rem; {"}"}
            nav a[aria-current] {"{"} font-weight: 700; text-decoration: none; border-bottom: 2px solid #fff; {"}"}
            main {"{"} max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; {"}"}
            a {"{"} color: #0b4f9c; {"}"}
            a:focus, button:focus, input:focus {"{"} outline: 3px solid #ffbf47; outline-offset: 2px; {"}"}
            form {"{"} background: var(--soft); padding: 1rem; border-radius: .5rem; margin: 1rem 0 1.5rem; {"}"}
            label {"{"} display: block; font-weight: 700; margin-bottom: .25rem; {"}"}
            .hint {"{"} color: var(--muted); margin: 0 0 .5rem; font-size: .95rem; {"}"}
            input[type=search] {"{"} font: inherit; padding: .5rem; width: min(100%, 28rem); border: 2px solid #333; border-radius: .25rem; {"}"}
            button {"{"} font: inherit; padding: .5rem 1rem; background: var(--brand); color: #fff; border: 2px solid var(--brand); border-radius: .25rem; cursor: pointer; {"}"}
            article {"{"} border-left: 4px solid var(--brand); padding: .25rem 0 .25rem 1rem; margin: 1rem 0 1.5rem; {"}"}
            h3 {"{"} margin: .25rem 0; {"}"}
            dl {"{"} display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; {"}"}
            dt {"{"} font-weight: 700; color: var(--muted); {"}"}
            dd {"{"} margin: 0; {"}"}
            .empty {"{"} background: var(--soft); padding: 1rem; border-radius: .5rem; {"}"}
            footer {"{"} color: var(--muted); font-size: .9rem; border-top: 1px solid #ccc; margin-top: 2rem; padding-top: 1rem; {"}"}
            </style>
            </head>
            <body>
            <a class="skip" href="#main">{E(T("skip"))}</a>
            <header>
            <p class="brand">{E(brand.Name)}</p>
            <nav aria-label="{E(T("language"))}"><ul>

            """);
        foreach (var l in Languages)
            sb.Append($"<li><a href=\"index.{l}.html\" hreflang=\"{l}\" lang=\"{l}\"{(l == lang ? " aria-current=\"page\"" : "")}>{CharterText.LanguageNames[l]}</a></li>\n");
        sb.Append($"""
            </ul></nav>
            </header>
            <main id="main" tabindex="-1">
            <h1>{E(T("title"))} – {E(brand.City)}</h1>
            <p>{E(T("intro", brand.City))}</p>

            """);
        if (services.Count > 0)
            sb.Append($"""
                <form role="search" id="search" method="get" action="">
                <label for="q">{E(T("search"))}</label>
                <p class="hint" id="q-hint">{E(T("searchHint"))}</p>
                <input type="search" id="q" name="q" aria-describedby="q-hint" autocomplete="off">
                <button type="submit">{E(T("searchButton"))}</button>
                </form>
                <section id="results" aria-labelledby="results-title" hidden>
                <h2 id="results-title">{E(T("results"))}</h2>
                <p id="results-count" role="status" aria-live="polite"></p>
                <ul id="results-list"></ul>
                </section>

                """);
        sb.Append($"<section id=\"directory\" aria-labelledby=\"directory-title\">\n<h2 id=\"directory-title\">{E(T("directory"))}</h2>\n");
        if (services.Count == 0) sb.Append($"<p class=\"empty\" id=\"empty\">{E(T("empty"))}</p>\n");
        var index = new JArray();
        foreach (var group in services.GroupBy(s => s.Area).OrderBy(g => g.Key is null).ThenBy(g => AreaLabel(g.Key), StringComparer.Ordinal))
        {
            sb.Append($"<section aria-labelledby=\"area-{E(group.Key ?? "other")}\">\n<h3 id=\"area-{E(group.Key ?? "other")}\">{E(AreaLabel(group.Key))}</h3>\n");
            foreach (var s in group.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                var provider = actorNames.GetValueOrDefault(s.ActorId, s.ActorId);
                var forWhom = s.ForWhom.Count == 0 ? T("everyone") : string.Join(", ", s.ForWhom);
                var where = string.Join(" – ", new[] { s.Address, s.District ?? T("cityWide") }.Where(x => !string.IsNullOrWhiteSpace(x)));
                sb.Append($"<article id=\"svc-{E(s.Id)}\" aria-labelledby=\"svc-{E(s.Id)}-name\">\n<h4 id=\"svc-{E(s.Id)}-name\">{E(s.Name)}</h4>\n");
                if (!string.IsNullOrWhiteSpace(s.Description)) sb.Append($"<p>{E(s.Description)}</p>\n");
                sb.Append("<dl>\n");
                void Row(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) sb.Append($"<dt>{E(T(key))}</dt><dd>{E(value)}</dd>\n"); }
                Row("provider", provider); Row("forWhom", forWhom);
                if (s.MinimumAge is not null || s.MaximumAge is not null) Row("age", $"{s.MinimumAge?.ToString() ?? "0"}–{s.MaximumAge?.ToString() ?? ""}");
                Row("where", where); Row("when", s.Schedule); Row("access", s.HowToAccess + (s.Capacity == 0 ? $" ({T("full")})" : ""));
                Row("documents", string.Join(", ", s.RequiredDocuments)); Row("cost", s.Cost);
                Row("languages", string.Join(", ", s.Languages.Select(l => l.ToUpperInvariant())));
                var contact = new List<string>();
                if (s.Phone is not null) contact.Add($"<a href=\"tel:{E(s.Phone.Replace(" ", ""))}\">{E(s.Phone)}</a>");
                if (s.Email is not null) contact.Add($"<a href=\"mailto:{E(s.Email)}\">{E(s.Email)}</a>");
                if (s.Url is not null && (s.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || s.Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
                    contact.Add($"<a href=\"{E(s.Url)}\">{E(s.Url)}</a>");
                if (contact.Count > 0) sb.Append($"<dt>{E(T("contact"))}</dt><dd>{string.Join(" · ", contact)}</dd>\n");
                sb.Append("</dl>\n</article>\n");
                index.Add(new JObject
                {
                    ["id"] = s.Id, ["name"] = s.Name, ["provider"] = provider, ["area"] = AreaLabel(s.Area), ["district"] = s.District ?? "",
                    // The same words the directory's search matches (the area's labels in every language and its common
                    // words: "casa" finds the housing services), so the charter and `meic broker services search` agree.
                    ["text"] = string.Join(' ', new[] { s.Name, s.Description, provider, AreaLabel(s.Area), Domain.NeedSources.AreaKeywords(s.Area, areas), s.District, forWhom, s.HowToAccess,
                        string.Join(' ', s.Languages), string.Join(' ', s.Languages.Select(LanguageWords)) }.Where(x => x is not null)),
                });
            }
            sb.Append("</section>\n");
        }
        sb.Append("</section>\n");
        sb.Append($"<section id=\"contacts\" aria-labelledby=\"contacts-title\">\n<h2 id=\"contacts-title\">{E(T("contacts"))}</h2>\n<p>{E(T("promoter"))}: {E(brand.Promoter)}</p>\n<ul>\n");
        if (brand.Email is not null) sb.Append($"<li><a href=\"mailto:{E(brand.Email)}\">{E(brand.Email)}</a></li>\n");
        if (brand.Phone is not null) sb.Append($"<li><a href=\"tel:{E(brand.Phone.Replace(" ", ""))}\">{E(brand.Phone)}</a></li>\n");
        if (brand.Web is not null) sb.Append($"<li><a href=\"{E(brand.Web)}\">{E(brand.Web)}</a></li>\n");
        if (brand.Address is not null) sb.Append($"<li>{E(brand.Address)}</li>\n");
        sb.Append("</ul>\n</section>\n</main>\n");
        sb.Append($"<footer><p>{E(T("updated", today.ToString("yyyy-MM-dd")))} <a href=\"services.hsds.json\">{E(T("openData"))}</a></p></footer>\n");
        var messages = new JObject { ["found"] = T("found", "{n}", "{q}"), ["none"] = T("none", "{q}") };
        sb.Append($"<script type=\"application/json\" id=\"charter-index\">{Safe(index.ToString(Formatting.None))}</script>\n");
        sb.Append($"<script type=\"application/json\" id=\"charter-messages\">{Safe(messages.ToString(Formatting.None))}</script>\n");
        sb.Append(Script);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    // Inside <script>, "</" would end the element: JSON allows "<\/" for it.
    private static string Safe(string json) => json.Replace("</", "<\\/").Replace("<!--", "<\\!--");

    private static string LanguageWords(string code) => code switch
    {
        "it" => "italiano italian", "es" => "español spagnolo spanish", "en" => "english inglese inglés", "ar" => "arabic arabo árabe",
        "fr" => "french francese francés", "bn" => "bengali bangla", "uk" => "ukrainian ucraino ucraniano", "ru" => "russian russo ruso",
        "ti" => "tigrinya tigrino", "so" => "somali", "ur" => "urdu", "zh" => "chinese cinese chino", "pt" => "portuguese portoghese portugués",
        "wo" => "wolof", "ff" => "fula pular", _ => "",
    };

    private const string Script = """
        <script>
        (function () {
          var index = JSON.parse(document.getElementById('charter-index').textContent);
          var messages = JSON.parse(document.getElementById('charter-messages').textContent);
          var form = document.getElementById('search');
          if (!form) return;
          var input = document.getElementById('q'), box = document.getElementById('results');
          var count = document.getElementById('results-count'), list = document.getElementById('results-list');
          function fold(s) { return (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }
          index.forEach(function (s) { s.hay = fold(s.text); });
          function search(q) {
            var words = fold(q).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; });
            list.textContent = '';
            if (!words.length) { box.hidden = true; return; }
            var found = index.filter(function (s) { return words.every(function (w) { return s.hay.indexOf(w) >= 0; }); });
            found.forEach(function (s) {
              var li = document.createElement('li'), a = document.createElement('a');
              a.href = '#svc-' + s.id; a.textContent = s.name;
              li.appendChild(a); li.appendChild(document.createTextNode(' – ' + s.provider + (s.district ? ' (' + s.district + ')' : '')));
              list.appendChild(li);
            });
            count.textContent = found.length ? messages.found.replace('{n}', found.length).replace('{q}', q) : messages.none.replace('{q}', q);
            box.hidden = false;
          }
          var q = new URLSearchParams(window.location.search).get('q') || '';
          input.value = q;
          search(q);
          input.addEventListener('input', function () { search(input.value); });
          form.addEventListener('submit', function (e) {
            e.preventDefault(); search(input.value);
            try { history.replaceState(null, '', '?q=' + encodeURIComponent(input.value)); } catch (err) { /* file:// may refuse */ }
            box.querySelector('h2').setAttribute('tabindex', '-1'); box.querySelector('h2').focus();
          });
        })();
        </script>

        """;
}
