using Meic.Facilitation.Model;

namespace Meic.Facilitation.Store;

/// <summary>
/// One meeting, one live console: the console that holds the lease writes; another one is told who holds it and opens
/// read-only, unless its user takes over. The holder refreshes the lease while open and checks it before writing, so a
/// console taken over stops writing instead of overwriting silently.
/// </summary>
internal sealed class ConsoleLease
{
    /// <summary>A lease not refreshed for this long belongs to a console that was killed: it is free.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromSeconds(60);

    /// <summary>How often an open console says it is still there.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(20);

    private readonly Facilitation _f;
    private readonly TimeProvider _time;
    private readonly string _meetingId;
    private DateTimeOffset _refreshed;

    public ConsoleLease(Facilitation f, string meetingId, TimeProvider time)
    {
        _f = f; _meetingId = meetingId; _time = time;
    }

    public string Token { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Whether this console holds the lease (and so may write).</summary>
    public bool Held { get; private set; }

    /// <summary>The other console's lease when this one does not hold it.</summary>
    public MeetingLease? Other { get; private set; }

    /// <summary>Takes the lease when it is free, stale, or <paramref name="takeOver"/>; true when this console now holds it.</summary>
    public bool Acquire(bool takeOver)
    {
        var now = _time.GetUtcNow();
        var leases = _f.Context.Store.Collection<MeetingLease>(MeetingLease.CollectionName);
        using var tx = _f.Context.Store.BeginTransaction();
        var stored = leases.Get(_meetingId);
        if (stored is not null && stored.Token != Token && now - stored.RefreshedAt < Stale && !takeOver)
        {
            Other = stored; Held = false;
            return false;
        }
        if (stored is null) leases.Insert(new MeetingLease { Id = _meetingId, Holder = _f.Context.User, Token = Token, Since = now, RefreshedAt = now });
        else
        {
            stored.Holder = _f.Context.User; stored.Token = Token; stored.Since = now; stored.RefreshedAt = now;
            leases.Update(stored);
        }
        tx.Commit();
        _refreshed = now;
        Held = true; Other = null;
        return true;
    }

    /// <summary>
    /// Says the console is still open (every <see cref="Every"/>) and finds out whether another console took over;
    /// false when this console no longer holds the lease.
    /// </summary>
    public bool Check(bool refresh = true)
    {
        if (!Held) return false;
        var leases = _f.Context.Store.Collection<MeetingLease>(MeetingLease.CollectionName);
        var stored = leases.Get(_meetingId);
        if (stored is null || stored.Token != Token)
        {
            Held = false; Other = stored;
            return false;
        }
        var now = _time.GetUtcNow();
        if (refresh && now - _refreshed >= Every)
        {
            stored.RefreshedAt = now;
            leases.Update(stored);
            _refreshed = now;
        }
        return true;
    }

    /// <summary>The lease a live console holds on the meeting now, or null when none is open (for `meeting show`).</summary>
    public static MeetingLease? Current(Facilitation f, string meetingId, DateTimeOffset now) =>
        f.Context.Store.Collection<MeetingLease>(MeetingLease.CollectionName).Get(meetingId) is { } l && now - l.RefreshedAt < Stale ? l : null;

    /// <summary>Gives the lease back when the console closes, so the next one opens at once.</summary>
    public void Release()
    {
        if (!Held) return;
        var leases = _f.Context.Store.Collection<MeetingLease>(MeetingLease.CollectionName);
        if (leases.Get(_meetingId) is { } stored && stored.Token == Token) leases.Delete(stored);
        Held = false;
    }
}
