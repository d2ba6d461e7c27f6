using Meic.Sdk.Text;

namespace Meic.Brokerage.Domain;

/// <summary>The plugin's vocabularies (Resources/vocabulary.json), registered with the host and read through the shared service.</summary>
public static class BrokerVocabularies
{
    public const string Resource = "Meic.Brokerage.vocabulary.json";
    public const string ReferralStatus = "referral-status", ConsentKind = "consent-kind", ReferralOutcome = "referral-outcome",
        ServiceStatus = "service-status", NeedSource = "need-source", ServiceSex = "service-sex";

    /// <summary>The vocabulary <paramref name="name"/>: the registered one, else read from this assembly (a test or a script without the host).</summary>
    public static Vocabulary Get(string name) => Vocabularies.Shared.Find(name) ?? Own.Value.First(v => v.Name == name);

    private static readonly Lazy<IReadOnlyList<Vocabulary>> Own = new(() =>
    {
        using var stream = typeof(BrokerVocabularies).Assembly.GetManifestResourceStream(Resource)!;
        using var reader = new StreamReader(stream);
        return Vocabularies.Read(reader.ReadToEnd(), Resource);
    });

    /// <summary>The labels an option's help lists (ids, any language's labels and synonyms are accepted all the same).</summary>
    public static string Choices(string name, string language) => Get(name).Choices(language);

    public static string Label(string name, string id, string language) => Get(name).Label(id, language);

    /// <summary>An id typed as an id, a label in any language or a synonym; refused in <paramref name="language"/> otherwise.</summary>
    public static string Parse(string name, string text, string language, string where) => Get(name).Parse(text, language, where).Id;
}
