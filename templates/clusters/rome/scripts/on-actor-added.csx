// Hook for actor.added: a new actor without a district, an area or a contact is tagged "needs-review".
// toolkit.json: "hooks": { "actor.added": ["scripts/on-actor-added.csx"] }
var actor = Actors.Get(Event!.Subject);
if (actor is null) return; // removed again in the same command
var missing = new List<string>();
if (string.IsNullOrWhiteSpace(actor.District)) missing.Add("district");
if (actor.Areas.Count == 0) missing.Add("area");
if (actor.Contacts.Count == 0) missing.Add("contact");
if (missing.Count == 0 || actor.Tags.Contains("needs-review")) return;
actor.Tags.Add("needs-review");
Actors.Update(actor);
Console.WriteLine($"{actor.Name}: tagged needs-review (no {string.Join(", no ", missing)}).");
