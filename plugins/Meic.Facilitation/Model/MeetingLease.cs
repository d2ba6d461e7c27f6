using Meic.Sdk.Model;

namespace Meic.Facilitation.Model;

/// <summary>
/// Which live console holds a meeting (collection <c>meeting-leases</c>, id = the meeting's): who opened it, when, and when
/// it last said it is still open. A lease not refreshed for <see cref="Store.ConsoleLease.Stale"/> is free again.
/// </summary>
public sealed class MeetingLease : Document
{
    public const string CollectionName = "meeting-leases";

    public string Holder { get; set; } = "";
    /// <summary>One value per console, so the same person in two terminals still holds it once.</summary>
    public string Token { get; set; } = "";
    public DateTimeOffset Since { get; set; }
    public DateTimeOffset RefreshedAt { get; set; }
}
