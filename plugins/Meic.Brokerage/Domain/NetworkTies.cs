using Meic.Brokerage.Model;
using Meic.Sdk.Model;
using Meic.Sdk.Store;

namespace Meic.Brokerage.Domain;

/// <summary>
/// Referral flows feed the network: one directed tie (kind referral, origin referral) per pair of
/// actors, weighted by the number of referrals between them, so network analysis sees them.
/// </summary>
public static class NetworkTies
{
    public static string TieId(string from, string to) => $"referral-{from}-{to}";

    public static Relationship Record(IDocumentStore store, string fromActorId, string toActorId, DateOnly today)
    {
        var ties = store.Collection<Relationship>(Relationship.CollectionName);
        var count = store.Collection<Referral>(Collections.Referrals).Find(("fromActorId", fromActorId), ("toActorId", toActorId)).Count;
        var tie = ties.Get(TieId(fromActorId, toActorId));
        if (tie is null)
            return ties.Insert(new Relationship
            {
                Id = TieId(fromActorId, toActorId), Source = fromActorId, Target = toActorId, Kind = TieKind.Referral, Directed = true,
                Intensity = TieIntensity.Cooperation, Weight = Math.Max(1, count), Since = today, Origin = TieSource.Referral,
                Note = "referrals recorded by meic.brokerage",
            });
        tie.Weight = Math.Max(1, count);
        return ties.Update(tie);
    }
}
