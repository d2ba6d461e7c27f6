using System.Text.RegularExpressions;
using Meic.Core.Hosting;
using Meic.Core.Store;
using Meic.Sdk.Store;
using Newtonsoft.Json.Linq;

namespace Meic.Core.Privacy;

/// <summary>One processing activity: a collection that holds data, what personal data it holds, why, for how long, who handles it.</summary>
public sealed record ProcessingActivity(string Collection, long Records, string Purpose, IReadOnlyList<string> PersonalData, string Retention, IReadOnlyList<string> HandledBy, IReadOnlyList<string> EncryptedFields);

/// <summary>The record of processing activities (GDPR art. 30), generated from what the cluster actually holds.</summary>
public static partial class ProcessingRegister
{
    /// <summary>
    /// The host string key of a collection's purpose (privacy.purpose.COLLECTION in Resources/strings.*.json), or the
    /// one asking for a plugin's collection to be described. The register's data carries the English text.
    /// </summary>
    public static string PurposeKey(string collection)
    {
        var key = "privacy.purpose." + collection;
        return HostStrings.English.HasOwn(key) ? key : "privacy.purpose.plugin";
    }

    [GeneratedRegex("^(name|fullName|firstName|lastName|person|email|phone|address|pseudonym|participants?|attendance|contacts?|consent|legalStatus|nationality|birthDate|caseCode|transcript|text|notes?|remark)$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalKey();

    /// <summary>One activity per collection holding documents.</summary>
    public static IReadOnlyList<ProcessingActivity> Build(IDocumentStore store, IReadOnlyDictionary<string, string> retention, Func<string, IReadOnlyList<string>>? encryptedFields = null)
    {
        var documents = ((IStoreDump)store).Documents().GroupBy(d => d.Collection);
        var users = store.Journal.Read(new JournalQuery()).GroupBy(e => e.Collection).ToDictionary(g => g.Key, g => g.Select(e => e.User).Distinct().Order(StringComparer.Ordinal).ToList());
        var activities = new List<ProcessingActivity>();
        foreach (var group in documents)
        {
            var keys = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var doc in group)
                foreach (var p in CanonicalJson.Parse(doc.Body).SelectTokens("$..*").Select(t => t.Parent).OfType<JProperty>())
                    if (PersonalKey().IsMatch(p.Name) && p.Path != "name" && (p.Value.HasValues || p.Value is JValue { Value: not null and not "" }))
                        keys.Add(Regex.Replace(p.Path, @"\[\d+\]", "[]"));
            activities.Add(new ProcessingActivity(group.Key, group.LongCount(),
                HostStrings.English[PurposeKey(group.Key)],
                keys.ToList(), retention.GetValueOrDefault(group.Key, "not set"), users.GetValueOrDefault(group.Key, []),
                encryptedFields?.Invoke(group.Key) ?? []));
        }
        return activities;
    }
}
