using System.Globalization;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Errors;
using Meic.Sdk.Store;
using Meic.Sdk.Text;

namespace Meic.Core.Privacy;

/// <summary>One record past its retention period.</summary>
public sealed record Expired(string Collection, string Id, DateTimeOffset LastChanged);

/// <summary>Retention periods per collection (toolkit.json settings."meic.privacy"."retention.COLLECTION" = "90d", "18m", "5y") and the purge.</summary>
public static class Retention
{
    /// <summary>The settings section that holds retention periods.</summary>
    public const string Section = "meic.privacy";

    /// <summary>Collection to period, read from <paramref name="settings"/>.</summary>
    public static IReadOnlyDictionary<string, string> Periods(IReadOnlyDictionary<string, string>? settings) =>
        (settings ?? new Dictionary<string, string>()).Where(kv => kv.Key.StartsWith("retention.", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key["retention.".Length..], kv => kv.Value);

    /// <summary>The moment before which records of a collection with <paramref name="period"/> expire.</summary>
    public static DateTimeOffset Cutoff(string period, DateTimeOffset now, string where, ILocalizer? text = null)
    {
        var unit = period.Length > 0 ? period[^1] : ' ';
        if (!int.TryParse(period.AsSpan(0, Math.Max(0, period.Length - 1)), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || unit is not ('d' or 'm' or 'y'))
            throw new InputException((text ?? HostStrings.English)["privacy.retention.badPeriod", period], where);
        return unit switch { 'd' => now.AddDays(-n), 'm' => now.AddMonths(-n), _ => now.AddYears(-n) };
    }

    /// <summary>Records whose last change is older than their collection's period.</summary>
    public static IReadOnlyList<Expired> Find(IDocumentStore store, IReadOnlyDictionary<string, string> periods, DateTimeOffset now, ILocalizer? text = null)
    {
        var lastChange = store.Journal.Read(new JournalQuery())
            .GroupBy(e => (e.Collection, e.DocumentId)).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        var expired = new List<Expired>();
        foreach (var (collection, period) in periods)
        {
            var cutoff = Cutoff(period, now, $"settings.{Section}.retention.{collection}", text);
            foreach (var doc in ((IStoreDump)store).Documents().Where(d => d.Collection == collection))
            {
                var last = lastChange.GetValueOrDefault((collection, doc.Id), DateTimeOffset.MinValue);
                if (last <= cutoff) expired.Add(new Expired(collection, doc.Id, last));
            }
        }
        return expired;
    }

    /// <summary>Removes expired records with their whole history and search entries, in one transaction.</summary>
    public static void Purge(IDocumentStore store, IReadOnlyList<Expired> expired)
    {
        var dump = (IStoreDump)store;
        using (var tx = store.BeginTransaction())
        {
            foreach (var e in expired)
            {
                dump.Remove(e.Collection, e.Id);
                dump.RewriteText(e.Collection, e.Id, null);
                dump.DeleteJournal(store.Journal.Read(new JournalQuery { Collection = e.Collection, DocumentId = e.Id }).Select(j => j.Sequence).ToList());
            }
            PrivacyLog.Write(store, "purge", $"{expired.Count} records past retention: " + string.Join(", ", expired.GroupBy(e => e.Collection).Select(g => $"{g.Key} {g.Count()}")));
            tx.Commit();
        }
        if (store is IFileStore file) file.Checkpoint();
    }
}
