using Meic.Sdk.Plugins;
using Meic.Sdk.Store;
using Newtonsoft.Json.Linq;

namespace Meic.Scripting;

/// <summary>Names committed store changes as hook events: <c>actor.added</c>, <c>actor.stageChanged</c>, <c>agreement.signed</c>…</summary>
public static class JournalEvents
{
    /// <summary>The events one commit raises, in journal order.</summary>
    public static IEnumerable<MeicEvent> From(IEnumerable<JournalEntry> entries)
    {
        foreach (var e in entries)
        {
            var data = new Dictionary<string, object?> { ["collection"] = e.Collection, ["kind"] = e.Kind.ToString().ToLowerInvariant(), ["user"] = e.User };
            var verb = e.Kind switch { ChangeKind.Insert => "added", ChangeKind.Update => "updated", _ => "removed" };
            switch (e.Collection)
            {
                case "actors":
                    yield return new MeicEvent($"actor.{verb}", e.DocumentId, data);
                    if (e.Kind == ChangeKind.Update && Changed(e, "stage") is var (from, to))
                        yield return new MeicEvent("actor.stageChanged", e.DocumentId, new Dictionary<string, object?>(data) { ["from"] = from, ["to"] = to });
                    break;
                case "relationships":
                    yield return new MeicEvent($"tie.{verb}", e.DocumentId, data);
                    break;
                case "agreements":
                    yield return new MeicEvent($"agreement.{verb}", e.DocumentId, data);
                    if (Changed(e, "status") is (_, "signed")) yield return new MeicEvent("agreement.signed", e.DocumentId, data);
                    break;
                case "meetings":
                    yield return new MeicEvent($"meeting.{verb}", e.DocumentId, data);
                    if (Changed(e, "status") is (_, "closed")) yield return new MeicEvent("meeting.closed", e.DocumentId, data);
                    break;
                case "indicator-values":
                    if (e.Kind == ChangeKind.Insert) yield return new MeicEvent("indicator.entered", e.DocumentId, data);
                    break;
                default:
                    yield return new MeicEvent($"{e.Collection}.{verb}", e.DocumentId, data);
                    break;
            }
        }
    }

    /// <summary>The field's old and new value when the change altered it (an insert counts as a change from nothing).</summary>
    private static (string? From, string? To)? Changed(JournalEntry e, string field)
    {
        if (e.Kind == ChangeKind.Delete) return null;
        var before = Field(e.Before, field);
        var after = Field(e.After, field);
        return before == after ? null : (before, after);
    }

    private static string? Field(string? json, string field)
    {
        if (json is null) return null;
        try { return JObject.Parse(json)[field]?.ToString(); }
        catch (Newtonsoft.Json.JsonException) { return null; }
    }
}
