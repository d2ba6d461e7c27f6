using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Brokerage.Domain;

/// <summary>Reads of the service directory and of the actors that offer services.</summary>
public sealed class ServiceDirectory(IDocumentStore store, Strings s)
{
    public IDocumentCollection<Service> Services { get; } = store.Collection<Service>(Collections.Services);
    public IDocumentCollection<Actor> Actors { get; } = store.Collection<Actor>(Actor.CollectionName);

    /// <summary>The actor with this id, or the one with this exact name (ignoring case).</summary>
    public Actor RequireActor(string idOrName, string where)
    {
        var actor = Actors.Get(idOrName)
            ?? Actors.All().FirstOrDefault(a => string.Equals(a.Name, idOrName, StringComparison.OrdinalIgnoreCase));
        if (actor is not null) return actor;
        var near = Meic.Sdk.Text.Names.Nearest(idOrName, Actors.All().Select(a => a.Id));
        throw new InputException(s["refuse.noActor", idOrName, near is null ? "" : s["refuse.didYouMean", near]], where);
    }

    public Service RequireService(string id, string where)
    {
        var service = Services.Get(id);
        if (service is not null) return service;
        throw new InputException(s["refuse.noService", id], where);
    }

    /// <summary>Services matching every given filter; <paramref name="text"/> searches names and descriptions.</summary>
    public IReadOnlyList<Service> Search(string? text = null, string? area = null, string? district = null, string? language = null,
        string? forWhom = null, string? actorId = null, bool includeInactive = false)
    {
        IEnumerable<Service> found = Services.All();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var words = TextMatch.Words(text);
            var folded = TextMatch.Fold(text);
            var areas = NeedSources.Areas(store);
            found = found.Where(s =>
            {
                var hay = TextMatch.Fold(Keywords(s, areas));
                return hay.Contains(folded, StringComparison.Ordinal) || (words.Count > 0 && words.All(TextMatch.Words(hay).Contains));
            });
        }
        if (!string.IsNullOrWhiteSpace(area)) found = found.Where(s => string.Equals(s.Area, area, StringComparison.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(district)) found = found.Where(s => s.District is null || TextMatch.Fold(s.District) == TextMatch.Fold(district));
        if (!string.IsNullOrWhiteSpace(language)) found = found.Where(s => s.Languages.Contains(language, StringComparer.OrdinalIgnoreCase));
        if (!string.IsNullOrWhiteSpace(forWhom)) found = found.Where(s => s.ForWhom.Count == 0 || s.ForWhom.Any(g => TextMatch.SameGroup(g, forWhom)));
        if (!string.IsNullOrWhiteSpace(actorId)) found = found.Where(s => s.ActorId == actorId);
        if (!includeInactive) found = found.Where(s => s.Status == "active");
        return found.OrderBy(s => s.Area).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every word a search for <paramref name="s"/> matches: its name, description, target groups, and its area's labels and common words.</summary>
    public static string Keywords(Service s, IReadOnlyList<AreaDefinition> areas) =>
        $"{s.Name} {s.Description} {string.Join(' ', s.ForWhom)} {NeedSources.AreaKeywords(s.Area, areas)}";

    /// <summary>Adds <paramref name="service"/> after checking it (what `meic broker services add` and the add form do); its id from the actor and name unless given.</summary>
    public Service Add(Service service, string? id = null)
    {
        Check(service);
        service.Id = id ?? $"{service.ActorId}-{ActorServices.Slug(service.Name)}";
        if (Services.Get(service.Id) is not null)
            throw new InputException(s["refuse.serviceExists", service.Id], "--id");
        return Services.Insert(service);
    }

    /// <summary>Saves an edited service after the same checks, refused if someone changed it since it was read.</summary>
    public Service Update(Service service)
    {
        Check(service);
        return Services.Update(service);
    }

    private void Check(Service service)
    {
        RequireActor(service.ActorId, "--actor");
        foreach (var (field, message) in Problems(service, s)) throw new InputException(message, "--" + field);
        var areas = NeedSources.Areas(store);
        if (service.Area is not null && areas.Count > 0 && areas.All(a => a.Id != service.Area))
            throw NeedSources.UnknownArea(service.Area, areas, s);
    }

    public static readonly string[] Statuses = ["active", "inactive", "defunct", "temporarilyClosed"];

    /// <summary>Checks a service's fields; returns the problems as (field, message), worded from <paramref name="t"/>.</summary>
    public static IEnumerable<(string Field, string Message)> Problems(Service s, Strings t)
    {
        if (string.IsNullOrWhiteSpace(s.Name)) yield return ("name", t["refuse.serviceName"]);
        if (string.IsNullOrWhiteSpace(s.ActorId)) yield return ("actorId", t["refuse.serviceActor"]);
        if (!Statuses.Contains(s.Status)) yield return ("status", BrokerVocabularies.Get(BrokerVocabularies.ServiceStatus).Refusal(s.Status, t.Language));
        if (s.MinimumAge < 0 || s.MaximumAge < 0) yield return ("minimumAge", t["refuse.negativeAge"]);
        if (s.MinimumAge > s.MaximumAge) yield return ("maximumAge", t["refuse.ageRange"]);
        if (s.Capacity < 0) yield return ("capacity", t["refuse.negativeCapacity"]);
        if (s.Sex is not null && s.Sex is not ("any" or "female" or "male")) yield return ("sex", t["refuse.sex", s.Sex]);
        foreach (var l in s.Languages.Where(l => l.Length is < 2 or > 3 || !l.All(char.IsAsciiLetterLower)))
            yield return ("languages", t["refuse.languageCode", l]);
        if (s.Email is not null && !s.Email.Contains('@')) yield return ("email", t["refuse.email", s.Email]);
    }
}
