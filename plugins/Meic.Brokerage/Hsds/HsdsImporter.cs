using Meic.Brokerage.Domain;
using Meic.Brokerage.Model;
using Meic.Sdk.Errors;
using Meic.Sdk.Model;
using Meic.Sdk.Store;
using Meic.Sdk.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Meic.Brokerage.Hsds;

/// <summary>What an HSDS import would do, computed before anything is written.</summary>
public sealed record HsdsPlan(IReadOnlyList<Actor> NewActors, IReadOnlyList<Service> NewServices, IReadOnlyList<Service> UpdatedServices);

/// <summary>
/// Reads Open Referral HSDS 3.0 JSON (organizations, services, locations, service_at_location), checks
/// it against the schema's rules for the fields used (required fields, types, UUID identifiers,
/// enumerations, references), then plans the changes. Errors name the record and the field.
/// </summary>
public static class HsdsImporter
{
    private static readonly string[] ServiceStatuses = ["active", "inactive", "defunct", "temporarily closed"];
    private static readonly string[] LocationTypes = ["physical", "postal", "virtual"];

    public static JObject Parse(string file, Strings s)
    {
        if (!File.Exists(file)) throw new InputException(s["refuse.noFile"], file);
        try
        {
            using var reader = new JsonTextReader(new StreamReader(file)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader);
            return token as JObject ?? throw new InputException(s["refuse.hsdsShape"], file);
        }
        catch (JsonReaderException e) { throw new InputException(s["refuse.json", e.LinePosition], $"{file}:{e.LineNumber}", e); /* the reader's English words stay for --verbose */ }
    }

    public static HsdsPlan Plan(JObject root, string file, IDocumentStore store, Strings s)
    {
        var errors = new Problems(s);
        var orgs = Array(root, "organizations", file, errors, required: false);
        var services = Array(root, "services", file, errors, required: true);
        var locations = Array(root, "locations", file, errors, required: false);
        var links = root["service_at_location"] is not null ? Array(root, "service_at_location", file, errors, false) : Array(root, "service_at_locations", file, errors, false);

        var orgIds = new Dictionary<string, JObject>();
        Each(orgs, "organizations", errors, (o, where) =>
        {
            var id = Id(o, where, errors);
            Text(o, "name", where, errors, required: true);
            Text(o, "description", where, errors, required: true);
            Text(o, "email", where, errors); Text(o, "website", where, errors);
            if (id is not null && !orgIds.TryAdd(id, o)) errors.Add($"{where}.id", "hsds.duplicateId", id);
        });
        var locationIds = new Dictionary<string, JObject>();
        Each(locations, "locations", errors, (o, where) =>
        {
            var id = Id(o, where, errors);
            var type = Text(o, "location_type", where, errors, required: true);
            if (type is not null && !LocationTypes.Contains(type)) errors.Add($"{where}.location_type", "hsds.oneOf", string.Join(", ", LocationTypes), type);
            Text(o, "name", where, errors);
            if (o["addresses"] is JArray addresses)
                for (var i = 0; i < addresses.Count; i++)
                    if (addresses[i] is JObject a) Text(a, "address_1", $"{where}.addresses[{i}]", errors, required: true);
                    else errors.Add($"{where}.addresses[{i}]", "hsds.object");
            if (id is not null) locationIds[id] = o;
        });
        var serviceIds = new Dictionary<string, JObject>();
        Each(services, "services", errors, (o, where) =>
        {
            var id = Id(o, where, errors);
            Text(o, "name", where, errors, required: true);
            var status = Text(o, "status", where, errors, required: true);
            if (status is not null && !ServiceStatuses.Contains(status)) errors.Add($"{where}.status", "hsds.oneOf", string.Join(", ", ServiceStatuses), status);
            foreach (var f in new[] { "description", "url", "application_process", "fees_description", "eligibility_description", "alternate_name" }) Text(o, f, where, errors);
            if (Text(o, "email", where, errors) is { } email && !email.Contains('@')) errors.Add($"{where}.email", "hsds.email", email);
            foreach (var f in new[] { "minimum_age", "maximum_age" })
                if (o[f] is { } v && v.Type is not (JTokenType.Integer or JTokenType.Float or JTokenType.Null)) errors.Add($"{where}.{f}", "hsds.number", errors.Describe(v));
            var org = Text(o, "organization_id", where, errors);
            if (org is null) errors.Add($"{where}.organization_id", "hsds.organizationRequired");
            else if (org is not null && !orgIds.ContainsKey(org)) errors.Add($"{where}.organization_id", "hsds.noOrganization", org);
            foreach (var list in new[] { "languages", "phones", "schedules", "service_areas", "attributes", "required_documents", "capacities" })
                if (o[list] is { Type: not (JTokenType.Array or JTokenType.Null) } bad) errors.Add($"{where}.{list}", "hsds.array", errors.Describe(bad));
            if (o["languages"] is JArray langs)
                for (var i = 0; i < langs.Count; i++)
                    if (langs[i] is not JObject l || (l["code"] ?? l["name"]) is not { Type: JTokenType.String })
                        errors.Add($"{where}.languages[{i}]", "hsds.languageObject");
            if (id is not null && !serviceIds.TryAdd(id, o)) errors.Add($"{where}.id", "hsds.duplicateId", id);
        });
        Each(links, "service_at_location", errors, (o, where) =>
        {
            Id(o, where, errors);
            var sid = Text(o, "service_id", where, errors, required: true);
            var l = Text(o, "location_id", where, errors, required: true);
            if (sid is not null && !serviceIds.ContainsKey(sid)) errors.Add($"{where}.service_id", "hsds.noService", sid);
            if (l is not null && !locationIds.ContainsKey(l)) errors.Add($"{where}.location_id", "hsds.noLocation", l);
        });
        if (errors.Count > 0)
            throw new InputException(s.Plural("refuse.hsds", errors.Count, string.Join("; ", errors.Take(10)) + (errors.Count > 10 ? "; …" : "")), file);

        return Build(store, orgIds, serviceIds, locationIds, links, s);
    }

    private static HsdsPlan Build(IDocumentStore store, Dictionary<string, JObject> orgs, Dictionary<string, JObject> services,
        Dictionary<string, JObject> locations, JArray links, Strings s)
    {
        var actors = store.Collection<Actor>(Actor.CollectionName).All();
        var existing = store.Collection<Service>(Collections.Services).All();
        var newActors = new List<Actor>(); var actorFor = new Dictionary<string, string>();
        foreach (var (orgId, o) in orgs)
        {
            var name = (string)o["name"]!;
            var actor = actors.FirstOrDefault(a => HsdsIds.For("actor", a.Id) == orgId)
                ?? actors.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? newActors.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
            if (actor is null)
            {
                var id = Unique(ActorServices.Slug(name), actors.Select(a => a.Id).Concat(newActors.Select(a => a.Id)));
                actor = new Actor { Id = id, Name = name, Sector = Sector.ThirdSector, Mandate = (string?)o["description"], Tags = ["hsds-import"] };
                newActors.Add(actor);
            }
            actorFor[orgId] = actor.Id;
        }
        var locationOf = links.OfType<JObject>().GroupBy(l => (string)l["service_id"]!).ToDictionary(g => g.Key, g => locations[(string)g.First()["location_id"]!]);
        var added = new List<Service>(); var updated = new List<Service>();
        var taken = existing.Select(s => s.Id).ToHashSet();
        foreach (var (hsdsId, o) in services)
        {
            var actorId = actorFor[(string)o["organization_id"]!];
            var service = existing.FirstOrDefault(s => s.HsdsId == hsdsId || HsdsIds.For("service", s.Id) == hsdsId);
            var isNew = service is null;
            if (service is null)
            {
                var alt = (string?)o["alternate_name"];
                var id = alt is not null && !taken.Contains(alt) && alt.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? alt
                    : Unique($"{actorId}-{ActorServices.Slug((string)o["name"]!)}", taken);
                taken.Add(id);
                service = new Service { Id = id };
            }
            service.ActorId = actorId; service.HsdsId = hsdsId; service.Source = isNew ? "hsds" : service.Source;
            service.Name = (string)o["name"]!;
            service.Description = (string?)o["description"];
            var status = (string)o["status"]!;
            service.Status = status == "temporarily closed" ? "temporarilyClosed" : status;
            service.Email = (string?)o["email"]; service.Url = (string?)o["url"];
            service.HowToAccess = (string?)o["application_process"]; service.Cost = (string?)o["fees_description"];
            service.MinimumAge = (int?)(double?)o["minimum_age"]; service.MaximumAge = (int?)(double?)o["maximum_age"];
            service.Languages = (o["languages"] as JArray)?.OfType<JObject>().Select(l => ((string?)l["code"] ?? (string)l["name"]!).Trim().ToLowerInvariant()).Distinct().ToList() ?? [];
            service.Phone = (o["phones"] as JArray)?.OfType<JObject>().Select(p => (string?)p["number"]).FirstOrDefault(p => p is not null);
            service.Schedule = (o["schedules"] as JArray)?.OfType<JObject>().Select(p => (string?)p["description"]).FirstOrDefault(p => p is not null);
            service.RequiredDocuments = (o["required_documents"] as JArray)?.OfType<JObject>().Select(d => (string?)d["document"]).OfType<string>().ToList() ?? [];
            service.District = (o["service_areas"] as JArray)?.OfType<JObject>().Select(a => (string?)a["name"]).FirstOrDefault(a => a is not null);
            service.Capacity = (o["capacities"] as JArray)?.OfType<JObject>().Select(c => (int?)(double?)c["available"]).FirstOrDefault();
            var attributes = (o["attributes"] as JArray)?.OfType<JObject>().ToList() ?? [];
            string? Attr(JObject a) => (string?)a["value"] ?? (string?)a["taxonomy_term"]?["code"];
            service.Area = attributes.Where(a => (string?)a["link_type"] == "area").Select(Attr).FirstOrDefault() ?? service.Area;
            var groups = attributes.Where(a => (string?)a["link_type"] == "eligibility").Select(Attr).OfType<string>().ToList();
            if (groups.Count == 0 && (string?)o["eligibility_description"] is { } el)
                groups = el.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            service.ForWhom = groups;
            service.Sex = attributes.Where(a => (string?)a["link_type"] == "sex").Select(Attr).FirstOrDefault() ?? service.Sex;
            if (locationOf.TryGetValue(hsdsId, out var location))
            {
                var address = (location["addresses"] as JArray)?.OfType<JObject>().FirstOrDefault();
                service.Address = address is null ? service.Address : string.Join(", ", new[] { (string?)address["address_1"], (string?)address["city"] }.Where(x => !string.IsNullOrWhiteSpace(x)));
                service.District ??= (string?)location["name"];
            }
            foreach (var (field, message) in ServiceDirectory.Problems(service, s))
                throw new InputException(s["refuse.notImported", message], $"services[id={hsdsId}].{field}");
            (isNew ? added : updated).Add(service);
        }
        return new HsdsPlan(newActors, added, updated);
    }

    public static void Apply(IDocumentStore store, HsdsPlan plan)
    {
        using var tx = store.BeginTransaction();
        var actors = store.Collection<Actor>(Actor.CollectionName);
        var services = store.Collection<Service>(Collections.Services);
        foreach (var a in plan.NewActors) actors.Insert(a);
        foreach (var s in plan.NewServices) services.Insert(s);
        foreach (var s in plan.UpdatedServices) services.Update(s);
        tx.Commit();
    }

    private static string Unique(string id, IEnumerable<string> taken)
    {
        var set = taken.ToHashSet();
        if (!set.Contains(id)) return id;
        for (var i = 2; ; i++) if (!set.Contains($"{id}-{i}")) return $"{id}-{i}";
    }

    private static JArray Array(JObject root, string name, string file, Problems errors, bool required)
    {
        var token = root[name];
        if (token is null || token.Type == JTokenType.Null)
        {
            if (required) errors.Add(name, "hsds.arrayRequired", name);
            return new JArray();
        }
        if (token is JArray array) return array;
        errors.Add(name, "hsds.array", errors.Describe(token));
        return new JArray();
    }

    private static void Each(JArray array, string name, Problems errors, Action<JObject, string> check)
    {
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JObject o) { errors.Add($"{name}[{i}]", "hsds.objectFound", errors.Describe(array[i])); continue; }
            var label = (string?)(o["id"] as JValue);
            check(o, label is null ? $"{name}[{i}]" : $"{name}[{i}] (id {label})");
        }
    }

    private static string? Id(JObject o, string where, Problems errors)
    {
        var id = Text(o, "id", where, errors, required: true);
        if (id is not null && !HsdsIds.IsUuid(id)) { errors.Add($"{where}.id", "hsds.uuid", id); return null; }
        return id;
    }

    private static string? Text(JObject o, string field, string where, Problems errors, bool required = false)
    {
        var token = o[field];
        if (token is null || token.Type == JTokenType.Null)
        {
            if (required) errors.Add($"{where}.{field}", "hsds.required");
            return null;
        }
        if (token.Type != JTokenType.String) { errors.Add($"{where}.{field}", "hsds.string", errors.Describe(token)); return null; }
        var text = (string)token!;
        if (required && string.IsNullOrWhiteSpace(text)) { errors.Add($"{where}.{field}", "hsds.emptyString"); return null; }
        return text;
    }

    /// <summary>The problems found in an HSDS file, each worded in the user's language and named by where it is.</summary>
    private sealed class Problems(Strings s) : List<string>
    {
        public void Add(string where, string key, params object?[] args) => Add($"{where}: {s[key, args]}");

        public string Describe(JToken t) => t.Type switch
        {
            JTokenType.Integer or JTokenType.Float => s["hsds.found.number", t.ToString()],
            JTokenType.Boolean => s["hsds.found.value", t.ToString().ToLowerInvariant()],
            JTokenType.String => s["hsds.found.text", t.ToString()],
            JTokenType.Array => s["hsds.found.array"],
            JTokenType.Object => s["hsds.found.object"],
            _ => t.Type.ToString().ToLowerInvariant(),
        };
    }
}
