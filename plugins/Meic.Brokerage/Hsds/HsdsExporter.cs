using Meic.Brokerage.Model;
using Meic.Sdk.Model;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Hsds;

/// <summary>
/// Writes the directory as Open Referral HSDS 3.0 JSON: organizations, services, locations and
/// service_at_location, with snake_case field names as the standard spells them. MEIC's own facts
/// travel in HSDS places: district as a service_area, area and target groups as attributes,
/// capacity as a service_capacity. Only organisational contacts are exported, never people.
/// </summary>
public static class HsdsExporter
{
    public static JObject Export(IReadOnlyList<Service> services, IReadOnlyList<Actor> actors, Cluster? cluster, DateTimeOffset now)
    {
        var actorsById = actors.ToDictionary(a => a.Id);
        var orgs = new JArray(); var svcs = new JArray(); var locations = new JArray(); var links = new JArray();
        foreach (var actorId in services.Select(s => s.ActorId).Distinct().Order(StringComparer.Ordinal))
        {
            var actor = actorsById.GetValueOrDefault(actorId);
            orgs.Add(Clean(new JObject
            {
                ["id"] = HsdsIds.For("actor", actorId),
                ["name"] = actor?.Name ?? actorId,
                ["description"] = actor?.Mandate ?? actor?.Name ?? actorId,
                ["alternate_name"] = actorId,
            }));
        }
        foreach (var s in services)
        {
            var id = s.HsdsId ?? HsdsIds.For("service", s.Id);
            var service = new JObject
            {
                ["id"] = id,
                ["organization_id"] = HsdsIds.For("actor", s.ActorId),
                ["name"] = s.Name,
                ["alternate_name"] = s.Id,
                ["description"] = s.Description,
                ["status"] = s.Status == "temporarilyClosed" ? "temporarily closed" : s.Status,
                ["email"] = s.Email,
                ["url"] = s.Url,
                ["application_process"] = s.HowToAccess,
                ["fees_description"] = s.Cost,
                ["eligibility_description"] = s.ForWhom.Count == 0 ? null : string.Join(", ", s.ForWhom),
                ["minimum_age"] = s.MinimumAge,
                ["maximum_age"] = s.MaximumAge,
                ["languages"] = new JArray(s.Languages.Select(l => new JObject { ["id"] = HsdsIds.For("language", s.Id + "/" + l), ["service_id"] = id, ["code"] = l })),
                ["phones"] = s.Phone is null ? new JArray() : new JArray(new JObject { ["id"] = HsdsIds.For("phone", s.Id), ["service_id"] = id, ["number"] = s.Phone }),
                ["schedules"] = s.Schedule is null ? new JArray() : new JArray(new JObject { ["id"] = HsdsIds.For("schedule", s.Id), ["service_id"] = id, ["description"] = s.Schedule }),
                ["required_documents"] = new JArray(s.RequiredDocuments.Select((d, i) => new JObject { ["id"] = HsdsIds.For("document", $"{s.Id}/{i}"), ["service_id"] = id, ["document"] = d })),
                ["service_areas"] = s.District is null ? new JArray() : new JArray(new JObject { ["id"] = HsdsIds.For("area", s.Id), ["service_id"] = id, ["name"] = s.District }),
                ["attributes"] = new JArray(Attributes(s, id)),
            };
            if (s.Capacity is { } cap)
                service["capacities"] = new JArray(new JObject
                {
                    ["id"] = HsdsIds.For("capacity", s.Id), ["service_id"] = id, ["available"] = cap,
                    ["unit"] = new JObject { ["id"] = HsdsIds.For("unit", "places"), ["name"] = "places" },
                    ["updated"] = now.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ"),
                });
            svcs.Add(Clean(service));
            if (s.Address is not null || s.District is not null)
            {
                var locationId = HsdsIds.For("location", s.Id);
                var location = new JObject
                {
                    ["id"] = locationId, ["location_type"] = "physical", ["organization_id"] = HsdsIds.For("actor", s.ActorId),
                    ["name"] = s.District ?? s.Address,
                };
                if (s.Address is not null)
                    location["addresses"] = new JArray(Clean(new JObject
                    {
                        ["id"] = HsdsIds.For("address", s.Id), ["location_id"] = locationId, ["address_1"] = s.Address,
                        ["city"] = cluster?.City, ["state_province"] = s.District ?? cluster?.City, ["postal_code"] = "",
                        ["country"] = cluster?.Country, ["address_type"] = "physical",
                    }));
                locations.Add(Clean(location));
                links.Add(new JObject { ["id"] = HsdsIds.For("service_at_location", s.Id), ["service_id"] = id, ["location_id"] = locationId });
            }
        }
        return new JObject
        {
            ["hsds_version"] = "3.0",
            ["publisher"] = cluster?.Name,
            ["organizations"] = orgs, ["services"] = svcs, ["locations"] = locations, ["service_at_location"] = links,
        };
    }

    private static IEnumerable<JObject> Attributes(Service s, string id)
    {
        JObject Attr(string type, string value) => new()
        {
            ["id"] = HsdsIds.For("attribute", $"{s.Id}/{type}/{value}"), ["link_id"] = id, ["link_entity"] = "service", ["link_type"] = type,
            ["taxonomy_term_id"] = HsdsIds.For("term", $"{type}/{value}"), ["value"] = value,
            ["taxonomy_term"] = new JObject { ["id"] = HsdsIds.For("term", $"{type}/{value}"), ["code"] = value, ["name"] = value, ["description"] = type, ["vocabulary"] = $"meic-{type}" },
        };
        if (s.Area is not null) yield return Attr("area", s.Area);
        foreach (var g in s.ForWhom) yield return Attr("eligibility", g);
        if (s.Sex is not null and not "any") yield return Attr("sex", s.Sex);
    }

    private static JObject Clean(JObject o)
    {
        foreach (var p in o.Properties().Where(p => p.Value.Type == JTokenType.Null).ToList()) p.Remove();
        return o;
    }
}
