using Meic.Sdk.Model;

namespace Meic.Mapping.Domain;

/// <summary>Merging one actor's record into another's (asked for: <c>map actors merge</c> or <c>--merge-duplicates</c>).</summary>
public static class ActorMerge
{
    /// <summary>Fills what the target lacks from <paramref name="from"/>; lists are united.</summary>
    public static void Into(Actor target, Actor from)
    {
        foreach (var a in from.Areas) if (!target.Areas.Contains(a)) target.Areas.Add(a);
        foreach (var t in from.Tags) if (!target.Tags.Contains(t)) target.Tags.Add(t);
        foreach (var s in from.Services) if (!target.Services.Any(x => string.Equals(x.What, s.What, StringComparison.OrdinalIgnoreCase))) target.Services.Add(s);
        foreach (var c in from.Contacts) if (!target.Contacts.Any(x => x.Name == c.Name)) target.Contacts.Add(c);
        target.District ??= from.District;
        target.Mandate ??= from.Mandate;
        target.NetworkKind ??= from.NetworkKind;
        target.Promoter |= from.Promoter;
        if (from.Stage > target.Stage && from.Stage is not (EngagementStage.Inactive or EngagementStage.Exited))
        {
            target.Stage = from.Stage;
            target.StageHistory.AddRange(from.StageHistory.Where(h => h.Stage == from.Stage));
        }
    }
}
