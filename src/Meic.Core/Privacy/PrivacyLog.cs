using Meic.Sdk.Model;
using Meic.Sdk.Store;

namespace Meic.Core.Privacy;

/// <summary>One privacy-relevant act (erasure, export, purge, refused access), kept without the data subject's identity.</summary>
public sealed class PrivacyEvent : Document
{
    /// <summary>The collection the log lives in.</summary>
    public const string CollectionName = "privacy-log";
    /// <summary>erase, export, fullExport, purge, refused.</summary>
    public string Action { get; set; } = "";
    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }
    /// <summary>Who did it.</summary>
    public string By { get; set; } = "";
    /// <summary>What was affected, in counts and record ids, never personal data.</summary>
    public string Detail { get; set; } = "";
}

/// <summary>Writes <see cref="PrivacyEvent"/>s through the store, so they are journaled like everything else.</summary>
public static class PrivacyLog
{
    /// <summary>Records one act.</summary>
    public static void Write(IDocumentStore store, string action, string detail)
    {
        store.Declare(new CollectionSpec(PrivacyEvent.CollectionName).Index("action"));
        store.Collection<PrivacyEvent>(PrivacyEvent.CollectionName).Insert(new PrivacyEvent { Action = action, At = DateTimeOffset.UtcNow, By = store.User, Detail = detail });
    }
}
