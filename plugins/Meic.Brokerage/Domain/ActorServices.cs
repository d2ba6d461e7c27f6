using Meic.Brokerage.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Store;

namespace Meic.Brokerage.Domain;

/// <summary>Copies the simple service lists actors carry (the template's, the mapping's) into the directory.</summary>
public static class ActorServices
{
    /// <summary>Adds the actors' services the directory does not hold yet; returns how many were added.</summary>
    public static int Import(IDocumentStore store)
    {
        var services = store.Collection<Service>(Collections.Services);
        var added = 0;
        foreach (var actor in store.Collection<Actor>(Actor.CollectionName).All())
            for (var i = 0; i < actor.Services.Count; i++)
            {
                var offer = actor.Services[i];
                if (string.IsNullOrWhiteSpace(offer.What)) continue;
                var id = $"{actor.Id}-{Slug(offer.What)}";
                if (services.Get(id) is not null) continue;
                services.Insert(new Service
                {
                    Id = id, ActorId = actor.Id, Name = offer.What, Area = offer.Area ?? actor.Areas.FirstOrDefault(),
                    District = offer.District ?? actor.District, ForWhom = offer.ForWhom.ToList(), Source = "actors",
                });
                added++;
            }
        return added;
    }

    public static string Slug(string text)
    {
        var folded = TextMatch.Fold(text);
        var sb = new System.Text.StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= 40) break;
        }
        return sb.ToString().Trim('-') is { Length: > 0 } s ? s : "service";
    }
}
