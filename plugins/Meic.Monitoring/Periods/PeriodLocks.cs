using Meic.Monitoring.Model;
using Meic.Sdk.Store;

namespace Meic.Monitoring.Periods;

/// <summary>Locking and unlocking periods: what `meic monitor lock|unlock` and the periods screen both do.</summary>
public sealed class PeriodLocks(IDocumentStore store)
{
    private IDocumentCollection<PeriodLock> Locks => store.Collection<PeriodLock>(PeriodLock.CollectionName);

    public IReadOnlyList<PeriodLock> All() => Locks.All().OrderBy(l => l.Period, StringComparer.Ordinal).ToList();

    public PeriodLock? Of(Period period) => Locks.Get(period.Code);

    /// <summary>Locks <paramref name="period"/>; false when it was locked already (the first lock is kept).</summary>
    public bool Lock(Period period, string user, DateTimeOffset now, string? note = null)
    {
        if (Locks.Get(period.Code) is not null) return false;
        Locks.Insert(new PeriodLock { Id = period.Code, Period = period.Code, LockedBy = user, LockedAt = now, Note = note });
        return true;
    }

    /// <summary>Unlocks <paramref name="period"/>; false when it was not locked.</summary>
    public bool Unlock(Period period)
    {
        if (Locks.Get(period.Code) is not { } l) return false;
        Locks.Delete(l);
        return true;
    }
}
